import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { CATALOGUE } from '../../../../src/engine/catalogue/registry';
import { Parameters } from '../../../../src/engine/parameters';
import { expectClose } from '../../helpers/approx';
import { twoSiteScenario } from '../../fixtures/twoSite';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('evaluateScenario: the assumptions behind a result', () => {
  it('lists each catalogue key the evaluation read, once, and no other', () => {
    const read = vi.spyOn(Parameters.prototype, 'get');
    const result = evaluateScenario(twoSiteScenario());
    const keysRead = new Set(read.mock.calls.map(([key]) => key));
    expect(new Set(result.assumptions.map((a) => a.key))).toEqual(keysRead);
    expect(result.assumptions).toHaveLength(keysRead.size);
  });

  it('gives each its value, unit and source from the catalogue', () => {
    const result = evaluateScenario(twoSiteScenario());
    for (const a of result.assumptions) {
      const entry = CATALOGUE.get(a.key)!;
      expect(a).toMatchObject({ value: entry.figure.value, unit: entry.figure.unit, source: entry.figure.source, overridden: false });
      expect(a.unit).not.toBe('');
      expect(a.source).not.toBe('');
    }
    const keys = result.assumptions.map((a) => a.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'medium.internet.propagationUsPerKm',
        'medium.internet.accessLatencyMs',
        'accelerator.l4.peakTeraOpsPerSecond',
        'compute.inferenceEfficiency',
        'economics.hoursPerMonth',
      ]),
    );
    expect(result.assumptions.find((a) => a.key === 'medium.internet.propagationUsPerKm')).toMatchObject({ value: 4.897, unit: 'µs/km' });
  });

  it('leaves out media and accelerators the scenario does not use', () => {
    const keys = evaluateScenario(twoSiteScenario()).assumptions.map((a) => a.key);
    expect(keys.some((k) => k.startsWith('medium.5g-embb.'))).toBe(false);
    expect(keys.some((k) => k.startsWith('accelerator.h100-sxm.'))).toBe(false);
  });
});

describe('evaluateScenario: assumption overrides', () => {
  it('change the result: a 1 ms internet access latency instead of 6 takes 5 ms off the mean', () => {
    const base = evaluateScenario(twoSiteScenario()).workloads[0].meanMs!;
    const result = evaluateScenario(twoSiteScenario({ assumptionOverrides: { 'medium.internet.accessLatencyMs': 1 } }));
    expectClose(result.workloads[0].meanMs!, base - 5, 1e-9);
    expect(result.assumptions.find((a) => a.key === 'medium.internet.accessLatencyMs')).toMatchObject({
      value: 1,
      defaultValue: 6,
      overridden: true,
    });
  });

  it('change the result: doubling the achieved share of peak halves compute time', () => {
    const result = evaluateScenario(twoSiteScenario({ assumptionOverrides: { 'compute.inferenceEfficiency': 0.6 } }));
    expectClose(result.workloads[0].breakdown.computeMs, 5, 1e-9);
  });

  it('change the cost: a cheaper L4 lowers the compute line', () => {
    const base = evaluateScenario(twoSiteScenario()).cost.computeUsdPerMonth;
    const cheaper = evaluateScenario(twoSiteScenario({ assumptionOverrides: { 'accelerator.l4.purchaseUsd': 1190 } })).cost
      .computeUsdPerMonth;
    expectClose(base - cheaper, (2150 - 1190) / 48, 1e-9);
  });

  it('warn about a key that matches no assumption rather than ignoring it silently', () => {
    const result = evaluateScenario(twoSiteScenario({ assumptionOverrides: { 'medium.internet.acessLatencyMs': 1 } }));
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ kind: 'assumption', message: expect.stringContaining('acessLatencyMs') }),
    );
  });
});

describe('evaluateScenario: determinism', () => {
  it('gives the same result for the same scenario', () => {
    expect(evaluateScenario(twoSiteScenario())).toEqual(evaluateScenario(twoSiteScenario()));
  });
});
