/** The fonts map labels are set in (see SiteMarker.svelte and LinkLabel.svelte). */
export const LABEL_FONTS = {
  site: { weight: 600, sizePx: 11.5, averageCharPx: 6.6 },
  link: { weight: 600, sizePx: 10.5, averageCharPx: 6.5 },
} as const;
export type LabelFont = keyof typeof LABEL_FONTS;

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  return context;
}

/**
 * How wide a label is, px: measured with the page's own font where there is
 * a page (so labels neither overlap nor overflow their pills), estimated
 * from an average character width elsewhere (unit tests in Node).
 */
export function textWidthPx(text: string, font: LabelFont): number {
  const key = `${font}:${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const { weight, sizePx, averageCharPx } = LABEL_FONTS[font];
  const canvas = measuringContext();
  let width = text.length * averageCharPx;
  if (canvas !== null) {
    const family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
    canvas.font = `${weight} ${sizePx}px ${family}`;
    width = canvas.measureText(text).width;
  }
  // Thousands of sites: keep the memory bounded.
  if (widths.size > 5000) widths.clear();
  widths.set(key, width);
  return width;
}
