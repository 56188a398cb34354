import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, validateScenario, type EvaluationResult, type Scenario } from '../../../../src/engine';
import { projectScenario, type Projections } from '../../../../src/engine/projections';
import { asOfYear } from '../../../../src/engine/projections/yearlyEvaluator';
import { headlineMetrics } from '../../../../src/engine/whatif/metrics';
import { strategyScenarios } from '../../../../src/engine/whatif/strategies';
import { arbitraryScenario } from '../../fixtures/arbitraryScenario';
import { expectClose } from '../../helpers/approx';
import { loadPreset, presetFiles } from '../../helpers/presets';

const TOLERANCE = 1e-9;

/** Year i of a projection against a whole evaluateScenario run of the scenario as of that year. */
function expectYearMatches(
  projections: Projections,
  i: number,
  drawn: Scenario,
  result: EvaluationResult,
  variant: 'current' | 'allInCloud',
) {
  const kw = result.energy.averageKw;
  const power = projections.power[variant]![i];
  expectClose(power.deviceKw, kw.device, TOLERANCE);
  expectClose(power.edgeKw, kw.farEdge + kw.nearEdge, TOLERANCE);
  expectClose(power.cloudKw, kw.regionalDc + kw.cloud, TOLERANCE);
  expectClose(power.networkKw, kw.network, TOLERANCE);
  expectClose(power.totalKw + power.networkKw, result.energy.totalAverageKw, TOLERANCE);
  const backhaul = projections.backhaul[variant]![i];
  expectClose(backhaul.backhaulGbPerMonth, headlineMetrics(drawn, result).backhaulGbPerMonth, TOLERANCE);
  expectClose(backhaul.egressUsdPerMonth, result.cost.egressUsdPerMonth, TOLERANCE);
  if (variant !== 'current') return;
  projections.traffic.links.forEach((link, l) => {
    expectClose(link.loadMbps[i], Math.max(result.links.forwardMbps[l], result.links.reverseMbps[l]), TOLERANCE);
    expectClose(link.utilisation[i], result.links.utilisation[l], TOLERANCE);
  });
}

/** Every year of both variants of `drawn` against evaluateScenario. */
function expectProjectionMatchesEvaluation(drawn: Scenario, horizonYear: number) {
  const projections = projectScenario(drawn, { horizonYear, userGrowthPerYear: 0.18 });
  const cloud = strategyScenarios(drawn).find((o) => o.id === 'allCloud')!.scenario;
  expect(projections.power.allInCloud === null).toBe(cloud === null);
  projections.traffic.years.forEach((year, i) => {
    expectYearMatches(projections, i, drawn, evaluateScenario(asOfYear(drawn, year), { whatIfs: false }), 'current');
    if (cloud !== null) expectYearMatches(projections, i, cloud, evaluateScenario(asOfYear(cloud, year), { whatIfs: false }), 'allInCloud');
  });
}

describe('projectScenario agrees with evaluateScenario year by year', () => {
  it.each(presetFiles())('on the preset %s, as drawn and all in cloud', (file) => {
    expectProjectionMatchesEvaluation(loadPreset(file), 2035);
  });

  it('with load-aware routing, where routes change as links fill and each year is routed again', () => {
    const drawn = loadPreset(presetFiles()[0]);
    const loadAware = { ...drawn, workloads: drawn.workloads.map((w) => ({ ...w, routingPolicy: 'loadAware' as const })) };
    expectProjectionMatchesEvaluation(loadAware, 2030);
  });

  it('with device growth, a link capacity factor and an egress price factor in play', () => {
    const drawn = loadPreset(presetFiles()[0]);
    const driven = {
      ...drawn,
      assumptionOverrides: { ...drawn.assumptionOverrides, 'growth.deviceCountPerYear': 0.3 },
      drivers: { linkCapacityFactor: 0.5, egressPriceFactor: 3, deviceCountFactor: 2 },
    };
    expectProjectionMatchesEvaluation(driven, 2029);
  });

  it('on any small valid scenario (slices, bursts, every routing policy, saturation)', () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.integer({ min: 2025, max: 2028 }), (doc, horizonYear) => {
        const checked = validateScenario(doc);
        if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
        expectProjectionMatchesEvaluation(checked.scenario, horizonYear);
      }),
      { numRuns: 60 },
    );
  });
});
