/**
 * A chart as a file that stands on its own: its SVG panels with every colour
 * and font resolved from the theme's CSS variables into presentation
 * attributes, under its title and legend and over its source, on the theme's
 * background. Attributes rather than a style attribute: the page's CSP
 * refuses style attributes, and a file pasted into a slide has no stylesheet.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The properties a chart's CSS sets, copied onto each element as attributes. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'paint-order',
] as const;

export interface LegendEntry {
  readonly label: string;
  /** A CSS variable name (`--tier-cloud`) or a colour. */
  readonly color: string;
  readonly kind: 'line' | 'dashed' | 'area' | 'marker';
  /** A line's own dash pattern (SVG stroke-dasharray), where lines must differ by more than colour. */
  readonly dash?: string;
}

export interface ExportDecoration {
  readonly title: string;
  readonly source: string;
  readonly legend: readonly LegendEntry[];
}

/** A CSS variable resolved against an element, or the text as it is when it is already a colour. */
export function resolveColor(element: Element, color: string): string {
  return color.startsWith('--') ? getComputedStyle(element).getPropertyValue(color).trim() : color;
}

/** Properties SVG inherits: written on a child only where it differs from its parent. */
const INHERITED = new Set<string>(INLINED.filter((p) => p !== 'opacity'));

/**
 * Copies computed styles from each original element onto its clone, and
 * drops what only the screen needs: the hover layer, hidden elements, Svelte's
 * comment anchors, classes and data attributes, and style attributes, whose
 * var(--…) colours mean nothing outside the page (their values are inlined).
 */
function inlineStyles(original: Element, clone: Element, parentStyle: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(original);
  for (const property of INLINED) {
    const value = style.getPropertyValue(property);
    if (value === '' || value === 'normal') continue;
    if (parentStyle !== null && INHERITED.has(property) && parentStyle.getPropertyValue(property) === value) continue;
    if (property === 'opacity' && value === '1') continue;
    clone.setAttribute(property, value);
  }
  for (const name of clone.getAttributeNames())
    if (name === 'class' || name === 'style' || name.startsWith('data-')) clone.removeAttribute(name);
  for (const node of [...clone.childNodes]) if (node.nodeType === Node.COMMENT_NODE) node.remove();
  const originals = [...original.children];
  const clones = [...clone.children];
  originals.forEach((child, i) => {
    const childStyle = getComputedStyle(child);
    if (child.hasAttribute('data-export-skip') || childStyle.display === 'none' || childStyle.visibility === 'hidden') clones[i].remove();
    else inlineStyles(child, clones[i], style);
  });
}

/** Splits text into lines of at most `maxChars`, at spaces. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function textElement(doc: Document, x: number, y: number, text: string, attributes: Record<string, string>): SVGTextElement {
  const element = doc.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
  element.textContent = text;
  return element;
}

function legendSwatch(doc: Document, entry: LegendEntry, x: number, y: number, color: string): SVGElement {
  if (entry.kind === 'area') {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    Object.entries({ x, y: y - 9, width: 14, height: 10, rx: 2, fill: color, 'fill-opacity': 0.55 }).forEach(([k, v]) =>
      rect.setAttribute(k, String(v)),
    );
    return rect;
  }
  if (entry.kind === 'marker') {
    const circle = doc.createElementNS(SVG_NS, 'circle');
    Object.entries({ cx: x + 7, cy: y - 4, r: 4, fill: color }).forEach(([k, v]) => circle.setAttribute(k, String(v)));
    return circle;
  }
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', `M${x} ${y - 4}h14`);
  path.setAttribute('stroke', color);
  path.setAttribute('stroke-width', '2.5');
  if (entry.dash) path.setAttribute('stroke-dasharray', entry.dash);
  else if (entry.kind === 'dashed') path.setAttribute('stroke-dasharray', '5 3');
  return path;
}

/** Where each legend entry goes, in rows that wrap at `right`; about 6.2 px a character at 11.5 px. */
function legendPlaces(entries: readonly LegendEntry[], left: number, right: number) {
  let x = left;
  let row = 0;
  return entries.map((entry) => {
    const width = 19 + entry.label.length * 6.2;
    if (x > left && x + width > right) {
      x = left;
      row++;
    }
    const place = { entry, x, row };
    x += width + 16;
    return place;
  });
}

/**
 * The chart in `body` (every `svg[data-chart-svg]` in it, where they sit on
 * screen) as one SVG document's text, with its width and height in px.
 */
export function standaloneSvg(body: HTMLElement, decoration: ExportDecoration): { text: string; widthPx: number; heightPx: number } {
  const panels = [...body.querySelectorAll<SVGSVGElement>('svg[data-chart-svg]')];
  const origin = body.getBoundingClientRect();
  const boxes = panels.map((svg) => svg.getBoundingClientRect());
  const contentWidth = Math.ceil(Math.max(320, ...boxes.map((b) => b.right - origin.left)));
  const contentHeight = Math.ceil(Math.max(40, ...boxes.map((b) => b.bottom - origin.top)));
  const pad = 16;
  const widthPx = contentWidth + 2 * pad;
  const legend = legendPlaces(decoration.legend, pad, widthPx - pad);
  const legendRows = legend.length === 0 ? 0 : legend[legend.length - 1].row + 1;
  const headerPx = 34 + legendRows * 18;
  // About 5.6 px a character at 10.5 px: the source wraps to the picture's width.
  const sourceLines = wrapText(`Source: ${decoration.source}`, Math.floor(contentWidth / 5.6));
  const footerPx = 10 + sourceLines.length * 14;
  const heightPx = contentHeight + headerPx + footerPx + pad;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(widthPx));
  root.setAttribute('height', String(heightPx));
  root.setAttribute('viewBox', `0 0 ${widthPx} ${heightPx}`);
  const font = getComputedStyle(body).fontFamily;
  root.setAttribute('font-family', font);
  const text = resolveColor(body, '--text');
  const muted = resolveColor(body, '--text-muted');

  const background = doc.createElementNS(SVG_NS, 'rect');
  Object.entries({ width: widthPx, height: heightPx, fill: resolveColor(body, '--surface') }).forEach(([k, v]) =>
    background.setAttribute(k, String(v)),
  );
  root.append(background);
  root.append(textElement(doc, pad, pad + 10, decoration.title, { fill: text, 'font-size': '15', 'font-weight': '700' }));
  for (const { entry, x, row } of legend) {
    const y = pad + 32 + row * 18;
    root.append(legendSwatch(doc, entry, x, y, resolveColor(body, entry.color)));
    root.append(textElement(doc, x + 19, y, entry.label, { fill: muted, 'font-size': '11.5' }));
  }
  panels.forEach((svg, i) => {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone, null);
    clone.setAttribute('x', String(pad + boxes[i].left - origin.left));
    clone.setAttribute('y', String(headerPx + boxes[i].top - origin.top));
    clone.setAttribute('overflow', 'visible');
    root.append(doc.importNode(clone, true));
  });
  sourceLines.forEach((line, i) =>
    root.append(textElement(doc, pad, headerPx + contentHeight + 18 + i * 14, line, { fill: muted, 'font-size': '10.5' })),
  );
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`, widthPx, heightPx };
}

/** Draws SVG text on a canvas at `scale`× and returns the PNG; the image loads from a Blob URL, which img-src allows. */
export async function svgToPng(svgText: string, widthPx: number, heightPx: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(widthPx * scale);
    canvas.height = Math.round(heightPx * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, widthPx, heightPx);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob === null ? reject(new Error('the PNG could not be made')) : resolve(blob)), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
