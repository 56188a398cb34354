import { describe, expect, it } from 'vitest';
import type { LinkTrafficProjection, TrafficProjection } from '../../../src/engine/projections/types';
import { linksToShow, trafficLayout } from '../../../src/ui/projections/trafficLayout';
import { expectClose, pathNumbers } from './helpers';

const years = [2025, 2026, 2027];

function link(linkId: string, utilisation: number[], saturationYear: number | null): LinkTrafficProjection {
  return {
    linkId,
    label: linkId,
    capacityMbps: 100,
    loadMbps: utilisation.map((u) => u * 100),
    utilisation,
    saturationYear,
    capacityNeededMbps: (utilisation[utilisation.length - 1] * 100) / 0.8,
  };
}

const a = link('a', [0.6, 0.9, 1.2], 2027);
const b = link('b', [0.5, 0.7, 0.9], null);
const c = link('c', [0.8, 1.0, 1.5], 2026);
const d = link('d', [0.1, 0.2, 0.5], null);

const traffic: TrafficProjection = {
  years,
  growth: { deviceCountPerYear: 0, dataPerDevicePerYear: 0.19 },
  targetUtilisation: 0.8,
  links: [a, b, c, d],
  firstToSaturate: [c, a],
};

describe('linksToShow(links, max)', () => {
  it('puts the links that saturate first, earliest first, then the busiest', () => {
    expect(linksToShow([a, b, c, d]).map((l) => l.linkId)).toEqual(['c', 'a', 'b', 'd']);
  });
  it('keeps at most `max`', () => {
    expect(linksToShow([a, b, c, d], 2).map((l) => l.linkId)).toEqual(['c', 'a']);
  });
});

/*
 * 400 × 300 px: x(2025) = 56, x(2026) = 220, x(2027) = 384; the plot is 244
 * px high. The highest utilisation is 1.5; d3's nice() for five ticks rounds
 * [0, 1.5] to [0, 1.6] (step 0.2), then [0, 1.6] to [0, 2] (step 0.5), where
 * it stays, so y(u) = 270 − u × 244 / 2 = 270 − 122 u.
 */
const layout = trafficLayout(traffic, 400, 300);

describe('trafficLayout(traffic, width, height)', () => {
  it('draws one utilisation line per shown link, saturating first at the front', () => {
    expect(layout.lines.map((l) => l.key)).toEqual(['c', 'a', 'b', 'd']);
    expectClose(pathNumbers(layout.lines[0].path), [56, 172.4, 220, 148, 384, 87]);
  });
  it('puts the 100 % line where utilisation is 1', () => {
    expect(layout.fullY).toBeCloseTo(148, 9);
  });
  it('marks each saturating link at its saturation year', () => {
    expect(layout.markers.map((m) => [m.linkId, m.year, m.utilisation, m.x])).toEqual([
      ['c', 2026, 1.0, 220],
      ['a', 2027, 1.2, 384],
    ]);
    expect(layout.markers[1].y).toBeCloseTo(123.6, 9);
  });
  it('reaches at least 110 % even when every link is quiet, so the 100 % line shows', () => {
    const quiet = trafficLayout({ ...traffic, links: [d], firstToSaturate: [] }, 400, 300);
    expect(quiet.y.domain()[1]).toBeGreaterThanOrEqual(1.1);
    expect(quiet.markers).toEqual([]);
  });
});
