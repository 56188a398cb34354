import { describe, expect, it } from 'vitest';
import { evaluateScenario, type Scenario } from '../../../src/engine';
import { isResultOf, summariseResult } from '../../../src/ui/embed/summary';
import { loadPreset } from '../helpers/presets';

const city = loadPreset('smart-city.json');
const cityResult = evaluateScenario(city);

describe('summariseResult(scenario, result)', () => {
  const summary = summariseResult(city, cityResult);

  it('carries the headline figures of the result', () => {
    expect(summary.scenarioName).toBe('Smart-city intersection safety');
    expect(summary.costUsdPerMonth).toBe(cityResult.cost.totalUsdPerMonth);
    expect(summary.egressUsdPerMonth).toBe(cityResult.cost.egressUsdPerMonth);
    expect(summary.energyKwhPerMonth).toBe(cityResult.energy.totalKwhPerMonth);
    expect(summary.averagePowerKw).toBe(cityResult.energy.totalAverageKw);
    expect(summary.worstP95Ms).toBe(Math.max(...cityResult.workloads.map((w) => w.p95Ms ?? -Infinity)));
    expect(summary.worstP99Ms).toBe(Math.max(...cityResult.workloads.map((w) => w.p99Ms ?? -Infinity)));
    expect(summary.workloadCount).toBe(3);
    expect(summary.objectivesMet).toBe(cityResult.workloads.filter((w) => w.meetsObjective).length);
    expect(summary.warningCount).toBe(cityResult.warnings.length);
    expect(summary.sovereigntyViolations).toBe(cityResult.sovereignty.length);
  });

  it('lists every workload with its percentiles, objective, verdict and cost', () => {
    expect(summary.workloads.map((w) => [w.id, w.name])).toEqual([
      ['alerts', 'Collision-risk alerts'],
      ['counts', 'City traffic analytics'],
      ['clips', 'Incident clips to the cloud'],
    ]);
    const alerts = cityResult.workloads[0];
    expect(summary.workloads[0]).toEqual({
      id: 'alerts',
      name: 'Collision-risk alerts',
      status: alerts.status,
      p50Ms: alerts.p50Ms,
      p95Ms: alerts.p95Ms,
      p99Ms: alerts.p99Ms,
      objectiveP95Ms: alerts.objectiveP95Ms,
      meetsObjective: alerts.meetsObjective,
      costUsdPerMonth: alerts.costUsdPerMonth,
    });
  });

  it('survives structured clone and JSON unchanged: plain data, no typed arrays, no NaN or ∞', () => {
    expect(structuredClone(summary)).toEqual(summary);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('gives a workload without a latency null percentiles, and the worst p95 of the others', () => {
    // The alerts workload's source sends far more than its radio link carries: saturated, no latency.
    const jammed: Scenario = { ...city, links: city.links.map((l) => (l.id === 'ran-bcn' ? { ...l, capacityMbps: 0.001 } : l)) };
    const result = evaluateScenario(jammed);
    const jammedSummary = summariseResult(jammed, result);
    const without = jammedSummary.workloads.filter((w) => w.status !== 'ok');
    expect(without.length).toBeGreaterThan(0);
    for (const w of without) expect([w.p50Ms, w.p95Ms, w.p99Ms]).toEqual([null, null, null]);
    const withLatency = result.workloads.filter((w) => w.p95Ms !== null).map((w) => w.p95Ms!);
    expect(jammedSummary.worstP95Ms).toBe(withLatency.length === 0 ? null : Math.max(...withLatency));
    expect(JSON.parse(JSON.stringify(jammedSummary))).toEqual(jammedSummary);
  });
});

describe('isResultOf(result, scenario)', () => {
  it('holds for the scenario the result was evaluated from, with any figures changed', () => {
    expect(isResultOf(cityResult, city)).toBe(true);
    const busier = {
      ...city,
      workloads: city.workloads.map((w) => ({ ...w, requestsPerSecondPerDevice: w.requestsPerSecondPerDevice * 2 })),
    };
    expect(isResultOf(cityResult, busier)).toBe(true);
  });

  it('fails for another preset, a renamed scenario or workload, and added or reordered elements', () => {
    expect(isResultOf(cityResult, loadPreset('hospital-imaging.json'))).toBe(false);
    expect(isResultOf(cityResult, { ...city, name: 'Another' })).toBe(false);
    expect(isResultOf(cityResult, { ...city, workloads: city.workloads.map((w, i) => (i === 1 ? { ...w, name: 'Renamed' } : w)) })).toBe(
      false,
    );
    expect(isResultOf(cityResult, { ...city, workloads: [...city.workloads].reverse() })).toBe(false);
    expect(isResultOf(cityResult, { ...city, links: city.links.slice(1) })).toBe(false);
    expect(isResultOf(cityResult, { ...city, sites: [...city.sites].reverse() })).toBe(false);
  });
});
