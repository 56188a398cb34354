/** One spreadsheet cell: text, a number, a yes/no, or empty (null). */
export type CsvCell = string | number | boolean | null;

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell
 * as a formula: `=`, `+`, `-`, `@`, tab and carriage return (OWASP, "CSV
 * Injection"). A scenario's names are typed by whoever shared it, so a name
 * like `=HYPERLINK(…)` must arrive as text.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Text as a spreadsheet will show it: a leading apostrophe when it would otherwise start a formula (OWASP's advice). */
export function guardFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/**
 * One field of RFC 4180 CSV. Text is guarded against formulas, then quoted
 * when it holds a comma, quote, CR or LF, with quotes doubled. Numbers are
 * written as JavaScript prints them (shortest round-trip form, `1e-7` for
 * tiny values, which spreadsheets read as numbers) and never guarded, since a
 * negative number is a number. A number that is not finite, and null, leave
 * the cell empty: no spreadsheet reads `NaN` or `Infinity` as a number.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header line, then one line per row, each ended by CRLF. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((cells) => `${cells.map(csvField).join(',')}\r\n`);
  return lines.join('');
}

/** CSV of records, one column per field in the given order: the header is the field names. */
export function recordsToCsv<R extends { readonly [K in keyof R]: CsvCell }>(
  fields: readonly (keyof R & string)[],
  records: readonly R[],
): string {
  return csvTable(
    fields,
    records.map((record) => fields.map((field) => record[field])),
  );
}
