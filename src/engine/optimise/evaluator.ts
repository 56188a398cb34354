import type { Verdict } from './verdicts';

/** Index of each figure in a values or bound array. */
export const COST = 0;
export const P95 = 1;
export const ENERGY = 2;

/**
 * Evaluates placements of one workload a step at a time, as a depth-first
 * search wants: level k < stageCount places stage k, and the last level
 * (stageCount) is the answer's way back to the devices, whose only "site" is
 * the source. push and pop are exact inverses: state is restored by copying
 * saved values back, never by subtracting, so a leaf's figures depend only on
 * its placement, not on the order siblings were tried.
 */
export interface PlacementEvaluator {
  /** stageCount + 1. */
  readonly levels: number;
  readonly depth: number;
  /** Leaves evaluated by a whole run of the engine. */
  readonly fullEvaluations: number;
  /** Sites to try at a level. */
  sitesAt(level: number): Int32Array;
  /**
   * Routing variants of placing the current level at `site`: 1, or 2 when the
   * engine's route for the hop there depends on whether the workload later
   * leaves the same site for another target (see RouteCache).
   */
  variantCount(site: number): number;
  /**
   * Places the current level at `site`. Returns OK, the reason every
   * completion of this prefix fails, or VOID when the chosen variant turns out
   * to contradict the placement (that placement is reached by the other
   * variant). The caller pops whatever push returns.
   */
  push(site: number, variant: number): Verdict;
  pop(): void;
  /** Lower bounds on [cost, p95, energy] over every feasible completion of the current prefix. */
  bound(out: Float64Array): void;
  /**
   * Evaluates the complete placement. Writes [cost, p95, energy] to `values`
   * (p95 is Infinity where the workload is not ok). The check of other
   * workloads runs only when `wantOthers(values)` says the leaf matters.
   */
  leaf(values: Float64Array, wantOthers: (values: Float64Array) => boolean): Verdict;
  /** The variant at each level that a whole placement takes (for evaluating one placement outright). */
  variantsFor(placement: Int32Array): Uint8Array;
  /** The last failure with this verdict, in words. */
  describe(verdict: Verdict): string;
}
