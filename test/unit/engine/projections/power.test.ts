import { describe, expect, it } from 'vitest';
import { projectScenario, type TierPowerYear } from '../../../../src/engine/projections';
import { strategyScenarios } from '../../../../src/engine/whatif/strategies';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';
import { twoSiteScenario } from '../../fixtures/twoSite';

/** L4 (catalogue): 121 TFLOP/s × 0.3 achieved = 36,300 GFLOP/s; 16 W idle, 72 W at full load. */
const L4_GFLOPS = 36_300;
const l4Kw = (count: number, utilisation: number, pue: number) => (count * (16 + utilisation * (72 - 16)) * pue) / 1000;
/** Phone NPU: 22.5 TOP/s × 0.3 = 6,750 GFLOP/s; only what inference adds counts, 0.5 → 5 W. */
const PHONE_GFLOPS = 6_750;
const phoneKw = (devices: number, utilisation: number) => (devices * utilisation * (5 - 0.5)) / 1000;

/**
 * 100 phones, 1 request/s each, through a MEC (2 × L4, PUE 1.5) to a cloud
 * region (4 × L4, PUE 1.2): 67.5 GFLOP on the phone, then 181.5 at the MEC
 * and 181.5 in the cloud. As drawn, in the base year:
 *
 *   devices  per-device utilisation 1 × 67.5/6,750 = 0.01: 100 × 0.01 × 4.5 W      = 0.0045 kW
 *   MEC      100/s × 181.5/36,300 = 0.5 erlang over 2: ρ = 0.25, 2 × 30 W × 1.5   = 0.09 kW
 *   cloud    0.5 erlang over 4: ρ = 0.125, 4 × 23 W × 1.2                         = 0.1104 kW
 */
function threeTier(assumptionOverrides: Record<string, number> = {}) {
  return scenario({
    sites: [
      site('phones', 'device', { deviceCount: 100, compute: { acceleratorId: 'phone-npu', count: 1 } }),
      site('mec', 'nearEdge', { compute: { acceleratorId: 'l4', count: 2 }, pue: 1.5 }),
      site('region', 'cloud', { compute: { acceleratorId: 'l4', count: 4 }, pue: 1.2 }),
    ],
    links: [
      link('ran', 'phones', 'mec', '5g-embb', 1000, { lengthKm: 1 }),
      link('metro', 'mec', 'region', 'metro-fibre', 10_000, { lengthKm: 50 }),
    ],
    workloads: [
      workload(
        'vision',
        'phones',
        [
          stage('detect', 'phones', { gflopsPerRequest: 67.5, outputKB: 10 }),
          stage('track', 'mec', { gflopsPerRequest: 181.5, outputKB: 1 }),
          stage('aggregate', 'region', { gflopsPerRequest: 181.5 }),
        ],
        { inputKB: 10 },
      ),
    ],
    assumptionOverrides,
  });
}

const GROWTH_10_10 = { 'growth.deviceCountPerYear': 0.1, 'growth.dataPerDevicePerYear': 0.1 };

function expectPower(actual: TierPowerYear, expected: { deviceKw: number; edgeKw: number; cloudKw: number }) {
  expectClose(actual.deviceKw, expected.deviceKw, 1e-9);
  expectClose(actual.edgeKw, expected.edgeKw, 1e-9);
  expectClose(actual.cloudKw, expected.cloudKw, 1e-9);
  expectClose(actual.totalKw, expected.deviceKw + expected.edgeKw + expected.cloudKw, 1e-9);
}

