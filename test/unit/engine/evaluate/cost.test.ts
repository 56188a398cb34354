import { describe, expect, it } from 'vitest';
import { evaluateScenario, type EvaluationResult, type Scenario } from '../../../../src/engine';
import { EGRESS_TARIFFS } from '../../../../src/engine/catalogue/economics';
import { tieredEgressUsd } from '../../../../src/engine/evaluate/cost';
import { expectClose } from '../../helpers/approx';
import { presetFiles, loadPreset } from '../../helpers/presets';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';
import { twoSiteScenario } from '../../fixtures/twoSite';
import { linkResultAt } from '../../../../src/engine/resultColumns';

const AWS = EGRESS_TARIFFS.aws.bands;

describe('tieredEgressUsd(volumeGb, bands) with the AWS internet egress bands', () => {
  it('charges nothing for the first 100 GB', () => {
    expect(tieredEgressUsd(100, AWS)).toBe(0);
    expect(tieredEgressUsd(0, AWS)).toBe(0);
  });

  it('charges $90 for 1,100 GB: 1,000 GB above the free 100 at $0.09', () => {
    expectClose(tieredEgressUsd(1100, AWS), 90, 1e-12);
  });

  it('charges $1,742.20 for 20,000 GB: 10,140 GB at $0.09 + 9,760 GB at $0.085', () => {
    expectClose(tieredEgressUsd(20_000, AWS), 10_140 * 0.09 + 9_760 * 0.085, 1e-12);
    expectClose(tieredEgressUsd(20_000, AWS), 1742.2, 1e-9);
  });

  it('reaches the open-ended last band above 150 TB (153,600 GB)', () => {
    const to150Tb = 10_140 * 0.09 + 40_960 * 0.085 + 102_400 * 0.07;
    expectClose(tieredEgressUsd(200_000, AWS), to150Tb + 46_400 * 0.05, 1e-12);
  });
});

/** Cloud → device traffic: `devices` each get one 125 kB (1 Mbit) answer a second. */
function cloudToDevices(devices: number, patch: Partial<Scenario['sites'][number]> = {}): Scenario {
  return scenario({
    sites: [
      site('phones', 'device', { deviceCount: devices }),
      site('cloud', 'cloud', { compute: { acceleratorId: 'h100-sxm', count: 1 }, pue: 1.1, ...patch }),
    ],
    links: [link('net', 'phones', 'cloud', 'internet', 1000, { lengthKm: 100 })],
    workloads: [
      workload('chat', 'phones', [stage('answer', 'cloud', { gflopsPerRequest: 1, outputKB: 125 })], { inputKB: 1, returnsToDevice: true }),
    ],
  });
}

describe('evaluateScenario: egress of a cloud region to the internet', () => {
  // 100 devices × 1 Mbit/s = 100 Mbit/s out; GB/month = Mbps × 1e6 × 730 × 3600 / 8 / 1e9.
  const volumeGb = (100 * 1e6 * 730 * 3600) / 8 / 1e9;
  const result = evaluateScenario(cloudToDevices(100));
  const egress = result.cost.lines.filter((l) => l.category === 'egress');

  it('measures 32,850 GB a month for 100 Mbit/s', () => {
    expectClose(volumeGb, 32_850, 1e-12);
    expectClose(result.cost.egressGbPerMonth, volumeGb, 1e-12);
  });

  it('prices that volume on the AWS bands: 10,140 GB at $0.09 + 22,610 GB at $0.085', () => {
    expect(egress).toHaveLength(1);
    expect(egress[0].elementIds).toEqual(['cloud']);
    expectClose(egress[0].usdPerMonth, 10_140 * 0.09 + 22_610 * 0.085, 1e-9);
    expectClose(result.cost.egressUsdPerMonth, 2834.45, 1e-9);
  });

  it('does not count traffic into the cloud as egress', () => {
    // The 1 kB requests are 0.8 Mbit/s inbound; only the answers leave the region.
    expectClose(linkResultAt(result.links, 0).forwardMbps, 0.8, 1e-12);
    expectClose(linkResultAt(result.links, 0).reverseMbps, 100, 1e-12);
  });

  it("uses the region's own tariff: Azure is $0.087/GB after 100 GB free", () => {
    const azure = evaluateScenario(cloudToDevices(100, { egressTariff: 'azure' }));
    expectClose(azure.cost.egressUsdPerMonth, (32_850 - 100) * 0.087, 1e-9);
  });

  it('reads band prices through assumption overrides', () => {
    const doc = { ...cloudToDevices(100), assumptionOverrides: { 'egress.aws.band2.usdPerGb': 0.05 } };
    expectClose(evaluateScenario(doc).cost.egressUsdPerMonth, 10_140 * 0.05 + 22_610 * 0.085, 1e-9);
  });
});

