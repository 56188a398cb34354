import { describe, expect, it } from 'vitest';
import { nearestYearIndex, plotArea, valueScale, valueTicks, yearScale, yearTicks } from '../../../src/ui/projections/chartScales';

/*
 * 400 × 300 px with the default margins (top 26, right 16, bottom 30, left
 * 56): the plot runs 56–384 px across (328 px) and 26–270 px down (244 px).
 */
const plot = plotArea(400, 300);

describe('plotArea(width, height)', () => {
  it('leaves the margins around the plot', () => {
    expect(plot).toEqual({ left: 56, right: 384, top: 26, bottom: 270 });
  });
  it('never collapses to a negative size', () => {
    const tiny = plotArea(10, 10);
    expect(tiny.right).toBeGreaterThan(tiny.left);
    expect(tiny.bottom).toBeGreaterThan(tiny.top);
  });
});

describe('yearScale(first, last, plot)', () => {
  it('maps the first and last years to the plot edges, linearly between', () => {
    const x = yearScale(2025, 2030, plot);
    expect(x(2025)).toBe(56);
    expect(x(2030)).toBe(384);
    // 2027 is 2/5 of the way: 56 + 0.4 × 328 = 187.2.
    expect(x(2027)).toBeCloseTo(187.2, 9);
  });
  it('gives a single year half a year each side, so it sits in the middle', () => {
    expect(yearScale(2030, 2030, plot)(2030)).toBe(220);
  });
});

describe('yearTicks(x, first, last)', () => {
  it('labels every year when they fit (328 px holds 7 ticks of 46 px)', () => {
    const ticks = yearTicks(yearScale(2025, 2030, plot), 2025, 2030);
    expect(ticks.map((t) => t.label)).toEqual(['2025', '2026', '2027', '2028', '2029', '2030']);
  });
  it('thins to every second year when ten years would not fit', () => {
    const ticks = yearTicks(yearScale(2025, 2035, plot), 2025, 2035);
    expect(ticks.map((t) => t.label)).toEqual(['2025', '2027', '2029', '2031', '2033', '2035']);
  });
});

describe('valueScale(max, plot)', () => {
  it('starts at zero and rounds the top up to a nice number', () => {
    // 244 px holds 5 ticks of 42 px; 95 / 5 = 19 → a step of 20, so the top is 100.
    const y = valueScale(95, plot);
    expect(y.domain()).toEqual([0, 100]);
    expect(y(0)).toBe(270);
    expect(y(50)).toBeCloseTo(148, 9);
    expect(valueTicks(y, plot, String).map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
  });
  it('is never degenerate: zero or no data still gives an axis from 0 to 1', () => {
    expect(valueScale(0, plot).domain()).toEqual([0, 1]);
    expect(valueScale(Number.NaN, plot).domain()).toEqual([0, 1]);
  });
});

describe('nearestYearIndex(years, x, px)', () => {
  const years = [2025, 2026, 2027, 2028, 2029, 2030];
  const x = yearScale(2025, 2030, plot);
  it('snaps the pointer to the nearest year', () => {
    expect(nearestYearIndex(years, x, x(2027.4))).toBe(2);
    expect(nearestYearIndex(years, x, x(2027.6))).toBe(3);
    expect(nearestYearIndex(years, x, 0)).toBe(0);
    expect(nearestYearIndex(years, x, 1000)).toBe(5);
  });
  it('answers -1 without years', () => {
    expect(nearestYearIndex([], x, 100)).toBe(-1);
  });
});
