import { addToSpread, type AccessSpread } from '../evaluate/partsFloor';
import { AccessTail } from './accessTail';
import { AddedLoad } from './addedLoad';
import { CompletionBounds } from './completionBounds';
import { COST, ENERGY, P95, type PlacementEvaluator } from './evaluator';
import type { HopInfo } from './hopTable';
import { LeafEvaluator } from './leafEvaluator';
import { saturatesForGood } from './linkFigures';
import type { Prepared } from './prepared';
import { CONTRADICTED, RoutingVariants } from './routingVariants';
import {
  CAPACITY,
  LATENCY_OBJECTIVE,
  NO_COMPUTE,
  OK,
  OTHER_OBJECTIVE,
  SOVEREIGNTY,
  UNREACHABLE,
  VOID,
  type Constraints,
  type Verdict,
} from './verdicts';
import { describePlacement, percent } from './words';

/** Relative slack on latency bounds: the engine's p95 and these sums add the same parts in another order. */
const LATENCY_SLACK = 1e-9;
/** Relative slack on the cost and energy the rest adds, computed apart from the engine's sums. */
const TOTALS_SLACK = 1e-10;

/**
 * Evaluates placements of the workload against one run of the engine without
 * it. Placing a stage adds only the workload's own load, on the link slots and
 * the pool it touches, and what that changes in cost and energy (AddedLoad);
 * a complete placement re-solves only those and composes the workload with
 * the engine's functions (LeafEvaluator). Exact only when no workload routes
 * by load and no other workload's route can switch between tied paths (see
 * prepare); otherwise FullEvaluator is used.
 */
export class IncrementalEvaluator implements PlacementEvaluator {
  readonly levels: number;
  readonly fullEvaluations = 0;
  readonly #prep: Prepared;
  readonly #c: Constraints;
  readonly #S: number;
  readonly #source: number;
  readonly #returns: boolean;
  readonly #objectiveMs: number;
  readonly #costBounds: boolean;
  readonly #energyBounds: boolean;
  readonly #load: AddedLoad;
  readonly #variants: RoutingVariants;
  readonly #leaf: LeafEvaluator;
  /** What the unplaced rest must still add at least, by level and site. */
  readonly #rest: CompletionBounds;
  readonly #accessTail = new AccessTail();
  readonly #scratch = new Float64Array(3);
  /** The answer's way back has one "site", the devices. */
  readonly #sourceOnly: Int32Array;
  // Per level: the site placed, where the workload is before it, and the sums so far.
  #depth = 0;
  readonly #site: Int32Array;
  readonly #at: Int32Array;
  readonly #costAcc: Float64Array;
  readonly #energyAcc: Float64Array;
  readonly #fixedMs: Float64Array;
  /** The two widest exponential access parts of the hops placed so far. */
  readonly #access: AccessSpread[];
  readonly #hopCount: Int32Array;
  readonly #hops: HopInfo[] = [];
  // The last failure, for describe().
  #failLevel = 0;
  #failSite = -1;
  #failSlot = -1;
  #failMs = 0;

  constructor(prep: Prepared, constraints: Constraints) {
    const { problem, model } = prep;
    this.#prep = prep;
    this.#c = constraints;
    this.#S = problem.stageCount;
    this.levels = this.#S + 1;
    this.#source = problem.source;
    this.#sourceOnly = Int32Array.of(problem.source);
    this.#returns = problem.workload.returnsToDevice;
    this.#objectiveMs = problem.workload.latencyObjectiveP95Ms;
    // Cost and energy bound every completion only where they grow with load (no negative price).
    this.#costBounds = model.costGrowsWithLoad;
    this.#energyBounds = model.energyGrowsWithLoad;
    this.#load = new AddedLoad(prep);
    this.#variants = new RoutingVariants(prep.routes, problem.scenario.sites.length);
    this.#leaf = new LeafEvaluator(prep, this.#load);
    // Stage work's electricity is linear in load only below saturation, which only the capacity check guarantees.
    this.#rest = new CompletionBounds(prep, constraints.capacity);
    const L = this.levels;
    this.#site = new Int32Array(L);
    this.#at = new Int32Array(L + 1);
    this.#at[0] = this.#source;
    this.#costAcc = new Float64Array(L + 1);
    this.#energyAcc = new Float64Array(L + 1);
    this.#fixedMs = new Float64Array(L + 1);
    this.#access = Array.from({ length: L + 1 }, () => ({ largestMs: 0, secondMs: 0 }));
    this.#hopCount = new Int32Array(L + 1);
  }

  get depth(): number {
    return this.#depth;
  }

  sitesAt(level: number): Int32Array {
    return level < this.#S ? this.#prep.problem.candidates[level] : this.#sourceOnly;
  }

