/** What the placement MILP minimises. */
export type PlacementObjective = 'cost' | 'latency' | 'energy';

/** Unit of the linear model's objective value, by objective. */
export const OBJECTIVE_UNITS: Readonly<Record<PlacementObjective, string>> = {
  cost: 'USD/month',
  latency: 'ms × requests/s',
  energy: 'kWh/month',
};

export interface PlacementMilpOptions {
  readonly objective: PlacementObjective;
  /** Workloads to place, by id (default: every workload). The others keep their placement. */
  readonly workloadIds?: readonly string[];
  /**
   * Per workload id, per stage: the site ids the stage may go to. Null or
   * absent keeps the default candidates; a list narrows them (it never adds
   * a site without an accelerator, nor one residency rules out).
   */
  readonly candidates?: Readonly<Record<string, readonly (readonly string[] | null | undefined)[]>>;
  /** MILP solves before giving up as unproven (default 100). */
  readonly maxIterations?: number;
  /** Time limit of each HiGHS solve, s (default none). */
  readonly solveTimeLimitS?: number;
}

/**
 * A family of constraints, as infeasibility is diagnosed:
 * - noCandidate: a stage has no site it may run on at all;
 * - residency: raw personal data must stay in its devices' jurisdiction;
 * - siteCapacity: an accelerator pool's erlangs, at 95 % of its servers;
 * - linkCapacity: a link direction's Mbit/s, at 95 % of what the class may use;
 * - latencyObjective: the fixed parts of a workload's request against its p95 objective;
 * - engineCheck: every placement the linear model allows fails in the engine (queueing);
 * - combined: no single family explains it, the named ones together do.
 */
export type ConstraintKind =
  'noCandidate' | 'residency' | 'siteCapacity' | 'linkCapacity' | 'latencyObjective' | 'engineCheck' | 'combined';

/** The constraint that makes the problem infeasible, in a sentence. */
export interface BindingConstraint {
  readonly kind: ConstraintKind;
  /** The site, link or workload it concerns, when one can be named. */
  readonly elementId?: string;
  readonly message: string;
}

/** One placed workload: a site id per stage. */
export interface WorkloadPlacement {
  readonly workloadId: string;
  readonly siteIds: readonly string[];
}

/** The engine's figures for the placed scenario. */
export interface VerifiedFigures {
  readonly totalUsdPerMonth: number;
  readonly totalKwhPerMonth: number;
  /** Every workload of the scenario, optimised or not. */
  readonly workloads: readonly {
    readonly id: string;
    readonly p95Ms: number | null;
    readonly objectiveP95Ms: number;
    readonly meetsObjective: boolean;
  }[];
}

/** Size of the MILP as first built (before any cut). */
export interface ModelSize {
  readonly variables: number;
  readonly binaries: number;
  readonly constraints: number;
}

export type PlacementMilpStatus = 'optimal' | 'infeasible' | 'unproven';

export interface PlacementMilpResult {
  /**
   * optimal: the best placement of the linear model that the engine accepts;
   * infeasible: none exists (bindingConstraint says why);
   * unproven: the iteration cap or a solver limit was reached first.
   */
  readonly status: PlacementMilpStatus;
  readonly objective: PlacementObjective;
  /** The optimised workloads' placements (null unless optimal). */
  readonly placement: readonly WorkloadPlacement[] | null;
  /** The linear model's objective at the placement, in `objectiveUnit`: the marginal figure of the optimised workloads. */
  readonly objectiveValue: number | null;
  readonly objectiveUnit: string;
  /** evaluateScenario's figures for the scenario with the placement applied (null unless optimal). */
  readonly verified: VerifiedFigures | null;
  /** MILP solves. */
  readonly iterations: number;
  /** No-good cuts added after the engine refused a placement. */
  readonly cutsAdded: number;
  /** Wall time of the whole optimisation (model, solves, engine checks, diagnosis), ms. */
  readonly solveMs: number;
  /** Time inside HiGHS alone, ms. */
  readonly highsMs: number;
  readonly size: ModelSize;
  readonly bindingConstraint?: BindingConstraint;
  /** Other constraint families that would each, relaxed alone, also make it feasible. */
  readonly alsoBinding?: readonly BindingConstraint[];
}

/** A request the optimiser cannot act on: an unknown workload or site, or candidate lists of the wrong length. */
export class PlacementMilpInputError extends Error {
  override readonly name = 'PlacementMilpInputError';
}