describe('projectScenario(scenario, options).power.current', () => {
  it('gives the hand-computed kW by tier group in the base year', () => {
    const power = projectScenario(threeTier(), { horizonYear: 2025, userGrowthPerYear: 0.18 }).power;
    expect(power.current).toHaveLength(1);
    expectPower(power.current[0], {
      deviceKw: phoneKw(100, 67.5 / PHONE_GFLOPS),
      edgeKw: l4Kw(2, 0.25, 1.5),
      cloudKw: l4Kw(4, 0.125, 1.2),
    });
    expect(power.current[0].deviceKw).toBeCloseTo(0.0045, 12);
    expect(power.current[0].edgeKw).toBeCloseTo(0.09, 12);
    expect(power.current[0].cloudKw).toBeCloseTo(0.1104, 12);
  });

  it('compounds both growths a year on: 110 devices at 1.1 requests/s, so ρ × 1.21 at the MEC and in the cloud', () => {
    const power = projectScenario(threeTier(GROWTH_10_10), { horizonYear: 2026, userGrowthPerYear: 0.18 }).power;
    // Devices: 110 × (1.1 × 0.01) × 4.5 W = 5.445 W. MEC: ρ = 0.3025, 2 × (16 + 0.3025 × 56) × 1.5 = 98.82 W. Cloud: ρ = 0.15125: 117.456 W.
    expectPower(power.current[1], { deviceKw: 0.005445, edgeKw: 0.09882, cloudKw: 0.117456 });
  });

  it('grows every tier year on year when growth is positive', () => {
    const current = projectScenario(threeTier(GROWTH_10_10), { horizonYear: 2030, userGrowthPerYear: 0.18 }).power.current;
    expect(current.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    for (let i = 1; i < current.length; i++) {
      for (const key of ['deviceKw', 'edgeKw', 'cloudKw', 'totalKw', 'networkKw'] as const) {
        expect(current[i][key], `${key} ${current[i].year}`).toBeGreaterThan(current[i - 1][key]);
      }
    }
  });

  it('is flat when both growth rates are overridden to 0', () => {
    const flat = { 'growth.deviceCountPerYear': 0, 'growth.dataPerDevicePerYear': 0 };
    const current = projectScenario(threeTier(flat), { horizonYear: 2035, userGrowthPerYear: 0.18 }).power.current;
    expect(current).toHaveLength(11);
    for (const year of current) expect({ ...year, year: 0 }).toEqual({ ...current[0], year: 0 });
  });

  it('replaces any growth year the scenario is drawn at: each year is that year, not the slider’s', () => {
    const drawn = { ...threeTier(GROWTH_10_10), drivers: { growthYear: 2030 } };
    const current = projectScenario(drawn, { horizonYear: 2026, userGrowthPerYear: 0.18 }).power.current;
    expectClose(current[0].edgeKw, 0.09, 1e-9);
    expectClose(current[1].edgeKw, 0.09882, 1e-9);
  });
});

describe('projectScenario(scenario, options).power.allInCloud', () => {
  it('follows the all-in-cloud strategy, which moves every stage to the cloud region and leaves the MEC’s accelerators idle', () => {
    const drawn = threeTier(GROWTH_10_10);
    const strategy = strategyScenarios(drawn).find((o) => o.id === 'allCloud')!;
    expect(strategy.scenario!.workloads[0].stages.map((s) => s.siteId)).toEqual(['region', 'region', 'region']);

    const power = projectScenario(drawn, { horizonYear: 2028, userGrowthPerYear: 0.18 }).power;
    const allInCloud = power.allInCloud!;
    expect(allInCloud.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028]);
    allInCloud.forEach((year, n) => {
      // 430.5 GFLOP a request in the cloud: 100 × 1.21ⁿ requests/s ÷ 36,300 GFLOP/s over 4 L4s.
      const rho = (100 * Math.pow(1.21, n) * 430.5) / L4_GFLOPS / 4;
      // The edge: the MEC's two L4s still on, idle: 2 × 16 W × PUE 1.5 = 0.048 kW, whatever the year.
      expectPower(year, { deviceKw: 0, edgeKw: 0.048, cloudKw: l4Kw(4, rho, 1.2) });
    });
    expect(power.allInCloudNote).toContain('Every stage moves to "region", the nearest cloud region.');
    expect(power.allInCloudNote).toContain('Edge sites keep their accelerators, which still draw 0.048 kW in 2025');
  });

  it('has zero edge kW when the edge has no accelerator to leave switched on', () => {
    const drawn = threeTier();
    const bare = {
      ...drawn,
      sites: drawn.sites.map((s) => (s.id === 'mec' ? { ...s, compute: { acceleratorId: 'none' as const, count: 0 } } : s)),
    };
    const noEdgeWork = {
      ...bare,
      workloads: bare.workloads.map((w) => ({ ...w, stages: w.stages.map((s) => (s.id === 'track' ? { ...s, gflopsPerRequest: 0 } : s)) })),
    };
    const power = projectScenario(noEdgeWork, { horizonYear: 2026, userGrowthPerYear: 0.18 }).power;
    expect(power.allInCloud!.every((p) => p.edgeKw === 0 && p.deviceKw === 0)).toBe(true);
    expect(power.allInCloudNote).not.toContain('Edge sites keep');
  });

  it('is null, with the strategy’s reason, when no cloud region or regional DC has an accelerator', () => {
    const drawn = twoSiteScenario();
    const edgeOnly = { ...drawn, sites: drawn.sites.map((s) => (s.id === 'dc' ? { ...s, tier: 'nearEdge' as const } : s)) };
    const projections = projectScenario(edgeOnly, { horizonYear: 2027, userGrowthPerYear: 0.18 });
    expect(projections.power.allInCloud).toBeNull();
    expect(projections.backhaul.allInCloud).toBeNull();
    expect(projections.power.allInCloudNote).toBe(
      'All in cloud cannot be built: no cloud region or regional data centre with an accelerator.',
    );
    expect(projections.power.current).toHaveLength(3);
  });

  it('says which workloads the strategy left where they were', () => {
    const drawn = threeTier();
    const stranded = scenario({
      ...drawn,
      sites: [
        ...drawn.sites,
        site('island', 'device', { deviceCount: 5 }),
        site('island-mec', 'nearEdge', { compute: { acceleratorId: 'l4', count: 1 } }),
      ],
      links: [...drawn.links, link('island-ran', 'island', 'island-mec', '5g-embb', 100, { lengthKm: 1 })],
      workloads: [...drawn.workloads, workload('local', 'island', [stage('infer', 'island-mec', { gflopsPerRequest: 10 })])],
    });
    const note = projectScenario(stranded, { horizonYear: 2025, userGrowthPerYear: 0 }).power.allInCloudNote!;
    expect(note).toContain('One workload stays where it was drawn (no cloud region with an accelerator is reachable from island)');
  });
});
