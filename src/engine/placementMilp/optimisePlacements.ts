import type { Scenario } from '../scenario/schema';
import { diagnoseInfeasible } from './diagnose';
import { loadHighs, type HighsLoadOptions } from './highsLoader';
import { linearValue } from './linear';
import { writeLp, type Cut, type LpText } from './lpFormat';
import { buildPlacementModel, type PlacementModel } from './model';
import { preparePlacementProblem } from './problem';
import { solveLpText, type MilpSolver } from './solve';
import { OBJECTIVE_UNITS, type BindingConstraint, type ModelSize, type PlacementMilpOptions, type PlacementMilpResult } from './types';
import { PlacementVerifier, toWorkloadPlacements, verifiedFigures, type EngineFailure } from './verify';

export const DEFAULT_MAX_ITERATIONS = 100;

/** Size of the model as first written; counted from the candidates when it cannot be written (a stage has none). */
function sizeOf(model: PlacementModel, first: LpText | null): ModelSize {
  if (first !== null) return { variables: first.variables, binaries: first.binaries, constraints: first.constraints };
  let binaries = 0;
  let pairs = 0;
  for (const w of model.workloads) {
    for (const s of w.stages) binaries += s.x.length;
    for (const h of w.hops) pairs += h.length;
  }
  return { variables: binaries + pairs, binaries, constraints: 0 };
}

/** The workload the engine refused most often, in words: why the cuts closed every placement. */
function engineCheckBinding(failures: ReadonlyMap<string, { count: number; last: EngineFailure }>, cuts: number): BindingConstraint {
  let worst: { count: number; last: EngineFailure } | null = null;
  for (const f of failures.values()) if (worst === null || f.count > worst.count) worst = f;
  return {
    kind: 'engineCheck',
    elementId: worst?.last.workloadId,
    message: `Every placement the linear model allows fails in the engine once queueing is counted (${cuts} cut${cuts === 1 ? '' : 's'}); most often ${worst?.last.message ?? 'unknown'}`,
  };
}

/**
 * Places the chosen workloads (all, by default) together, minimising cost,
 * latency or energy, as a MILP solved by HiGHS and checked by the engine.
 * See index.ts for the model. Synchronous once HiGHS is loaded: pass the
 * instance loadHighs gives.
 */
export function solvePlacementMilp(solver: MilpSolver, scenario: Scenario, options: PlacementMilpOptions): PlacementMilpResult {
  const started = performance.now();
  const problem = preparePlacementProblem(scenario, options);
  const model = buildPlacementModel(problem, options.objective);
  // The first LP is written once, for its size and the first solve.
  const first = model.emptyStages.length === 0 && model.workloads.length > 0 ? writeLp(model, []) : null;
  const size = sizeOf(model, first);
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  let highsMs = 0;
  let iterations = 0;
  const cuts: Cut[] = [];
  const failures = new Map<string, { count: number; last: EngineFailure }>();
  const finish = (
    rest: Pick<PlacementMilpResult, 'status' | 'placement' | 'objectiveValue' | 'verified'> & Partial<PlacementMilpResult>,
  ) => ({
    objective: options.objective,
    objectiveUnit: OBJECTIVE_UNITS[options.objective],
    iterations,
    cutsAdded: cuts.length,
    size,
    ...rest,
    highsMs: highsMs + (rest.highsMs ?? 0),
    solveMs: performance.now() - started,
  });
  const infeasible = (binding: BindingConstraint, alsoBinding: readonly BindingConstraint[] = [], extraHighsMs = 0) =>
    finish({
      status: 'infeasible',
      placement: null,
      objectiveValue: null,
      verified: null,
      bindingConstraint: binding,
      ...(alsoBinding.length > 0 ? { alsoBinding } : {}),
      highsMs: extraHighsMs,
    });

  if (model.emptyStages.length > 0) {
    const d = diagnoseInfeasible(solver, model, options.solveTimeLimitS);
    return infeasible(d.binding, d.alsoBinding, d.highsMs);
  }
  const verifier = new PlacementVerifier(model);
  while (iterations < maxIterations) {
    iterations++;
    const outcome =
      model.workloads.length === 0
        ? null
        : solveLpText(solver, model, cuts.length === 0 && first !== null ? first : writeLp(model, cuts), options.solveTimeLimitS);
    highsMs += outcome?.ms ?? 0;
    if (outcome?.status === 'infeasible') {
      if (cuts.length > 0) return infeasible(engineCheckBinding(failures, cuts.length));
      const d = diagnoseInfeasible(solver, model, options.solveTimeLimitS);
      return infeasible(d.binding, d.alsoBinding, d.highsMs);
    }
    if (outcome?.status === 'limit') break;
    const placement = outcome?.placement ?? [];
    const check = verifier.check(placement);
    if (check.ok) {
      return finish({
        status: 'optimal',
        placement: toWorkloadPlacements(model, placement),
        objectiveValue: linearValue(model, placement)?.objective ?? null,
        verified: verifiedFigures(check.result),
      });
    }
    for (const f of check.failures) failures.set(f.workloadId, { count: (failures.get(f.workloadId)?.count ?? 0) + 1, last: f });
    cuts.push(...check.cuts);
  }
  return finish({ status: 'unproven', placement: null, objectiveValue: null, verified: null });
}

/** solvePlacementMilp with HiGHS loaded (once, and cached) first. */
export async function optimisePlacements(
  scenario: Scenario,
  options: PlacementMilpOptions,
  load: HighsLoadOptions = {},
): Promise<PlacementMilpResult> {
  return solvePlacementMilp(await loadHighs(load), scenario, options);
}
