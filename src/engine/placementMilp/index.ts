/**
 * Multi-workload placement as a mixed-integer linear programme, solved exactly
 * by HiGHS (WebAssembly) and checked by the engine.
 *
 * Decision. x[w,i,s] = 1 when stage i of workload w runs on candidate site s;
 * each stage is on exactly one site (Σ_s x[w,i,s] = 1). Candidates are the
 * sites with an accelerator (acceleratorId ≠ 'none', count > 0); a device
 * group only for its own workloads; a stage that receives 'rawPersonal' data
 * only in the jurisdiction of its workload's devices (residency); narrowed
 * by the caller per stage. Hops between consecutive placements have
 * variables y[w,i,a,b] (stage i on a, stage i + 1 on b), tied to the stages by
 * flows: Σ_b y[w,i,a,b] = x[w,i,a] and Σ_a y[w,i,a,b] = x[w,i+1,b]; a = b is
 * allowed and crosses no network. With x binary, y is forced to 0 or 1, so it
 * is continuous. Hops with a fixed end (devices → stage 1, last stage →
 * devices when the answer returns) need no variables of their own: their
 * figures go on the x of the stage at the other end. A hop with no route, or
 * one carrying raw personal data whose route leaves the jurisdiction, has no
 * variable, so the placements it would join are excluded.
 *
 * Fixed background. Workloads not optimised keep their placement; the
 * engine's own run of them alone (core.ts runCore) gives their erlangs on
 * each accelerator pool and Mbit/s on each link slot.
 *
 * Routes. Each (a, b) takes the route evaluateScenario gives the workload's
 * policy on the intact network: the engine's routers (routing.ts
 * RoutingContext) with the device no-transit rule and the residency mask.
 * Load-aware routes start from the lowest-latency route; the engine may move
 * them, and the check below sees where they end up. What-if drivers are
 * applied first (drivers.ts applyDrivers, parametersOf).
 *
 * Linear constraints (HEADROOM = 0.95):
 * - compute, per site: Σ rate × service time (erlangs; per device for a
 *   device group) ≤ servers × 0.95 − background;
 * - links, per direction and class: Mbit/s ≤ capacity × 0.95 − background,
 *   where best effort may use capacity − slice reservation (+ any burst) and
 *   slice traffic the reservation; a hop's traffic crosses each link of its
 *   route in a known direction;
 * - latency, per workload: the fixed parts of a request (each link's access
 *   floor, propagation, serialisation at the most rate the slot can give,
 *   and every stage's service time, out and back) ≤ its p95 objective. A
 *   necessary condition only: the engine's p95 is never below the fixed parts
 *   (latency.ts summarise), and queueing comes on top.
 *
 * Objectives, all linear in x and y:
 * - cost: the marginal monthly cost. Per-GB charges of the links crossed,
 *   cloud egress at the first band of the tariff that charges (inter-region
 *   rate between clouds), and electricity at owned sites for the work's
 *   energy: erlangs × (full − idle power) × PUE × price × hours. On-demand
 *   hours, owned hardware, link fees and slice premiums do not move with
 *   placement and are left out; so are burst hours and the free allowance
 *   and lower bands of tiered egress, which are not linear;
 * - latency: Σ over workloads of requests/s × fixed-part latency;
 * - energy: compute kWh as above (every site, devices included) + GB ×
 *   kWh/GB of each medium crossed.
 *
 * Verification. After each solve the placement is applied and
 * evaluateScenario run. If an optimised workload is not ok, misses its p95
 * objective or sends raw personal data abroad, or a workload left in place
 * that met its objective now misses it, a no-good cut excludes the
 * placement (verify.ts says how narrowly) and the MILP is solved again.
 * The loop ends with a placement the engine accepts (optimal: the best the
 * linear model allows that the engine accepts), with none left (infeasible),
 * or at the iteration cap (unproven). An infeasible model is diagnosed by
 * relaxing one family of constraints at a time (diagnose.ts).
 */
export { applyPlacements } from './applyPlacements';
export { loadHighs, type HighsLoadOptions } from './highsLoader';
export { DEFAULT_MAX_ITERATIONS, optimisePlacements, solvePlacementMilp } from './optimisePlacements';
export type { MilpSolver } from './solve';
export * from './types';
