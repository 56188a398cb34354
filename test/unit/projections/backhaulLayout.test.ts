import { describe, expect, it } from 'vitest';
import type { BackhaulProjection } from '../../../src/engine/projections/types';
import { backhaulPanelLayout, edgeSaving } from '../../../src/ui/projections/backhaulLayout';
import { expectClose, pathNumbers } from './helpers';

const backhaul: BackhaulProjection = {
  current: [
    { year: 2029, backhaulGbPerMonth: 100, egressUsdPerMonth: 10 },
    { year: 2030, backhaulGbPerMonth: 200, egressUsdPerMonth: 20 },
  ],
  allInCloud: [
    { year: 2029, backhaulGbPerMonth: 300, egressUsdPerMonth: 50 },
    { year: 2030, backhaulGbPerMonth: 400, egressUsdPerMonth: 80 },
  ],
};

describe('edgeSaving(backhaul, year)', () => {
  it('is all in cloud minus the scenario in that year', () => {
    expect(edgeSaving(backhaul, 2029)).toEqual({ year: 2029, egressUsdPerMonth: 40, backhaulGbPerMonth: 200 });
  });
  it('takes the last projected year when the year asked is beyond the horizon', () => {
    expect(edgeSaving(backhaul, 2035)).toEqual({ year: 2030, egressUsdPerMonth: 60, backhaulGbPerMonth: 200 });
  });
  it('is null without an all-in-cloud variant', () => {
    expect(edgeSaving({ ...backhaul, allInCloud: null }, 2030)).toBeNull();
  });
});

/*
 * A 300 × 220 px panel (margins top 26, right 14, bottom 30, left 50): the
 * plot runs 50–286 px across and 26–190 px down (164 px, three ticks). Egress
 * tops out at $80; 80 / 3 ≈ 26.7 → a nice step of 20, and 80 is already a
 * multiple of it, so y(v) = 190 − v × 164 / 80 = 190 − 2.05 v.
 */
describe('backhaulPanelLayout(backhaul, measure, width, height)', () => {
  it('draws the scenario and all in cloud as two lines of the measure', () => {
    const layout = backhaulPanelLayout(backhaul, 'egressUsdPerMonth', 300, 220);
    expect(layout.lines.map((l) => l.key)).toEqual(['current', 'allInCloud']);
    expectClose(pathNumbers(layout.lines[0].path), [50, 169.5, 286, 149]);
    expectClose(pathNumbers(layout.lines[1].path), [50, 87.5, 286, 26]);
  });
  it('draws the scenario alone without an all-in-cloud variant', () => {
    const layout = backhaulPanelLayout({ ...backhaul, allInCloud: null }, 'backhaulGbPerMonth', 300, 220);
    expect(layout.lines.map((l) => l.key)).toEqual(['current']);
  });
});
