import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IEA_ELECTRICITY, MCKINSEY_CAPACITY_HIGH, MCKINSEY_CAPACITY_LOW } from '../../../../src/engine/catalogue/projections';
import { compoundPoints, geometricPoints, impliedGrowthPerYear, projectGlobalPower } from '../../../../src/engine/projections';
import type { SourcedSeries } from '../../../../src/engine/projections';

/** shared/reference/figures.md, section 8: the geometric series, rounded to whole GW and TWh. */
const TABLE = {
  low: [60, 70, 81, 94, 109, 127, 147, 171],
  high: [60, 72, 87, 105, 126, 151, 182, 219],
  iea: [415, 476, 546, 626, 718, 824, 945],
} as const;

const values = (s: SourcedSeries) => s.points.map((p) => p.value);
const years = (s: SourcedSeries) => s.points.map((p) => p.year);

describe('projectGlobalPower(userGrowthPerYear).capacityLow, capacityHigh and electricity', () => {
  const global = projectGlobalPower(0.18);

  it('match the rounded figures.md table within ±1 GW and ±1 TWh, year by year', () => {
    expect(years(global.capacityLow)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(years(global.electricity)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    values(global.capacityLow).forEach((v, i) => expect(Math.abs(v - TABLE.low[i])).toBeLessThanOrEqual(1));
    values(global.capacityHigh).forEach((v, i) => expect(Math.abs(v - TABLE.high[i])).toBeLessThanOrEqual(1));
    values(global.electricity).forEach((v, i) => expect(Math.abs(v - TABLE.iea[i])).toBeLessThanOrEqual(1));
    // The brief's spot checks: low 2026 ≈ 94 GW, high 2028 ≈ 151 GW.
    expect(global.capacityLow.points[3].value).toBeCloseTo(94, 0);
    expect(global.capacityHigh.points[5].value).toBeCloseTo(151, 0);
  });

  it('start and end exactly on the published anchors (to 1e-9)', () => {
    const ends = (s: SourcedSeries) => [s.points[0].value, s.points[s.points.length - 1].value];
    const [lowStart, lowEnd] = ends(global.capacityLow);
    const [highStart, highEnd] = ends(global.capacityHigh);
    const [ieaStart, ieaEnd] = ends(global.electricity);
    expect(Math.abs(lowStart - 60)).toBeLessThan(1e-9);
    expect(Math.abs(lowEnd - 171)).toBeLessThan(1e-9);
    expect(Math.abs(highStart - 60)).toBeLessThan(1e-9);
    expect(Math.abs(highEnd - 219)).toBeLessThan(1e-9);
    expect(Math.abs(ieaStart - 415)).toBeLessThan(1e-9);
    expect(Math.abs(ieaEnd - 945)).toBeLessThan(1e-9);
  });

  it('grow at the rate their end points imply: 16.1 %, 20.3 % and 14.7 % a year, not McKinsey’s stated 19–22 %', () => {
    // (171/60)^(1/7) − 1 = 0.16139, (219/60)^(1/7) − 1 = 0.20317, (945/415)^(1/6) − 1 = 0.14700.
    expect(global.capacityLow.growthPerYear).toBeCloseTo(0.16139, 5);
    expect(global.capacityHigh.growthPerYear).toBeCloseTo(0.20317, 5);
    expect(global.electricity.growthPerYear).toBeCloseTo(0.147, 5);
    expect(global.capacityLow.label).toContain('16.1 %/yr');
    expect(global.capacityHigh.label).toContain('20.3 %/yr');
    expect(global.electricity.label).toContain('14.7 %/yr');
  });

  it('keep capacity in GW and electricity in TWh, each with its publication', () => {
    expect([global.capacityLow.unit, global.capacityHigh.unit, global.electricity.unit]).toEqual(['GW', 'GW', 'TWh']);
    expect(global.capacityLow.source).toContain('AI power: Expanding data center capacity to meet growing demand');
    expect(global.capacityHigh.source).toBe(global.capacityLow.source);
    expect(global.electricity.source).toContain('Energy and AI');
    expect(global.electricity.source).toContain('2025');
  });

  it('come from the catalogue anchors, each with a unit, a source and a confidence mark', () => {
    for (const trend of [MCKINSEY_CAPACITY_LOW, MCKINSEY_CAPACITY_HIGH, IEA_ELECTRICITY]) {
      for (const f of [trend.start, trend.end]) {
        expect(f.unit).toMatch(/^(GW|TWh)$/);
        expect(f.source).not.toBe('');
        expect(f.confidence).toBe('H');
      }
    }
  });
});

describe('projectGlobalPower(userGrowthPerYear).user', () => {
  it('compounds the user’s growth from 60 GW in 2023: 18 %/yr gives 70.8, 83.544 … 191.13 GW in 2030', () => {
    const user = projectGlobalPower(0.18).user;
    expect(user.baseYear).toBe(2023);
    expect(user.baseGw).toBe(60);
    expect(user.points.map((p) => p.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    // 60 × 1.18 = 70.8; × 1.18 = 83.544; × 1.18 = 98.58192; 1.18^7 = 3.185473900568…
    expect(user.points[1].value).toBeCloseTo(70.8, 10);
    expect(user.points[2].value).toBeCloseTo(83.544, 10);
    expect(user.points[3].value).toBeCloseTo(98.58192, 10);
    expect(user.value2030Gw).toBeCloseTo(60 * 3.1854739005683, 9);
    expect(user.multiple2030).toBeCloseTo(3.1854739005683, 12);
  });

  it('is flat at zero growth and shrinks at a negative one: −20 %/yr gives 60 × 0.8^7 = 12.58 GW in 2030', () => {
    expect(projectGlobalPower(0).user.points.every((p) => p.value === 60)).toBe(true);
    expect(projectGlobalPower(-0.2).user.value2030Gw).toBeCloseTo(60 * 0.2097152, 10);
  });

  it('reaches McKinsey’s low end exactly at McKinsey’s implied low rate', () => {
    const rate = projectGlobalPower(0).capacityLow.growthPerYear;
    expect(Math.abs(projectGlobalPower(rate).user.value2030Gw - 171)).toBeLessThan(1e-9);
  });
});

describe('projectGlobalPower(userGrowthPerYear).claim', () => {
  const claim = projectGlobalPower(0.18).claim;

  it('holds "~170 GW" to McKinsey’s low end: 171 ÷ 60 = ×2.85', () => {
    expect(claim.claimedGw).toBe(171);
    expect(claim.baseGw).toBe(60);
    expect(claim.year).toBe(2030);
    expect(Math.abs(claim.multiple - 2.85)).toBeLessThanOrEqual(0.005);
  });

  it('says honestly that ×2.85 is not more than triple, and that only 219 GW (×3.65) triples', () => {
    expect(claim.text).toContain('×2.85');
    expect(claim.text).toContain('not more than triple');
    expect(claim.text).toContain('219 GW (×3.65)');
    expect(claim.multiple).toBeLessThan(3);
    expect(claim.source).toContain('McKinsey');
  });
});

describe('geometric series', () => {
  it('impliedGrowthPerYear(a, b, n) compounds a to b in n years', () => {
    expect(impliedGrowthPerYear(100, 121, 2)).toBeCloseTo(0.1, 12);
    expect(impliedGrowthPerYear(50, 50, 5)).toBe(0);
  });

  it('geometricPoints has a constant ratio between years and lands on both ends, for any positive ends', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 1e4, noNaN: true }),
        fc.double({ min: 0.1, max: 1e4, noNaN: true }),
        fc.integer({ min: 1, max: 15 }),
        (start, end, span) => {
          const points = geometricPoints(2020, start, 2020 + span, end);
          expect(points).toHaveLength(span + 1);
          expect(Math.abs(points[0].value - start)).toBeLessThanOrEqual(1e-12 * start);
          expect(Math.abs(points[span].value - end)).toBeLessThanOrEqual(1e-12 * end);
          const ratio = Math.pow(end / start, 1 / span);
          for (let k = 1; k <= span; k++) expect(points[k].value / points[k - 1].value).toBeCloseTo(ratio, 9);
        },
      ),
    );
  });

  it('compoundPoints(2025, 10, 0.5, 2027) is 10, 15, 22.5', () => {
    expect(compoundPoints(2025, 10, 0.5, 2027)).toEqual([
      { year: 2025, value: 10 },
      { year: 2026, value: 15 },
      { year: 2027, value: 22.5 },
    ]);
  });
});
