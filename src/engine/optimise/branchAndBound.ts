import { depthFirst } from './depthFirst';
import type { PlacementEvaluator } from './evaluator';
import { Incumbent, type Acceptance } from './incumbent';
import { FIGURE_ORDER } from './order';
import { Tally } from './tally';
import type { Objective } from './types';

export interface SearchOutcome {
  readonly placement: Int32Array | null;
  readonly values: Float64Array | null;
  readonly leavesEvaluated: number;
  readonly nodesPruned: number;
  readonly verifications: number;
  readonly tally: Tally;
}

export interface BranchAndBoundOptions {
  readonly accept?: Acceptance | null;
  /** Stop at the first feasible placement (to learn whether there is one). */
  readonly stopAtFirst?: boolean;
}

/**
 * Exact depth-first branch and bound: a subtree is cut only when its bound,
 * which no completion of it can beat in any figure, already comes after the
 * incumbent in the objective's order of figures, or when every placement in
 * it breaks a constraint. The other workloads are checked only for a leaf
 * that would become the incumbent.
 */
export function branchAndBound(ev: PlacementEvaluator, objective: Objective, options: BranchAndBoundOptions = {}): SearchOutcome {
  const order = FIGURE_ORDER[objective];
  const incumbent = new Incumbent(order, ev.levels - 1, options.accept ?? null);
  const tally = new Tally();
  const stats = depthFirst(
    ev,
    {
      order,
      prune: (bound, prefix, placed) => incumbent.rulesOut(bound, prefix, placed),
      wantOthers: (values, placement) => incumbent.better(values, placement),
      found: (values, placement) => incumbent.offer(values, placement, tally) && options.stopAtFirst === true,
    },
    tally,
  );
  return {
    placement: incumbent.placement,
    values: incumbent.values,
    leavesEvaluated: stats.leavesEvaluated,
    nodesPruned: stats.nodesPruned,
    verifications: incumbent.verifications,
    tally: stats.tally,
  };
}
