import type { Scenario } from '../scenario/schema';
import { evaluatePlacement } from './bruteForce';
import { createEvaluator } from './createEvaluator';
import { depthFirst } from './depthFirst';
import { stageWithoutCandidates } from './diagnose';
import { COST, ENERGY, P95 } from './evaluator';
import { dominates, latencyCostFront, type LatencyCost } from './front';
import { buildProblem } from './problem';
import { prepare } from './prepared';
import type { ParetoOptions, ParetoPoint, ParetoResult } from './types';
import { ALL_CONSTRAINTS, OK } from './verdicts';

const DEFAULT_CAP = 5000;

interface Found extends LatencyCost {
  readonly energyKwhPerMonth: number;
  readonly sites: Int32Array;
}

/**
 * Feasible points as the search finds them. With room for every placement it
 * keeps them all; otherwise it keeps every point no other dominates on
 * latency × cost (displacing those they dominate) and the first others up to
 * the cap; once the cap is full, it cuts subtrees whose bound a kept point
 * already dominates.
 */
class Collector {
  readonly #cap: number;
  readonly truncated: boolean;
  readonly front: Found[] = [];
  readonly rest: Found[] = [];

  constructor(cap: number, truncated: boolean) {
    this.#cap = cap;
    this.truncated = truncated;
  }

  /** Whether a point with these figures would be kept: only then are the other workloads checked for it. */
  wouldKeep(values: Float64Array): boolean {
    if (!this.truncated || this.rest.length < this.#cap) return true;
    const point = { p95Ms: values[P95], costUsdPerMonth: values[COST] };
    return !this.front.some((p) => dominates(p, point));
  }

  /** Cuts a subtree only once the scatter has its fill of dominated points: until then they are worth finding too. */
  rulesOut(bound: Float64Array): boolean {
    if (!this.truncated || this.rest.length < this.#cap) return false;
    const corner = { p95Ms: bound[P95], costUsdPerMonth: bound[COST] };
    return this.front.some((p) => dominates(p, corner));
  }

  add(values: Float64Array, sites: Int32Array): void {
    const point: Found = { p95Ms: values[P95], costUsdPerMonth: values[COST], energyKwhPerMonth: values[ENERGY], sites: sites.slice() };
    if (!this.truncated) {
      this.rest.push(point);
      return;
    }
    if (this.front.some((p) => dominates(p, point))) {
      this.#keep(point);
      return;
    }
    for (let i = this.front.length - 1; i >= 0; i--) {
      if (dominates(point, this.front[i])) this.#keep(this.front.splice(i, 1)[0]);
    }
    this.front.push(point);
  }

  #keep(point: Found): void {
    if (this.rest.length < this.#cap) this.rest.push(point);
  }

  points(): Found[] {
    return [...this.front, ...this.rest.slice(0, Math.max(0, this.#cap - this.front.length))];
  }
}

const samePlacement = (a: Int32Array, b: Int32Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Every feasible placement of one workload (up to a cap) with its p95, the
 * scenario's cost and energy, the latency–cost Pareto front marked, and the
 * current placement marked: the data for a scatter of latency against cost.
 * Feasible means what optimisePlacement requires (optionally without the
 * workload's own objective); the other workloads are checked at every point.
 */
export function paretoPlacements(scenario: Scenario, workloadIndex: number, options: ParetoOptions = {}): ParetoResult {
  const prep = prepare(buildProblem(scenario, workloadIndex, options.candidates));
  const { problem } = prep;
  const cap = options.cap ?? DEFAULT_CAP;
  const withObjective = options.includeObjectiveMisses !== true;
  const ev = createEvaluator(prep, { ...ALL_CONSTRAINTS, latencyObjective: withObjective });
  const placements = problem.candidates.reduce((n, list) => n * list.length, 1);
  const collector = new Collector(cap, placements > cap);
  let leavesEvaluated = 0;
  if (stageWithoutCandidates(prep) === null) {
    leavesEvaluated = depthFirst(ev, {
      order: [P95, COST, ENERGY],
      prune: (bound) => collector.rulesOut(bound),
      wantOthers: (values) => collector.wouldKeep(values),
      found: (values, sites) => {
        if (!collector.wouldKeep(values)) return false;
        collector.add(values, sites);
        return false;
      },
    }).leavesEvaluated;
  }

  const found = collector.points();
  const current = problem.currentPlacement;
  let currentFeasible = found.some((p) => samePlacement(p.sites, current));
  if (!currentFeasible) {
    // Not met by the search (outside the candidates, or cut as dominated): evaluate it on its own.
    // Its own objective is checked on its p95, since the search's bound assumes the candidates.
    const values = new Float64Array(3);
    const alone = createEvaluator(prep, { ...ALL_CONSTRAINTS, latencyObjective: false });
    const verdict = evaluatePlacement(alone, current, values, () => true, null);
    currentFeasible = verdict === OK && (!withObjective || values[P95] <= problem.workload.latencyObjectiveP95Ms);
    if (currentFeasible)
      found.push({ p95Ms: values[P95], costUsdPerMonth: values[COST], energyKwhPerMonth: values[ENERGY], sites: current });
  }

  const onFront = latencyCostFront(found);
  const ids = (sites: Int32Array) => Array.from(sites, (i) => problem.scenario.sites[i].id);
  const points: ParetoPoint[] = found.map((p, i) => ({
    placement: ids(p.sites),
    p95Ms: p.p95Ms,
    costUsdPerMonth: p.costUsdPerMonth,
    energyKwhPerMonth: p.energyKwhPerMonth,
    onFront: onFront[i],
    isCurrent: samePlacement(p.sites, current),
  }));
  points.sort((a, b) => Number(b.onFront) - Number(a.onFront) || a.p95Ms - b.p95Ms || a.costUsdPerMonth - b.costUsdPerMonth);
  return {
    workloadId: problem.workload.id,
    points,
    truncated: collector.truncated,
    placements,
    leavesEvaluated,
    current: { placement: ids(current), feasible: currentFeasible },
  };
}
