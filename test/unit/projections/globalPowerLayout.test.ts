import { describe, expect, it } from 'vitest';
import type { GlobalPowerProjection, SourcedSeries } from '../../../src/engine/projections/types';
import { bandYears, globalPowerLayout } from '../../../src/ui/projections/globalPowerLayout';
import { expectClose, pathNumbers } from './helpers';

const series = (id: string, unit: 'GW' | 'TWh', points: [number, number][]): SourcedSeries => ({
  id,
  label: id,
  unit,
  source: 'test',
  growthPerYear: 0.1,
  points: points.map(([year, value]) => ({ year, value })),
});

const global: GlobalPowerProjection = {
  capacityLow: series('low', 'GW', [
    [2023, 60],
    [2030, 171],
  ]),
  capacityHigh: series('high', 'GW', [
    [2023, 60],
    [2030, 219],
  ]),
  electricity: series('iea', 'TWh', [
    [2024, 415],
    [2030, 945],
  ]),
  user: {
    growthPerYear: 0.2,
    baseYear: 2023,
    baseGw: 60,
    points: [
      { year: 2023, value: 60 },
      { year: 2030, value: 215 },
    ],
    value2030Gw: 215,
    multiple2030: 215 / 60,
  },
  claim: { text: 'claim', year: 2030, claimedGw: 171, baseGw: 60, multiple: 2.85, source: 'test' },
};

/*
 * 400 × 300 px: the plot runs 56–384 px across and 26–270 px down. Years
 * 2023–2030, so x(2023) = 56 and x(2030) = 384. The highest value is 219 GW,
 * with 12 % headroom 245.28; five ticks at a nice step of 50 put the top at
 * 250 GW, so y(v) = 270 − v × 244 / 250: y(60) = 211.44, y(171) = 103.104,
 * y(215) = 60.16, y(219) = 56.256.
 */
const layout = globalPowerLayout(global, 400, 300);

describe('bandYears(low, high)', () => {
  it('joins the two series by year, keeping only years both give', () => {
    const low = series('low', 'GW', [
      [2023, 60],
      [2025, 80],
      [2030, 171],
    ]);
    const high = series('high', 'GW', [
      [2023, 60],
      [2030, 219],
    ]);
    expect(bandYears(low, high)).toEqual([
      { year: 2023, low: 60, high: 60 },
      { year: 2030, low: 171, high: 219 },
    ]);
  });
  it('puts the smaller value low whichever series it came from', () => {
    expect(bandYears(series('a', 'GW', [[2030, 219]]), series('b', 'GW', [[2030, 171]]))).toEqual([{ year: 2030, low: 171, high: 219 }]);
  });
});

describe('globalPowerLayout(global, width, height)', () => {
  it('scales GW from zero to a nice top above every series and the claim', () => {
    expect(layout.x.domain()).toEqual([2023, 2030]);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '50', '100', '150', '200', '250']);
  });
  it('draws the band along the high edge, then back along the low edge', () => {
    expectClose(pathNumbers(layout.bandPath), [56, 211.44, 384, 56.256, 384, 103.104, 56, 211.44]);
  });
  it('draws the user line through its points and marks its 2030 value', () => {
    expectClose(pathNumbers(layout.userPath), [56, 211.44, 384, 60.16]);
    expect(layout.user2030).toMatchObject({ year: 2030, value: 215, x: 384 });
    expect(layout.user2030!.y).toBeCloseTo(60.16, 9);
  });
  it('puts the claim at 2030 and its claimed GW', () => {
    expect(layout.claim.x).toBe(384);
    expect(layout.claim.y).toBeCloseTo(103.104, 9);
  });
  it('lists every year any series has, for the hover', () => {
    expect(layout.years).toEqual([2023, 2030]);
  });
});
