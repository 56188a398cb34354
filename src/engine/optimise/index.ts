/**
 * Exact placement of one workload: a site for each of its stages.
 *
 * The model:
 * - Candidates. A stage with work may go to any site whose compute has an
 *   accelerator (acceleratorId ≠ 'none', count > 0); a stage with no work
 *   (0 GFLOP) to any site. A caller may narrow each stage's list.
 * - Everything else stays put. A placement's figures are those
 *   evaluateScenario gives for the scenario with the workload's stages moved
 *   there: the workload's p95, the scenario's total monthly cost and its total
 *   energy (to 1e-9 relative). The workload's own traffic and compute load are
 *   included exactly, so moving it changes queues, bursts, egress tiers and
 *   owned sites' electricity as the engine says.
 * - Objectives: 'cost' (scenario USD/month), 'latency' (the workload's p95 ms),
 *   'energy' (scenario kWh/month). Ties go by the other two figures, in the
 *   order cost, latency, energy, then by placement (site order, stage by
 *   stage), so the answer is always the same.
 * - Constraints: the workload is ok (every hop routed, every stage with work
 *   on an accelerator, no link slot or pool on its path saturated); its p95 is
 *   within its objective; no raw personal data leaves its devices'
 *   jurisdiction (the rule of sovereignty.ts); and every other workload that
 *   met its objective still does. Each improving incumbent is also checked
 *   by a whole evaluateScenario of the moved scenario.
 * - Method: depth-first branch and bound over the stages (then the answer's
 *   way back), children tried best bound first. Bounds no completion beats:
 *   the engine's p95 is never below the sum of a request's fixed parts
 *   (propagation, serialisation at the most capacity a slot can have, access
 *   floors, compute service); cost and energy only grow as the workload's load
 *   is added, so the totals with the placed parts' load bound every
 *   completion. To both is added the least the unplaced rest must add, by
 *   dynamic programming over (stage, site): its fixed time, and the parts of
 *   cost and energy that are linear in load (per-GB transport, egress at its
 *   lowest remaining tier, owned sites' electricity below saturation). A
 *   brute-force enumerator with the same evaluator is the reference in tests.
 * - Evaluation: one run of the engine without the workload; a placement adds
 *   the workload's load to the slots and pools it touches, re-solves only
 *   those (the engine's own solveLink, M/M/c and composition), and prices only
 *   those elements. Where that cannot be exact — a workload routes by load,
 *   or another workload's route could switch between tied paths — each
 *   placement is evaluated by a whole run of the engine instead (slower, and
 *   pruned only by the workload's own fixed time, not by cost or energy).
 * - Pareto: every feasible placement (up to a cap) with the latency–cost
 *   front marked, for a scatter.
 */
export { applyPlacement } from './applyPlacement';
export { candidateSites } from './candidates';
export { OptimiseInputError } from './errors';
export { dominates, latencyCostFront } from './front';
export { bruteForcePlacement, optimisePlacement } from './optimise';
export { paretoPlacements } from './pareto';
export type * from './types';
