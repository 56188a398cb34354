import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { resilienceSweep } from '../../../../src/engine/evaluate/resilience';
import { headlineMetrics } from '../../../../src/engine/whatif/metrics';
import { expectClose } from '../../helpers/approx';
import { loadPreset } from '../../helpers/presets';
import { twoSiteScenario } from '../../fixtures/twoSite';

describe('headlineMetrics(scenario, result, resilience)', () => {
  it('reads the two-site fixture: one workload at p95 within 100 ms, cost and energy as the result totals them', () => {
    const s = twoSiteScenario();
    const result = evaluateScenario(s);
    const m = headlineMetrics(s, result);
    expect(m.worstP95Ms).toBe(result.workloads[0].p95Ms);
    expect(m.objectivePassRate).toBe(1);
    expect(m.workloadsWithoutResult).toBe(0);
    expect(m.costUsdPerMonth).toBe(result.cost.totalUsdPerMonth);
    expect(m.energyKwhPerMonth).toBe(result.energy.totalKwhPerMonth);
    expect(m.resilientShare).toBeNull();
  });

  it('counts backhaul as the traffic on wired links only: the internet link carries 10 Mbit/s, 3,285 GB in 730 h', () => {
    const s = twoSiteScenario();
    const m = headlineMetrics(s, evaluateScenario(s));
    // 10 Mbit/s × 730 h × 3,600 s ÷ 8 ÷ 1,000 = 3,285 GB.
    expectClose(m.backhaulGbPerMonth, 3285, 1e-9);
    const radio = { ...s, links: s.links.map((l) => ({ ...l, medium: '5g-embb' as const })) };
    expect(headlineMetrics(radio, evaluateScenario(radio)).backhaulGbPerMonth).toBe(0);
  });

  it('counts a saturated workload as without a result, and leaves it out of the worst p95', () => {
    const s = twoSiteScenario({ capacityMbps: 5 });
    const m = headlineMetrics(s, evaluateScenario(s));
    expect(m.workloadsWithoutResult).toBe(1);
    expect(m.worstP95Ms).toBeNull();
    expect(m.objectivePassRate).toBe(0);
  });

  it('takes the N−1 share from the report: smart-city has no workload that survives every single failure', () => {
    const city = loadPreset('smart-city.json');
    const m = headlineMetrics(city, evaluateScenario(city), resilienceSweep(city));
    expect(m.resilientShare).toBe(0);
    expect(m.sovereigntyViolations).toBe(0);
  });
});
