import { parseAst } from 'vite';

/**
 * What must not appear inside an inline `<script>` element: `</script` ends
 * it early, and `<!--` followed later by `<script` puts the HTML parser in
 * its double-escaped state, where even the real `</script>` no longer ends
 * it (HTML Living Standard § 13.2.5.4 "Script data less-than sign state"
 * onwards).
 */
const HAZARD = /<(?=!--|\/?script)/i;
const EVERY_HAZARD = new RegExp(HAZARD.source, 'gi');

interface Span {
  readonly start: number;
  readonly end: number;
  /** A tagged template's text reaches its tag raw (String.raw), so escaping would change its value. */
  readonly tagged: boolean;
}

/** The spans of every string, template and regular-expression literal in the program. */
function literalSpans(code: string): Span[] {
  const spans: Span[] = [];
  const visit = (node: unknown, tagged: boolean): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, tagged);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const { type, start, end } = node as { type?: string; start: number; end: number };
    if (type === 'TemplateElement' || (type === 'Literal' && (typeof (node as { value: unknown }).value === 'string' || 'regex' in node))) {
      spans.push({ start, end, tagged });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      visit(child, type === 'TaggedTemplateExpression' ? key === 'quasi' : tagged && key === 'quasis');
    }
  };
  visit(parseAst(code), false);
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The script with every hazard inside a literal written as `\x3C` instead of
 * `<`: the same character in a string, a template and a regular expression
 * (in every flag mode), so the program means exactly what it did. A hazard
 * anywhere else (code, a kept comment, a tagged template) stops the build
 * with the reason, rather than ship a page that might not parse.
 */
export function escapeForInlineScript(code: string, fileName: string): string {
  let out = '';
  let from = 0;
  for (const span of literalSpans(code)) {
    const text = code.slice(span.start, span.end);
    if (!HAZARD.test(text)) continue;
    if (span.tagged)
      throw new Error(`${fileName}: a tagged template at ${span.start} contains "<script" or "<!--", which cannot be inlined`);
    out += code.slice(from, span.start) + text.replace(EVERY_HAZARD, '\\x3C');
    from = span.end;
  }
  out += code.slice(from);
  const left = out.search(HAZARD);
  if (left >= 0) throw new Error(`${fileName}: "${out.slice(left, left + 12)}" at ${left} is outside any literal and cannot be inlined`);
  return out;
}
