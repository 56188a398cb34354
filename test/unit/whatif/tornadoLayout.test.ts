import { describe, expect, it } from 'vitest';
import type { SensitivityRow } from '../../../src/engine/whatif/sensitivity';
import { formatFigure, TORNADO_GEOMETRY as G, tornadoLayout, truncateLabel } from '../../../src/ui/whatif/tornadoLayout';

function row(key: string, metricAtLow: number | null, metricAtHigh: number | null, patch: Partial<SensitivityRow> = {}): SensitivityRow {
  return {
    key,
    label: key,
    unit: 'ms',
    confidence: 'M',
    baseValue: 10,
    lowValue: 9,
    highValue: 11,
    lowClamped: false,
    highClamped: false,
    clampReason: null,
    metricAtLow,
    metricAtHigh,
    swing: metricAtLow === null || metricAtHigh === null ? 0 : Math.abs(metricAtHigh - metricAtLow),
    ...patch,
  };
}

const ms = (v: number) => `${v} ms`;

/*
 * 600 px wide: the label column is min(220, 40 % × 600) = 220 px, the plot
 * runs from 220 + 8 = 228 to 600 − 12 = 588 px (360 px, so 4 ticks). The
 * metrics span 80–130 ms around a base of 100, already nice at a 10 ms step,
 * so x(v) = 228 + (v − 80) × 360 / 50 = 228 + 7.2 (v − 80), and the base
 * sits at x(100) = 372.
 */
describe('tornadoLayout(rows, base, 600, format)', () => {
  const rows = [row('a', 80, 130), row('b', 110, 95), row('c', 105, 120), row('d', null, 100)];
  const layout = tornadoLayout(rows, 100, 600, ms);
  const x = (v: number) => 228 + 7.2 * (v - 80);
  const barTop = (i: number) => G.topPx + i * G.rowHeightPx + (G.rowHeightPx - G.barHeightPx) / 2;
  const bar = (i: number, side: 'low' | 'high') => layout.rows[i].bars.find((b) => b.side === side)!;

  it('puts the plot between the label column and the right margin', () => {
    expect([layout.labelWidthPx, layout.plotLeftPx, layout.plotRightPx]).toEqual([220, 228, 588]);
    expect(layout.baseX).toBeCloseTo(372, 9);
  });

  it('draws the lowered side from the base to its metric and the raised side likewise, full height when they part', () => {
    expect(bar(0, 'low')).toMatchObject({ y: barTop(0), height: G.barHeightPx });
    expect(bar(0, 'low').x).toBeCloseTo(x(80), 9);
    expect(bar(0, 'low').width).toBeCloseTo(144, 9);
    expect(bar(0, 'high').x).toBeCloseTo(372, 9);
    expect(bar(0, 'high').width).toBeCloseTo(216, 9);
  });

  it('draws a raised value that lowers the metric to the left of the base', () => {
    expect(bar(1, 'low').x).toBeCloseTo(372, 9);
    expect(bar(1, 'low').width).toBeCloseTo(x(110) - 372, 9);
    expect(bar(1, 'high').x).toBeCloseTo(x(95), 9);
    expect(bar(1, 'high').width).toBeCloseTo(36, 9);
  });

  it('splits the row in half when both sides land on the same side of the base', () => {
    expect(bar(2, 'low')).toMatchObject({ y: barTop(2), height: G.barHeightPx / 2 });
    expect(bar(2, 'high')).toMatchObject({ y: barTop(2) + G.barHeightPx / 2, height: G.barHeightPx / 2 });
    expect(bar(2, 'low').width).toBeCloseTo(36, 9);
    expect(bar(2, 'high').width).toBeCloseTo(144, 9);
  });

  it('draws no bar for a side without a result and marks the row', () => {
    expect(layout.rows[3].noResult).toBe(true);
    expect(layout.rows[3].bars.map((b) => b.side)).toEqual(['high']);
    expect(bar(3, 'high').width).toBe(0);
  });

  it('labels ticks every 10 ms from 80 to 130 with the metric formatter, at their scale positions', () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(['80 ms', '90 ms', '100 ms', '110 ms', '120 ms', '130 ms']);
    layout.ticks.forEach((t, i) => expect(t.x).toBeCloseTo(x(80 + 10 * i), 9));
  });

  it('stacks rows one row height apart, under room for the base label, above the axis', () => {
    expect(layout.plotTopPx).toBe(G.topPx);
    expect(layout.plotBottomPx).toBe(G.topPx + 4 * G.rowHeightPx);
    expect(layout.heightPx).toBe(G.topPx + 4 * G.rowHeightPx + G.axisPx);
  });

  it('gives every bar a tooltip with the exact numbers', () => {
    expect(bar(0, 'low').title).toBe('a: 9 ms instead of 10 → 80 ms (base 100 ms, −20 ms)');
    expect(bar(0, 'high').title).toBe('a: 11 ms instead of 10 → 130 ms (base 100 ms, +30 ms)');
  });
});

describe('tornadoLayout: edge cases', () => {
  it('pads a scale with no spread by 10 % of the base, so zero swings sit on a visible base line', () => {
    const layout = tornadoLayout([row('a', 50, 50)], 50, 600, ms);
    expect(layout.baseX).toBeCloseTo((228 + 588) / 2, 9);
    expect(layout.rows[0].bars.every((b) => b.width === 0)).toBe(true);
  });

  it('draws no bars and no ticks without a base value', () => {
    const layout = tornadoLayout([row('a', null, null)], null, 600, ms);
    expect(layout.baseX).toBeNull();
    expect(layout.ticks).toEqual([]);
    expect(layout.rows[0].bars).toEqual([]);
  });

  it('says in the tooltip when a side was held at its limit', () => {
    const clamped = row('eff', 90, 95, { highValue: 1, highClamped: true, clampReason: 'a share is at most 1' });
    const layout = tornadoLayout([clamped], 100, 600, ms);
    const high = layout.rows[0].bars.find((b) => b.side === 'high')!;
    expect(high.clamped).toBe(true);
    expect(high.title).toContain('(held there: a share is at most 1)');
  });

  it('cuts long labels to the label column, keeping the full label', () => {
    const long = 'On-demand interconnect: network energy per GB carried end to end';
    const layout = tornadoLayout([row(long, 1, 2)], 1.5, 300, ms);
    // 40 % of 300 px = 120 px, at 6.6 px a character: 18 characters.
    expect(layout.rows[0].shortLabel).toBe(truncateLabel(long, 18));
    expect(layout.rows[0].shortLabel).toHaveLength(18);
    expect(layout.rows[0].label).toBe(long);
  });
});

describe('formatFigure(x)', () => {
  it('keeps four significant digits and groups thousands', () => {
    expect([formatFigure(0.13), formatFigure(3.335640951981521), formatFigure(10_000), formatFigure(0.1170000001)]).toEqual([
      '0.13',
      '3.336',
      '10,000',
      '0.117',
    ]);
  });
});