describe('evaluateScenario: transfer between cloud regions', () => {
  it('charges the inter-region rate ($0.02/GB) instead of internet egress', () => {
    const doc = scenario({
      sites: [
        site('phones', 'device', { deviceCount: 100 }),
        site('a', 'cloud', { compute: { acceleratorId: 'h100-sxm', count: 1 } }),
        site('b', 'cloud', { compute: { acceleratorId: 'h100-sxm', count: 1 } }),
      ],
      links: [
        link('net', 'phones', 'a', 'internet', 1000, { lengthKm: 10 }),
        link('backbone', 'a', 'b', 'long-haul-fibre', 10_000, { lengthKm: 10 }),
      ],
      // a passes 125 kB per request on to b: 100 Mbit/s a → b; nothing returns.
      workloads: [
        workload('w', 'phones', [
          stage('first', 'a', { gflopsPerRequest: 1, outputKB: 125 }),
          stage('second', 'b', { gflopsPerRequest: 1 }),
        ]),
      ],
    });
    const lines = evaluateScenario(doc).cost.lines.filter((l) => l.category === 'egress');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ elementIds: ['a'], label: expect.stringContaining('inter-region') });
    expectClose(lines[0].usdPerMonth, 32_850 * 0.02, 1e-9);
  });
});

describe('evaluateScenario: compute and transport lines', () => {
  it('prices owned hardware as purchase ÷ 48 months plus facility energy', () => {
    // One L4: $2,150 / 48; power 16 W idle + 0.1 × (72 − 16) W at ρ = 0.1, × PUE 1.56, × 730 h × $0.13/kWh.
    const line = evaluateScenario(twoSiteScenario()).cost.lines.find((l) => l.category === 'compute')!;
    const energyUsd = ((16 + 0.1 * 56) / 1000) * 1.56 * 730 * 0.13;
    expectClose(line.usdPerMonth, 2150 / 48 + energyUsd, 1e-9);
  });

  it('prices cloud on-demand hardware per accelerator-hour: H100 $12.29 × 730 h', () => {
    const line = evaluateScenario(cloudToDevices(1)).cost.lines.find((l) => l.category === 'compute')!;
    expectClose(line.usdPerMonth, 12.29 * 730, 1e-9);
  });

  it('states the prices in a formula as they were used, not rounded to whole dollars', () => {
    const lines = evaluateScenario(cloudToDevices(1)).cost.lines;
    expect(lines.find((l) => l.category === 'compute')!.formula).toBe('1 × $12.29/h × 730 h');
    const a100 = { compute: { acceleratorId: 'a100' as const, count: 8 } };
    expect(evaluateScenario(cloudToDevices(1, a100)).cost.lines.find((l) => l.category === 'compute')!.formula).toBe(
      '8 × $4.096/h × 730 h',
    );
  });

  it('charges a link its recurring fee plus its per-GB rate on both directions', () => {
    // Internet access port: $500/month, flat rate.
    const line = evaluateScenario(twoSiteScenario()).cost.lines.find((l) => l.category === 'transport')!;
    expect(line.elementIds).toEqual(['uplink']);
    expectClose(line.usdPerMonth, 500, 1e-12);
  });

  it('lists the accelerators of device groups in one $0 line per model, with every group named', () => {
    const npu = { compute: { acceleratorId: 'phone-npu' as const, count: 1 } };
    const s = scenario({
      sites: [
        site('phones-a', 'device', { ...npu, deviceCount: 1_000 }),
        site('phones-b', 'device', { ...npu, deviceCount: 2_500 }),
        site('cams', 'device', { compute: { acceleratorId: 'jetson-orin-nano-super', count: 1 }, deviceCount: 4 }),
      ],
      links: [],
      workloads: [],
    });
    const lines = evaluateScenario(s).cost.lines.filter((l) => l.category === 'compute');
    expect(lines.map((l) => [l.elementIds, l.label, l.usdPerMonth])).toEqual([
      [['phones-a', 'phones-b'], '2 device groups: 3,500 × Phone NPU', 0],
      [['cams'], 'cams: 4 × NVIDIA Jetson Orin Nano Super', 0],
    ]);
    expect(lines.every((l) => l.formula === 'Excluded: hardware owned by the device users')).toBe(true);
  });

  it('prices links on one tariff in one line, and a link with its own price apart', () => {
    // Three metro fibre links, no traffic: two at the catalogue fee, one at a negotiated $100/month.
    const s = scenario({
      sites: [site('a', 'nearEdge'), site('b', 'nearEdge'), site('c', 'nearEdge'), site('d', 'nearEdge')],
      links: [
        link('ab', 'a', 'b', 'metro-fibre', 10_000, { lengthKm: 10 }),
        link('bc', 'b', 'c', 'metro-fibre', 10_000, { lengthKm: 10 }),
        link('cd', 'c', 'd', 'metro-fibre', 10_000, { lengthKm: 10, costUsdPerMonth: 100 }),
      ],
      workloads: [],
    });
    const result = evaluateScenario(s);
    const lines = result.cost.lines.filter((l) => l.category === 'transport');
    expect(lines.map((l) => l.elementIds)).toEqual([['ab', 'bc'], ['cd']]);
    const fee = linkResultAt(result.links, 0).transportUsdPerMonth;
    expect(fee).toBeGreaterThan(0);
    expectClose(lines[0].usdPerMonth, 2 * fee, 1e-12);
    expect(lines[0].formula).toMatch(/^2 × \$[\d,.]+\/month \+ 0 GB × /);
    expect(lines[0].label).toBe('Metro fibre: 2 links');
    expectClose(lines[1].usdPerMonth, 100, 1e-12);
    expect(linkResultAt(result.links, 2).transportUsdPerMonth).toBe(100);
  });
});

