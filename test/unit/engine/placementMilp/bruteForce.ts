import type { Scenario } from '../../../../src/engine';
import { linearValue } from '../../../../src/engine/placementMilp/linear';
import { buildPlacementModel } from '../../../../src/engine/placementMilp/model';
import { preparePlacementProblem } from '../../../../src/engine/placementMilp/problem';
import type { SitePlacement } from '../../../../src/engine/placementMilp/solve';
import type { PlacementMilpOptions } from '../../../../src/engine/placementMilp/types';
import { PlacementVerifier } from '../../../../src/engine/placementMilp/verify';

export interface BruteForceResult {
  readonly status: 'optimal' | 'infeasible';
  readonly objective: number | null;
  /** Joint placements enumerated, and those the linear model allows. */
  readonly enumerated: number;
  readonly linearFeasible: number;
  /** Placements the engine refused before the optimum was found. */
  readonly refused: number;
  /**
   * Placements the engine refuses whose objective is at most the optimum's
   * (all the linear model allows, when infeasible): a cutting loop that
   * visits placements in order of objective refuses no more than these.
   */
  readonly refusedUpToOptimum: number;
}

/**
 * The reference: every joint placement of the same linear model (same
 * candidates, routes and coefficients), kept when its constraints hold,
 * taken in order of objective, and the first the engine accepts (the same
 * PlacementVerifier check) is the optimum. No solver, no cuts.
 */
export function bruteForcePlacement(scenario: Scenario, options: PlacementMilpOptions): BruteForceResult {
  const model = buildPlacementModel(preparePlacementProblem(scenario, options), options.objective);
  if (model.emptyStages.length > 0) {
    return { status: 'infeasible', objective: null, enumerated: 0, linearFeasible: 0, refused: 0, refusedUpToOptimum: 0 };
  }
  const slots = model.workloads.flatMap((w, m) => w.stages.map((s, i) => ({ m, i, sites: s.sites })));
  const feasible: { objective: number; placement: SitePlacement }[] = [];
  const choice = new Int32Array(slots.length);
  let enumerated = 0;
  for (;;) {
    const placement = model.workloads.map((w) => new Int32Array(w.stages.length));
    slots.forEach((slot, j) => (placement[slot.m][slot.i] = slot.sites[choice[j]]));
    enumerated++;
    const value = linearValue(model, placement);
    if (value !== null && value.feasible) feasible.push({ objective: value.objective, placement });
    let j = 0;
    while (j < slots.length && ++choice[j] === slots[j].sites.length) choice[j++] = 0;
    if (j === slots.length) break;
  }
  feasible.sort((a, b) => a.objective - b.objective);
  const verifier = new PlacementVerifier(model);
  let refused = 0;
  for (const candidate of feasible) {
    if (verifier.check(candidate.placement).ok) {
      // Ties with the optimum that the engine refuses: a solver may meet them first.
      let refusedUpToOptimum = refused;
      for (const tie of feasible.slice(refused + 1)) {
        if (tie.objective > candidate.objective + 1e-9 * Math.abs(candidate.objective)) break;
        if (!verifier.check(tie.placement).ok) refusedUpToOptimum++;
      }
      return {
        status: 'optimal',
        objective: candidate.objective,
        enumerated,
        linearFeasible: feasible.length,
        refused,
        refusedUpToOptimum,
      };
    }
    refused++;
  }
  return { status: 'infeasible', objective: null, enumerated, linearFeasible: feasible.length, refused, refusedUpToOptimum: refused };
}
