import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityNeededMbps, projectScenario, saturationYear } from '../../../../src/engine/projections';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';
import { twoSiteScenario } from '../../fixtures/twoSite';

/** The two-site fixture carries 10 Mbit/s on its one link (10 phones × 1 request/s × 125 kB) in the base year. */
const BASE_LOAD_MBPS = 10;

function growthOverrides(deviceGrowth: number, dataGrowth: number, extra: Record<string, number> = {}) {
  return { 'growth.deviceCountPerYear': deviceGrowth, 'growth.dataPerDevicePerYear': dataGrowth, ...extra };
}

/**
 * A single-path flow's load does not depend on queueing, so it grows by
 * exactly k = (1 + g_dev)(1 + g_data) a year: utilisation ρ₀·kⁿ first reaches
 * 1 in year base + ceil(ln(1/ρ₀) ÷ ln k).
 */
function closedFormSaturationYear(rho0: number, deviceGrowth: number, dataGrowth: number, base: number, horizon: number): number | null {
  const k = (1 + deviceGrowth) * (1 + dataGrowth);
  const year = base + Math.max(0, Math.ceil(Math.log(1 / rho0) / Math.log(k)));
  return year <= horizon ? year : null;
}

describe('projectScenario(scenario, options).traffic on the two-site fixture', () => {
  it('grows the link’s load by (1 + g_dev)(1 + g_data) a year: 10 × 1.1 × 1.2 = 13.2 Mbit/s in 2026', () => {
    const drawn = twoSiteScenario({ capacityMbps: 50, assumptionOverrides: growthOverrides(0.1, 0.2) });
    const traffic = projectScenario(drawn, { horizonYear: 2030, userGrowthPerYear: 0.18 }).traffic;
    const uplink = traffic.links[0];
    expect(traffic.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    uplink.loadMbps.forEach((mbps, n) => expectClose(mbps, BASE_LOAD_MBPS * Math.pow(1.32, n), 1e-12));
    uplink.utilisation.forEach((u, n) => expectClose(u, (BASE_LOAD_MBPS * Math.pow(1.32, n)) / 50, 1e-12));
    expect(uplink.loadMbps[1]).toBeCloseTo(13.2, 10);
    expect(uplink.capacityMbps).toBe(50);
    expect(uplink.linkId).toBe('uplink');
    expect(uplink.label).toBe('phones – dc');
  });

  it('saturates a link at half load in 2029 under the catalogue’s 19 %/yr: ceil(ln 2 ÷ ln 1.19) = ceil(3.99) = 4 years', () => {
    const traffic = projectScenario(twoSiteScenario({ capacityMbps: 20 }), { horizonYear: 2035, userGrowthPerYear: 0.18 }).traffic;
    expect(traffic.growth).toEqual({ deviceCountPerYear: 0, dataPerDevicePerYear: 0.19 });
    expect(traffic.links[0].saturationYear).toBe(2029);
    expect(traffic.links[0].utilisation[3]).toBeLessThan(1); // 2028: 0.5 × 1.19³ = 0.843
    expect(traffic.links[0].utilisation[4]).toBeGreaterThanOrEqual(1); // 2029: 0.5 × 1.19⁴ = 1.003
    expect(traffic.firstToSaturate.map((l) => l.linkId)).toEqual(['uplink']);
  });

  it('gives the saturation year of the closed form, base + ceil(ln(1/ρ₀) ÷ ln((1 + g_dev)(1 + g_data))), for any ρ₀ and growth', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0.02, max: 0.5, noNaN: true }),
        fc.integer({ min: 2025, max: 2035 }),
        (rho0, deviceGrowth, dataGrowth, horizon) => {
          const years = Math.log(1 / rho0) / Math.log((1 + deviceGrowth) * (1 + dataGrowth));
          // A quotient within rounding of a whole number could fall either side of it.
          fc.pre(Math.abs(years - Math.round(years)) > 1e-6);
          const drawn = twoSiteScenario({
            capacityMbps: BASE_LOAD_MBPS / rho0,
            assumptionOverrides: growthOverrides(deviceGrowth, dataGrowth),
          });
          const traffic = projectScenario(drawn, { horizonYear: horizon, userGrowthPerYear: 0.18 }).traffic;
          expect(traffic.links[0].saturationYear).toBe(closedFormSaturationYear(rho0, deviceGrowth, dataGrowth, 2025, horizon));
          expect(traffic.firstToSaturate.length).toBe(traffic.links[0].saturationYear === null ? 0 : 1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sizes the capacity needed at the horizon as its load ÷ the target utilisation (0.8 by default, or the override)', () => {
    const drawn = twoSiteScenario({ capacityMbps: 20 });
    const byDefault = projectScenario(drawn, { horizonYear: 2035, userGrowthPerYear: 0.18 }).traffic;
    // 10 × 1.19¹⁰ = 56.9468 Mbit/s in 2035; ÷ 0.8 = 71.1835.
    expect(byDefault.targetUtilisation).toBe(0.8);
    expectClose(byDefault.links[0].loadMbps[10], 10 * Math.pow(1.19, 10), 1e-12);
    expectClose(byDefault.links[0].capacityNeededMbps, (10 * Math.pow(1.19, 10)) / 0.8, 1e-12);
    expect(byDefault.links[0].capacityNeededMbps).toBeCloseTo(71.1835, 3);

    const planned = twoSiteScenario({ capacityMbps: 20, assumptionOverrides: { 'projection.targetUtilisation': 0.5 } });
    const atHalf = projectScenario(planned, { horizonYear: 2027, userGrowthPerYear: 0.18 }).traffic;
    expect(atHalf.targetUtilisation).toBe(0.5);
    expectClose(atHalf.links[0].capacityNeededMbps, (10 * 1.19 * 1.19) / 0.5, 1e-12);
    expect(capacityNeededMbps(40, 0.8)).toBe(50);
  });

  it('shows the effective growth rates: the scenario’s overrides where it has them', () => {
    const drawn = twoSiteScenario({ assumptionOverrides: growthOverrides(0.05, 0.3) });
    expect(projectScenario(drawn, { horizonYear: 2026, userGrowthPerYear: 0 }).traffic.growth).toEqual({
      deviceCountPerYear: 0.05,
      dataPerDevicePerYear: 0.3,
    });
  });

  it('saturates in the base year a link already saturated as drawn', () => {
    const traffic = projectScenario(twoSiteScenario({ capacityMbps: 8 }), { horizonYear: 2030, userGrowthPerYear: 0 }).traffic;
    expect(traffic.links[0].saturationYear).toBe(2025);
  });
});

