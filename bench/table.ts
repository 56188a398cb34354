export type Cell = string | number;

/** Fixed-point with thousands separators; integers print without decimals. */
export function formatNumber(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return String(x);
  const d = Number.isInteger(x) ? 0 : digits;
  return x.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** An aligned plain-text table: text left, numbers right, a rule under the header. */
export function formatTable(title: string, header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => row.map((c) => (typeof c === 'number' ? formatNumber(c) : c)));
  const widths = header.map((h, i) => Math.max(h.length, ...text.map((r) => r[i].length)));
  const numeric = header.map((_, i) => rows.every((r) => typeof r[i] === 'number'));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...text.map(line)].join('\n');
}
