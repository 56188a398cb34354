import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, validateScenario, type Drivers, type Scenario } from '../../../../src/engine';
import { applyDrivers, parametersOf } from '../../../../src/engine/evaluate/drivers';
import { linkResultAt } from '../../../../src/engine/resultColumns';
import { expectClose } from '../../helpers/approx';
import { loadPreset } from '../../helpers/presets';
import { twoSiteScenario } from '../../fixtures/twoSite';

// The two-site fixture: 10 phones × 1 request/s × 1 Mbit on a 50 Mbit/s internet link to one L4.
const drive = (s: Scenario, drivers: Drivers): Scenario => ({ ...s, drivers });
const base = twoSiteScenario();
const baseResult = evaluateScenario(base);

describe('evaluateScenario with what-if drivers', () => {
  it('doubles the device count: twice the load on the link, 20 Mbit/s', () => {
    const result = evaluateScenario(drive(base, { deviceCountFactor: 2 }));
    expectClose(linkResultAt(result.links, 0).forwardMbps, 20, 1e-12);
    expectClose(linkResultAt(baseResult.links, 0).forwardMbps, 10, 1e-12);
  });

  it('scales request rate and model size: 1.5 × the rate and 2 × the GFLOP double the compute time (20 ms)', () => {
    const result = evaluateScenario(drive(base, { requestRateFactor: 1.5, modelSizeFactor: 2 }));
    expectClose(linkResultAt(result.links, 0).forwardMbps, 15, 1e-12);
    expectClose(result.workloads[0].breakdown.computeMs, 20, 1e-12);
  });

  it('scales link capacity: twice the capacity halves the utilisation, 0.1', () => {
    const result = evaluateScenario(drive(base, { linkCapacityFactor: 2 }));
    expectClose(linkResultAt(result.links, 0).utilisation, 0.1, 1e-12);
  });

  it('compounds 19 %/yr per-device growth from 2025: 2027 carries 1.19² = 1.4161 × the traffic', () => {
    const result = evaluateScenario(drive(base, { growthYear: 2027 }));
    expectClose(linkResultAt(result.links, 0).forwardMbps, 10 * 1.19 * 1.19, 1e-12);
    const keys = result.assumptions.map((a) => a.key);
    expect(keys).toContain('growth.dataPerDevicePerYear');
    expect(keys).toContain('growth.deviceCountPerYear');
  });

  it('compounds a device-count growth the user sets: 10 %/yr for 3 years is × 1.331 devices', () => {
    const s = {
      ...drive(base, { growthYear: 2028 }),
      assumptionOverrides: { 'growth.deviceCountPerYear': 0.1, 'growth.dataPerDevicePerYear': 0 },
    };
    expectClose(linkResultAt(evaluateScenario(s).links, 0).forwardMbps, 10 * 1.331, 1e-12);
  });

  it('scales egress prices and lists the scaled value with its driver factor', () => {
    const genai = loadPreset('genai-assistant.json');
    const before = evaluateScenario(genai);
    const after = evaluateScenario(drive(genai, { egressPriceFactor: 0.5 }));
    expect(before.cost.egressUsdPerMonth).toBeGreaterThan(0);
    expectClose(after.cost.egressUsdPerMonth, before.cost.egressUsdPerMonth / 2, 1e-9);
    const band = after.assumptions.find((a) => a.key.startsWith('egress.') && a.value > 0)!;
    expect(band.driverFactor).toBe(0.5);
    expectClose(band.value, before.assumptions.find((a) => a.key === band.key)!.value / 2, 1e-12);
  });

  it('switches the URLLC slice off: the slice workload gets its without-slice p99, pays no premium, and is not warned about', () => {
    const city = loadPreset('smart-city.json');
    const withSlice = evaluateScenario(city);
    const alerts = withSlice.workloads.find((w) => w.urllcSlice)!;
    const off = evaluateScenario(drive(city, { slicesEnabled: false }));
    const alertsOff = off.workloads.find((w) => w.id === alerts.id)!;
    expectClose(alertsOff.p99Ms!, alerts.withoutSlice!.p99Ms, 1e-9);
    expect(off.cost.sliceUsdPerMonth).toBe(0);
    expect(off.warnings.filter((w) => w.message.includes('URLLC slice'))).toEqual([]);
    expect(off.whatIfs.withoutSlices).toBeNull();
  });

  it('switches on-demand bursts off: no burst cost, and the result equals the without-bursts what-if total', () => {
    const s: Scenario = {
      ...twoSiteScenario({ capacityMbps: 11 }),
      links: [{ ...twoSiteScenario().links[0], capacityMbps: 11, burstCapacityMbps: 10, burstThreshold: 0.5 }],
    };
    const on = evaluateScenario(s);
    expect(on.cost.burstUsdPerMonth).toBeGreaterThan(0);
    const off = evaluateScenario(drive(s, { burstsEnabled: false }));
    expect(off.cost.burstUsdPerMonth).toBe(0);
    expectClose(off.cost.totalUsdPerMonth, on.whatIfs.withoutBursts!.totalUsdPerMonth, 1e-9);
  });
});

describe('applyDrivers(scenario, params)', () => {
  const arbitraryDrivers = fc.record(
    {
      deviceCountFactor: fc.double({ min: 0.01, max: 100, noNaN: true }),
      requestRateFactor: fc.double({ min: 0.01, max: 100, noNaN: true }),
      modelSizeFactor: fc.double({ min: 0.01, max: 100, noNaN: true }),
      linkCapacityFactor: fc.double({ min: 0.01, max: 100, noNaN: true }),
      egressPriceFactor: fc.double({ min: 0.01, max: 100, noNaN: true }),
      slicesEnabled: fc.boolean(),
      burstsEnabled: fc.boolean(),
      growthYear: fc.integer({ min: 2000, max: 2100 }),
    },
    { requiredKeys: [] },
  );

  it('is idempotent: a driven scenario drives to itself, keeping every id', () => {
    const city = loadPreset('smart-city.json');
    fc.assert(
      fc.property(arbitraryDrivers, (drivers) => {
        const s = drive(city, drivers);
        const once = applyDrivers(s, parametersOf(s));
        const twice = applyDrivers(once, parametersOf(once));
        expect(twice).toEqual(once);
        expect(once.sites.map((x) => x.id)).toEqual(city.sites.map((x) => x.id));
        expect(once.drivers).toEqual(drivers.egressPriceFactor === undefined ? {} : { egressPriceFactor: drivers.egressPriceFactor });
      }),
      { numRuns: 200 },
    );
  });

  it('accepts every driver set in range, and names the field of one out of range', () => {
    fc.assert(
      fc.property(arbitraryDrivers, (drivers) => {
        expect(validateScenario(drive(base, drivers)).ok).toBe(true);
      }),
    );
    const bad = validateScenario(drive(base, { deviceCountFactor: 0 }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0].path).toBe('drivers.deviceCountFactor');
    const year = validateScenario(drive(base, { growthYear: 2030.5 }));
    expect(!year.ok && year.errors[0].message).toBe('must be a whole year');
  });
});