describe('projectScenario(scenario, options).traffic.firstToSaturate', () => {
  /**
   * Four device groups, each 10 Mbit/s over its own link to one DC, at base
   * utilisations 0.5, 0.9, 0.1 and 0.85. At 19 %/yr: 0.9 and 0.85 saturate
   * in 2026 (ceil(0.61) = ceil(0.93) = 1), 0.5 in 2029, 0.1 not by 2035
   * (0.1 × 1.19¹⁰ = 0.57).
   */
  const drawn = scenario({
    sites: [
      ...['a', 'b', 'c', 'd'].map((id) => site(id, 'device', { deviceCount: 10 })),
      site('dc', 'regionalDc', { compute: { acceleratorId: 'l4', count: 8 } }),
    ],
    links: [
      link('la', 'a', 'dc', 'metro-fibre', 20, { lengthKm: 10 }),
      link('lb', 'b', 'dc', 'metro-fibre', 10 / 0.9, { lengthKm: 10 }),
      link('lc', 'c', 'dc', 'metro-fibre', 100, { lengthKm: 10 }),
      link('ld', 'd', 'dc', 'metro-fibre', 10 / 0.85, { lengthKm: 10 }),
    ],
    workloads: ['a', 'b', 'c', 'd'].map((id) => workload(`w${id}`, id, [stage('s', 'dc', { gflopsPerRequest: 1 })], { inputKB: 125 })),
  });

  it('lists the saturating links earliest first, a tie going to the higher utilisation at the horizon', () => {
    const traffic = projectScenario(drawn, { horizonYear: 2035, userGrowthPerYear: 0 }).traffic;
    expect(traffic.links.map((l) => [l.linkId, l.saturationYear])).toEqual([
      ['la', 2029],
      ['lb', 2026],
      ['lc', null],
      ['ld', 2026],
    ]);
    expect(traffic.firstToSaturate.map((l) => l.linkId)).toEqual(['lb', 'ld', 'la']);
  });

  it('leaves out a link that saturates only after the horizon', () => {
    const traffic = projectScenario(drawn, { horizonYear: 2028, userGrowthPerYear: 0 }).traffic;
    expect(traffic.firstToSaturate.map((l) => l.linkId)).toEqual(['lb', 'ld']);
  });
});

describe('saturationYear(years, utilisation)', () => {
  it('is the first year at or above 1, else null', () => {
    expect(saturationYear([2025, 2026, 2027], [0.5, 1, 2])).toBe(2026);
    expect(saturationYear([2025, 2026], [0.5, 0.999])).toBeNull();
  });
});