function expectConsistentCost(result: EvaluationResult) {
  const { cost } = result;
  const sum = (category?: string) =>
    cost.lines.filter((l) => category === undefined || l.category === category).reduce((t, l) => t + l.usdPerMonth, 0);
  for (const line of cost.lines) {
    expect(line.usdPerMonth, line.label).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(line.usdPerMonth), line.label).toBe(true);
    expect(line.formula.length, line.label).toBeGreaterThan(0);
  }
  expectClose(cost.computeUsdPerMonth, sum('compute'), 1e-12);
  expectClose(cost.transportUsdPerMonth, sum('transport'), 1e-12);
  expectClose(cost.egressUsdPerMonth, sum('egress'), 1e-12);
  expectClose(cost.sliceUsdPerMonth, sum('slice'), 1e-12);
  expectClose(cost.burstUsdPerMonth, sum('burst'), 1e-12);
  expectClose(cost.totalUsdPerMonth, sum(), 1e-12);
  expectClose(
    cost.totalUsdPerMonth,
    cost.computeUsdPerMonth + cost.transportUsdPerMonth + cost.egressUsdPerMonth + cost.sliceUsdPerMonth + cost.burstUsdPerMonth,
    1e-12,
  );
}

describe('evaluateScenario: cost lines', () => {
  it('add up to the totals and none is negative, for hand-made scenarios', () => {
    expectConsistentCost(evaluateScenario(twoSiteScenario()));
    expectConsistentCost(evaluateScenario(twoSiteScenario({ capacityMbps: 5 })));
    expectConsistentCost(evaluateScenario(cloudToDevices(100)));
  });

  it.each(presetFiles())('add up to the totals and none is negative, for the %s preset', (file) => {
    expectConsistentCost(evaluateScenario(loadPreset(file)));
  });
});
