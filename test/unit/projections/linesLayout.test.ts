import { describe, expect, it } from 'vitest';
import { linesLayout } from '../../../src/ui/projections/linesLayout';
import { wrapText } from '../../../src/ui/projections/chartExport';
import { expectClose, pathNumbers } from './helpers';

/*
 * 400 × 300 px: years 2025–2027 at x = 56, 220, 384; the plot is 244 px high.
 * The top value 40 with minTop 0: 40 / 5 = 8 → a nice step of 10, so the top
 * is 40 and y(v) = 270 − 6.1 v.
 */
describe('linesLayout(years, series, width, height, options)', () => {
  const layout = linesLayout(
    [2025, 2026, 2027],
    [
      { key: 'a', values: [10, 20, 40] },
      { key: 'b', values: [null, 30, null] },
    ],
    400,
    300,
    { formatTick: String },
  );
  it('places each value at its year and on a zero-based axis', () => {
    expectClose(pathNumbers(layout.lines[0].path), [56, 209, 220, 148, 384, 26]);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '10', '20', '30', '40']);
  });
  it('skips years without a value', () => {
    expect(layout.lines[1].points.map((p) => p.year)).toEqual([2026]);
  });
  it('reaches minTop when every value is below it', () => {
    const low = linesLayout([2025, 2026], [{ key: 'a', values: [0.2, 0.3] }], 400, 300, { formatTick: String, minTop: 1.1 });
    expect(low.y.domain()[1]).toBeGreaterThanOrEqual(1.1);
  });
});

describe('wrapText(text, maxChars)', () => {
  it('breaks at spaces so no line is longer than maxChars', () => {
    expect(wrapText('Source: McKinsey 2024; IEA 2025', 16)).toEqual(['Source: McKinsey', '2024; IEA 2025']);
  });
  it('keeps a word longer than the line whole', () => {
    expect(wrapText('a verylongword b', 4)).toEqual(['a', 'verylongword', 'b']);
  });
});
