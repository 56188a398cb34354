import { expect } from 'vitest';
import { evaluateScenario, validateScenario, type EvaluationResult, type Scenario } from '../../../../src/engine';
import { applyPlacement } from '../../../../src/engine/optimise';
import { evaluatePlacement } from '../../../../src/engine/optimise/bruteForce';
import { createEvaluator } from '../../../../src/engine/optimise/createEvaluator';
import { COST, ENERGY, P95 } from '../../../../src/engine/optimise/evaluator';
import { buildProblem } from '../../../../src/engine/optimise/problem';
import { prepare, type Prepared } from '../../../../src/engine/optimise/prepared';
import { ALL_CONSTRAINTS, NO_CONSTRAINTS, OK } from '../../../../src/engine/optimise/verdicts';

export function validated(doc: Scenario): Scenario {
  const result = validateScenario(doc);
  expect(result.ok, result.ok ? '' : JSON.stringify(result.errors)).toBe(true);
  return result.ok ? result.scenario : doc;
}

/** What the optimiser's evaluator says of one placement: its figures with no constraint, and whether it passes them all. */
export function evaluatorSays(prep: Prepared, placement: Int32Array) {
  const values = new Float64Array(3);
  const free = createEvaluator(prep, NO_CONSTRAINTS);
  expect(evaluatePlacement(free, placement, values, () => true, null)).toBe(OK);
  const figures = { costUsdPerMonth: values[COST], p95Ms: values[P95], energyKwhPerMonth: values[ENERGY] };
  const feasible = evaluatePlacement(createEvaluator(prep, ALL_CONSTRAINTS), placement, values, () => true, null) === OK;
  return { figures, feasible };
}

/** What evaluateScenario says of the scenario with the workload moved: its figures and whether every constraint holds. */
export function engineSays(scenario: Scenario, workloadIndex: number, siteIds: readonly string[], before: EvaluationResult) {
  const result = evaluateScenario(applyPlacement(scenario, workloadIndex, siteIds), { whatIfs: false });
  const mine = result.workloads[workloadIndex];
  const othersKept = result.workloads.every((o, i) => i === workloadIndex || !before.workloads[i].meetsObjective || o.meetsObjective);
  const resident = !result.sovereignty.some((v) => v.workloadId === mine.id);
  return {
    result,
    figures: {
      costUsdPerMonth: result.cost.totalUsdPerMonth,
      p95Ms: mine.status === 'ok' ? mine.p95Ms! : Infinity,
      energyKwhPerMonth: result.energy.totalKwhPerMonth,
    },
    feasible: mine.meetsObjective && resident && othersKept,
  };
}

export function problemFor(scenario: Scenario, workloadIndex: number) {
  return prepare(buildProblem(scenario, workloadIndex));
}

/** |a − b| ≤ tol · |b|, with Infinity equal only to itself. */
export function close(a: number, b: number, tol = 1e-9): boolean {
  if (!Number.isFinite(b) || !Number.isFinite(a)) return a === b;
  return Math.abs(a - b) <= tol * Math.max(Math.abs(b), 1e-300) || Math.abs(a - b) <= 1e-12;
}
