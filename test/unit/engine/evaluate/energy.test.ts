import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';
import { linkResultAt, siteResultAt } from '../../../../src/engine/resultColumns';

/*
 * A thousand phones (one idle NPU each, 0.5 W) send 0.1 requests a second of
 * 125 kB over 5G eMBB to a regional data centre with two L4s (PUE 1.5), which
 * spends 363 GFLOP on each: 10 ms at 121 TFLOP/s × 0.3. A cloud region with
 * one idle H100 (PUE 1.1) hangs off a long-haul link nobody uses.
 *
 * Facility power = units × (idle + ρ(max − idle)) × PUE; energy = power × 730 h.
 * A device is on anyway, so only what inference adds counts: units × ρ(max − idle).
 *   phones      1,000 × 0 (no stage runs on them)                   = 0 kW
 *   data centre ρ = 100/s × 10 ms ÷ 2 = 0.5: 2 × (16 + 0.5 × 56) W × 1.5 = 0.132 kW
 *   cloud       1 × 70 W × 1.1                                     = 0.077 kW
 * Network: 100 Mbit/s on eMBB = 32,850 GB/month × 0.14 kWh/GB.
 */
const HOURS = 730;
const doc = scenario({
  sites: [
    site('phones', 'device', { deviceCount: 1000, compute: { acceleratorId: 'phone-npu', count: 1 } }),
    site('dc', 'regionalDc', { compute: { acceleratorId: 'l4', count: 2 }, pue: 1.5 }),
    site('cloud', 'cloud', { compute: { acceleratorId: 'h100-sxm', count: 1 }, pue: 1.1 }),
  ],
  links: [
    link('cell', 'phones', 'dc', '5g-embb', 500, { lengthKm: 1 }),
    link('backbone', 'dc', 'cloud', 'long-haul-fibre', 100_000, { lengthKm: 500 }),
  ],
  workloads: [
    workload('classify', 'phones', [stage('model', 'dc', { gflopsPerRequest: 363 })], { requestsPerSecondPerDevice: 0.1, inputKB: 125 }),
  ],
});
const result = evaluateScenario(doc);
const { kwhPerMonth, averageKw } = result.energy;

const phonesKw = 0;
const dcKw = (2 * (16 + 0.5 * (72 - 16)) * 1.5) / 1000;
const cloudKw = (1 * 70 * 1.1) / 1000;
const cellGb = (100e6 * HOURS * 3600) / 8 / 1e9;

describe('evaluateScenario: energy by tier', () => {
  it('loads the data centre to ρ = 0.5 (100 requests/s × 10 ms on two L4s)', () => {
    expectClose(siteResultAt(result.sites, 1).utilisation, 0.5, 1e-12);
  });

  it('gives each site facility power = units × (idle + ρ(max − idle)) × PUE, and a device only what inference adds', () => {
    expect(siteResultAt(result.sites, 0).facilityPowerKw).toBe(phonesKw);
    expectClose(siteResultAt(result.sites, 1).itPowerKw, dcKw / 1.5, 1e-12);
    expectClose(siteResultAt(result.sites, 1).facilityPowerKw, dcKw, 1e-12);
    expectClose(siteResultAt(result.sites, 2).facilityPowerKw, cloudKw, 1e-12);
  });

  it('counts facility energy × 730 h in the bucket of each tier: 0, 96.36 and 56.21 kWh', () => {
    expect(kwhPerMonth.device).toBe(0);
    expectClose(kwhPerMonth.regionalDc, dcKw * HOURS, 1e-12);
    expectClose(kwhPerMonth.cloud, cloudKw * HOURS, 1e-12);
    expectClose(kwhPerMonth.regionalDc, 96.36, 1e-9);
    expect(kwhPerMonth.farEdge).toBe(0);
    expect(kwhPerMonth.nearEdge).toBe(0);
  });

  it("counts network energy as GB/month × the medium's kWh/GB: 32,850 GB × 0.14 on the cell, nothing on the idle backbone", () => {
    expectClose(linkResultAt(result.links, 0).energyKwhPerMonth, cellGb * 0.14, 1e-12);
    expect(linkResultAt(result.links, 1).energyKwhPerMonth).toBe(0);
    expectClose(kwhPerMonth.network, cellGb * 0.14, 1e-12);
  });

  it('adds the buckets up to the total, and gives average power as energy ÷ 730 h', () => {
    const buckets = Object.values(kwhPerMonth).reduce((t, x) => t + x, 0);
    expectClose(result.energy.totalKwhPerMonth, buckets, 1e-12);
    expectClose(result.energy.totalKwhPerMonth, (phonesKw + dcKw + cloudKw) * HOURS + cellGb * 0.14, 1e-12);
    expectClose(result.energy.totalAverageKw, result.energy.totalKwhPerMonth / HOURS, 1e-12);
    for (const bucket of Object.keys(kwhPerMonth) as (keyof typeof kwhPerMonth)[]) {
      expectClose(averageKw[bucket], kwhPerMonth[bucket] / HOURS, 1e-12);
    }
  });

  it('charges an idle accelerator its idle power, and a busier one more', () => {
    const busier = evaluateScenario(
      scenario({ ...doc, workloads: doc.workloads.map((w) => ({ ...w, requestsPerSecondPerDevice: 0.18 })) }),
    );
    // ρ = 0.9: 2 × (16 + 0.9 × 56) W × 1.5.
    expectClose(busier.energy.kwhPerMonth.regionalDc, ((2 * (16 + 0.9 * 56) * 1.5) / 1000) * HOURS, 1e-12);
    expectClose(busier.energy.kwhPerMonth.cloud, kwhPerMonth.cloud, 1e-12);
  });
});

describe('evaluateScenario: energy of a device that runs a stage', () => {
  it('counts only the power the inference adds to each device: units × ρ × (max − idle)', () => {
    // Each phone NPU (22.5 TOP/s × 0.3) spends 6.75 GFLOP per request: 1 ms; at 100 requests/s ρ = 0.1.
    const onDevice = scenario({
      sites: [site('phones', 'device', { deviceCount: 1000, compute: { acceleratorId: 'phone-npu', count: 1 } })],
      links: [],
      workloads: [workload('w', 'phones', [stage('s', 'phones', { gflopsPerRequest: 6.75 })], { requestsPerSecondPerDevice: 100 })],
    });
    const phones = siteResultAt(evaluateScenario(onDevice).sites, 0);
    expectClose(phones.utilisation, 0.1, 1e-9);
    expectClose(phones.itPowerKw, (1000 * 0.1 * (5 - 0.5)) / 1000, 1e-9);
  });
});
