/** What the optimiser minimises. */
export type Objective = 'cost' | 'latency' | 'energy';

/** The three figures of one placement, each as evaluateScenario gives it for the moved scenario. */
export interface PlacementValues {
  /** The whole scenario's monthly cost (not only the workload's share), USD/month. */
  readonly costUsdPerMonth: number;
  /** The workload's 95th-percentile latency, ms. */
  readonly p95Ms: number;
  /** The whole scenario's energy, kWh/month. */
  readonly energyKwhPerMonth: number;
}

/**
 * Why a placement is ruled out, in the order the evaluator checks:
 * - noCandidate: a stage has no site that may run it;
 * - noCompute: a stage with work is on a site with no accelerator;
 * - unreachable: a hop between placements has no route;
 * - sovereignty: raw personal data would leave its devices' jurisdiction;
 * - capacity: a link slot or accelerator pool on the workload's path would saturate;
 * - latencyObjective: the workload's p95 would exceed its objective;
 * - otherObjective: another workload that met its objective would miss it.
 */
export type ReasonKind = 'noCandidate' | 'noCompute' | 'unreachable' | 'sovereignty' | 'capacity' | 'latencyObjective' | 'otherObjective';

/** How many placements one reason ruled out, with an example in words. */
export interface ReasonCount {
  readonly kind: ReasonKind;
  /** Placements ruled out for this reason first (a pruned subtree counts all its placements). */
  readonly placements: number;
  readonly message: string;
}

/** The constraint that stopped every placement, in a sentence. */
export interface BindingConstraint {
  readonly kind: ReasonKind;
  readonly message: string;
}

export interface OptimiseOptions {
  readonly objective: Objective;
  /**
   * Per stage, the site ids it may go to; null or absent keeps the default
   * candidates (sites with an accelerator, or any site for a stage with no work).
   * A list narrows the default candidates; it never adds a site without an accelerator
   * to a stage with work.
   */
  readonly candidates?: readonly (readonly string[] | null | undefined)[];
  /** Re-evaluate each improving incumbent with evaluateScenario before accepting it (default true). */
  readonly verifyIncumbents?: boolean;
}

/** How the search went. */
export interface SearchStats {
  /** Placements in the space: the product of the stages' candidate counts. */
  readonly placements: number;
  readonly leavesEvaluated: number;
  /** Subtrees cut off by a bound or by a constraint every placement in them breaks. */
  readonly nodesPruned: number;
  /** Leaves evaluated by a whole run of the engine rather than incrementally. */
  readonly fullEvaluations: number;
  /** Improving incumbents re-evaluated with evaluateScenario. */
  readonly verifications: number;
  readonly evaluation: 'incremental' | 'full';
  /** Why leaves are evaluated by whole runs of the engine, when they are. */
  readonly fullEvaluationReason: string | null;
}

/** The workload as it stands in the scenario. */
export interface CurrentPlacement {
  /** Site id per stage. */
  readonly placement: readonly string[];
  readonly costUsdPerMonth: number;
  /** Null when the workload is not ok (saturated, unreachable, no compute). */
  readonly p95Ms: number | null;
  readonly energyKwhPerMonth: number;
  readonly meetsObjective: boolean;
}

/** Current minus optimal: positive is a saving. Null where the current placement has no value. */
export interface Improvement {
  readonly costUsdPerMonth: number;
  readonly p95Ms: number | null;
  readonly energyKwhPerMonth: number;
}

export interface OptimalPlacement {
  readonly status: 'optimal';
  readonly objective: Objective;
  readonly workloadId: string;
  /** Site id per stage. */
  readonly placement: readonly string[];
  readonly values: PlacementValues;
  readonly current: CurrentPlacement;
  readonly improvement: Improvement;
  readonly leavesEvaluated: number;
  readonly nodesPruned: number;
  readonly stats: SearchStats;
}

export interface InfeasiblePlacement {
  readonly status: 'infeasible';
  readonly objective: Objective;
  readonly workloadId: string;
  readonly bindingConstraint: BindingConstraint;
  /** Every placement, counted under the first reason that ruled it out; most first. */
  readonly reasons: readonly ReasonCount[];
  readonly current: CurrentPlacement;
  readonly leavesEvaluated: number;
  readonly nodesPruned: number;
  readonly stats: SearchStats;
}

export type OptimiseResult = OptimalPlacement | InfeasiblePlacement;

export interface ParetoOptions {
  /** Most points returned (default 5,000). */
  readonly cap?: number;
  readonly candidates?: OptimiseOptions['candidates'];
  /** Also list placements that miss the workload's own latency objective (default false). */
  readonly includeObjectiveMisses?: boolean;
}

export interface ParetoPoint extends PlacementValues {
  /** Site id per stage. */
  readonly placement: readonly string[];
  /** No other listed point is at least as fast and as cheap, and better in one. */
  readonly onFront: boolean;
  readonly isCurrent: boolean;
}

export interface ParetoResult {
  readonly workloadId: string;
  /** Feasible placements, the front first by latency, then the rest by latency. */
  readonly points: readonly ParetoPoint[];
  /**
   * True when the space held more placements than the cap: then the search kept
   * every point on the latency–cost front and only the first others it met.
   */
  readonly truncated: boolean;
  /** Placements in the space. */
  readonly placements: number;
  readonly leavesEvaluated: number;
  /** The current placement, and whether it is feasible. */
  readonly current: { readonly placement: readonly string[]; readonly feasible: boolean };
}