  variantsFor(placement: Int32Array): Uint8Array {
    return RoutingVariants.forPlacement(this.#prep.routes, this.#source, this.#returns, placement);
  }

  #hasHop(from: number, to: number, level: number): boolean {
    return from !== to && (level < this.#S || this.#returns);
  }

  variantCount(site: number): number {
    const d = this.#depth;
    const from = this.#at[d];
    const to = d < this.#S ? site : this.#source;
    return this.#hasHop(from, to, d) ? this.#variants.count(from, to) : 1;
  }

  push(site: number, variant: number): Verdict {
    const d = this.#depth;
    this.#load.mark();
    this.#variants.mark();
    const from = this.#at[d];
    const isStage = d < this.#S;
    const to = isStage ? site : this.#source;
    this.#site[d] = to;
    this.#at[d + 1] = to;
    this.#costAcc[d + 1] = this.#costAcc[d];
    this.#energyAcc[d + 1] = this.#energyAcc[d];
    this.#fixedMs[d + 1] = this.#fixedMs[d];
    const access = this.#access[d + 1];
    access.largestMs = this.#access[d].largestMs;
    access.secondMs = this.#access[d].secondMs;
    this.#hopCount[d + 1] = this.#hopCount[d];
    this.#depth = d + 1;
    this.#failLevel = d;
    this.#failSite = to;
    this.#failSlot = -1;

    const gflop = isStage ? this.#prep.problem.workload.stages[d].gflopsPerRequest : 0;
    const serviceMs = gflop > 0 ? this.#prep.serviceMs(d, to) : 0;
    if (this.#c.reachable && !Number.isFinite(serviceMs)) return NO_COMPUTE;

    let usd = 0;
    let kwh = 0;
    if (this.#hasHop(from, to, d)) {
      const chosen = this.#variants.choose(from, to, variant);
      if (chosen === CONTRADICTED) return VOID;
      const info = this.#prep.hops.get(d, from, to, chosen);
      this.#hops[this.#hopCount[d]] = info;
      this.#hopCount[d + 1]++;
      if (info.route === null) {
        if (this.#c.reachable) return UNREACHABLE;
      } else {
        if (this.#c.sovereignty && info.leavesJurisdiction) return SOVEREIGNTY;
        usd += this.#load.addHop(info);
        kwh += info.perGbKwhPerMonth;
        this.#fixedMs[d + 1] += info.fixedMs;
        addToSpread(access, info.accessSpread.largestMs);
        addToSpread(access, info.accessSpread.secondMs);
        if (this.#c.capacity) {
          for (let i = 0; i < info.slots.length; i++) {
            if (saturatesForGood(this.#prep.problem.network, info.slots[i], this.#load.loads)) {
              this.#failSlot = info.slots[i];
              return CAPACITY;
            }
          }
        }
      }
    }
    if (gflop > 0) {
      this.#load.addStage(to, serviceMs, this.#scratch);
      usd += this.#scratch[0];
      kwh += this.#scratch[1];
      if (Number.isFinite(serviceMs)) this.#fixedMs[d + 1] += serviceMs;
      if (this.#c.capacity && this.#load.utilisation >= 1) {
        this.#failMs = this.#load.utilisation;
        return CAPACITY;
      }
    }
    // Each step adds load, so in exact arithmetic it never lowers cost or energy: clamp rounding, so
    // that a prefix's sums never exceed its completions' and stay a bound to the last bit.
    this.#costAcc[d + 1] += this.#costBounds ? Math.max(0, usd) : usd;
    this.#energyAcc[d + 1] += this.#energyBounds ? Math.max(0, kwh) : kwh;
    if (this.#c.latencyObjective) {
      this.#rest.at(d + 1, to, this.#scratch);
      const lowestMs = this.#lowestMs(d + 1, this.#scratch[P95]);
      if (lowestMs > this.#objectiveMs) {
        this.#failMs = lowestMs;
        return LATENCY_OBJECTIVE;
      }
    }
    return OK;
  }

  pop(): void {
    this.#depth--;
    this.#load.undo();
    this.#variants.undo();
  }

  bound(out: Float64Array): void {
    const d = this.#depth;
    const { baseCostUsdPerMonth, baseEnergyKwhPerMonth } = this.#prep.problem;
    const rest = this.#scratch;
    this.#rest.at(d, this.#at[d], rest);
    out[COST] = this.#costBounds ? totalBound(baseCostUsdPerMonth, this.#costAcc[d], rest[COST]) : -Infinity;
    out[ENERGY] = this.#energyBounds ? totalBound(baseEnergyKwhPerMonth, this.#energyAcc[d], rest[ENERGY]) : -Infinity;
    out[P95] = this.#lowestMs(d, rest[P95]);
  }

  /**
   * The least p95 of any completion from depth d, given the least its fixed
   * parts add (`restMs`): every fixed part and access floor, plus the joint
   * p95 of the two widest access parts among those placed and the one every
   * completion crosses at least (partsFloor.ts: the engine's p95 is never
   * below its floor plus that). The placed hops' parts are the completion's
   * own, whatever the load, and wider parts only raise the figure.
   */
  #lowestMs(d: number, restMs: number): number {
    const widestRestMs = this.#rest.leastWidestAccessMs(d, this.#at[d]);
    const { largestMs, secondMs } = this.#access[d];
    const tailMs = this.#accessTail.ms(largestMs, secondMs, widestRestMs);
    return (this.#fixedMs[d] + restMs + tailMs) * (1 - LATENCY_SLACK);
  }

  leaf(values: Float64Array, wantOthers: (values: Float64Array) => boolean): Verdict {
    if (!this.#variants.assumptionsHold()) return VOID;
    const { baseCostUsdPerMonth, baseEnergyKwhPerMonth } = this.#prep.problem;
    const d = this.#depth;
    values[COST] = baseCostUsdPerMonth + this.#costAcc[d];
    values[ENERGY] = baseEnergyKwhPerMonth + this.#energyAcc[d];
    const c = this.#c;
    const overObjective = (p95Ms: number) => c.latencyObjective && p95Ms > this.#objectiveMs;
    const { verdict, p95Ms } = this.#leaf.evaluate(this.#hops, this.#hopCount[d], this.#site, c, (p95Ms) => {
      values[P95] = p95Ms;
      return !overObjective(p95Ms) && wantOthers(values);
    });
    values[P95] = p95Ms;
    this.#failLevel = this.levels;
    if (verdict !== OK) return verdict;
    if (overObjective(p95Ms)) {
      this.#failMs = p95Ms;
      return LATENCY_OBJECTIVE;
    }
    return OK;
  }

  describe(verdict: Verdict): string {
    const { scenario, network, workload } = this.#prep.problem;
    const level = this.#failLevel;
    const atLeaf = level >= this.levels;
    const stage = level < this.#S ? workload.stages[level] : null;
    const site = scenario.sites[this.#failSite];
    const placed = describePlacement(scenario, workload, this.#site, Math.min(this.#depth, this.#S));
    const lastHop = () => this.#hops[this.#hopCount[this.#depth] - 1];
    switch (verdict) {
      case NO_COMPUTE:
        return atLeaf ? this.#leaf.problem : `${site.name} has no accelerator for stage ${stage?.name}`;
      case UNREACHABLE:
        return atLeaf ? this.#leaf.problem : (lastHop().hop.unroutedReason ?? 'no path');
      case SOVEREIGNTY: {
        const home = scenario.sites[this.#source].jurisdiction;
        const reached = new Set(Array.from(lastHop().route!.nodes, (i) => scenario.sites[i].jurisdiction));
        reached.delete(home);
        const what = stage === null ? 'the answer' : `"${stage.name}"`;
        return `raw personal data for ${what} would leave ${home} for ${[...reached].join(', ')} (${placed})`;
      }
      case CAPACITY: {
        if (atLeaf) return `${this.#leaf.problem} (${placed})`;
        if (this.#failSlot < 0) return `${site.name} compute would be at ${percent(this.#failMs)} of capacity (${placed})`;
        const link = network.links[(this.#failSlot / 4) | 0];
        return `${(this.#failSlot & 1) === 1 ? `the slice on link ${link.id}` : `link ${link.id}`} would be over capacity (${placed})`;
      }
      case LATENCY_OBJECTIVE:
        return atLeaf
          ? `p95 of ${this.#failMs.toFixed(1)} ms is over the ${workload.latencyObjectiveP95Ms} ms objective (${placed})`
          : `at least ${this.#failMs.toFixed(1)} ms with ${placed}, over the ${workload.latencyObjectiveP95Ms} ms objective`;
      case OTHER_OBJECTIVE: {
        const other = scenario.workloads[this.#leaf.otherWorkload];
        const p95 = this.#leaf.otherP95Ms;
        const what = Number.isFinite(p95) ? `reach ${p95.toFixed(1)} ms` : 'saturate or lose its path';
        return `${other.name} would ${what} against its ${other.latencyObjectiveP95Ms} ms objective (${placed})`;
      }
      default:
        return '';
    }
  }
}

/**
 * A lower bound on a scenario total: the base plus what the prefix adds (exact:
 * a completion's total adds more non-negative steps to the same sum), or that
 * plus the least the rest adds, less a slack for rounding.
 */
function totalBound(base: number, acc: number, rest: number): number {
  const exact = base + acc;
  if (rest <= 0) return exact;
  return Math.max(exact, exact + rest - TOTALS_SLACK * (Math.abs(base) + Math.abs(acc) + rest));
}
