import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvTable, guardFormula } from '../../../../src/document/export/csv';
import { parseCsv } from './rfc4180';

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];

/** Strings rich in what CSV and spreadsheets treat specially. */
const trickyText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('"', ',', '\r', '\n', '\r\n', "'", ...FORMULA_STARTS, ' ', 'a', 'é', '😀') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 30,
});

describe('csvField(cell)', () => {
  it('writes plain text as is', () => {
    expect(csvField('Barcelona MEC')).toBe('Barcelona MEC');
    expect(csvField('')).toBe('');
  });

  it('quotes text with a comma, quote, CR or LF, doubling quotes (RFC 4180 §2.6–2.7)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula (OWASP CSV Injection)', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('a=1')).toBe('a=1');
  });

  it('writes numbers plainly, negative ones unguarded, and leaves non-finite ones empty', () => {
    expect(csvField(4.527835916070025)).toBe('4.527835916070025');
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(-0)).toBe('0');
    expect(csvField(1e-7)).toBe('1e-7');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('writes true, false, and null as an empty cell', () => {
    expect([csvField(true), csvField(false), csvField(null)]).toEqual(['true', 'false', '']);
  });
});

describe('csvTable(header, rows)', () => {
  it('ends every record with CRLF', () => {
    expect(
      csvTable(
        ['id', 'p95Ms'],
        [
          ['a', 1],
          ['b', null],
        ],
      ),
    ).toBe('id,p95Ms\r\na,1\r\nb,\r\n');
  });

  it('gives back every text cell through an RFC 4180 reader: as written, or with the formula apostrophe', () => {
    fc.assert(
      fc.property(fc.array(fc.array(trickyText, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const parsed = parseCsv(csvTable(['a', 'b', 'c'], rows));
        const expected = rows.map((row) => row.map((text) => (FORMULA_STARTS.includes(text.charAt(0)) ? `'${text}` : text)));
        expect(parsed).toEqual([['a', 'b', 'c'], ...expected]);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back every number exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 10 }), (numbers) => {
        const [, values] = parseCsv(
          csvTable(
            numbers.map((_, i) => `n${i}`),
            [numbers],
          ),
        );
        expect(values.map(Number)).toEqual(numbers.map((n) => n + 0));
      }),
    );
  });

  it('never starts a text cell with a formula character', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const [, [cell]] = parseCsv(csvTable(['name'], [[text]]));
        expect(FORMULA_STARTS.includes(cell.charAt(0))).toBe(false);
        expect(guardFormula(text)).toBe(cell);
      }),
      { numRuns: 500 },
    );
  });
});
