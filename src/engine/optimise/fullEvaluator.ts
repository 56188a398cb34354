import { runCore } from '../evaluate/core';
import { monthlyCost } from '../evaluate/cost';
import { energySummary } from '../evaluate/energy';
import { STANDARD_RUN } from '../evaluate/options';
import { placeByIndex } from './applyPlacement';
import { CompletionBounds } from './completionBounds';
import { COST, ENERGY, P95, type PlacementEvaluator } from './evaluator';
import { routeLeavesJurisdiction } from './hopTable';
import type { Prepared } from './prepared';
import { describePlacement } from './words';
import {
  CAPACITY,
  LATENCY_OBJECTIVE,
  NO_COMPUTE,
  OK,
  OTHER_OBJECTIVE,
  SOVEREIGNTY,
  UNREACHABLE,
  type Constraints,
  type Verdict,
} from './verdicts';

const LATENCY_SLACK = 1e-9;

/**
 * Evaluates each placement by a whole run of the engine (runCore, cost and
 * energy) on the moved scenario: for scenarios where moving the workload can
 * move other traffic, so that no part of the result can be reused. Prunes
 * only by the workload's own fixed time against its objective (its compute
 * alone if it routes by load, since its path can then be any): cost and
 * energy may fall as other traffic moves.
 */
export class FullEvaluator implements PlacementEvaluator {
  readonly levels: number;
  #fullEvaluations = 0;
  readonly #prep: Prepared;
  readonly #c: Constraints;
  readonly #S: number;
  #depth = 0;
  readonly #site: Int32Array;
  readonly #fixedMs: Float64Array;
  readonly #restMs: Float64Array;
  /** The workload's own routes are fixed unless it routes by load: then only compute time bounds the rest. */
  readonly #rest: CompletionBounds | null;
  readonly #restOut = new Float64Array(3);
  /** The answer's way back has one "site", the devices. */
  readonly #sourceOnly: Int32Array;
  #failLevel = 0;
  #failText = '';
  #failMs = 0;

  constructor(prep: Prepared, constraints: Constraints) {
    this.#prep = prep;
    this.#c = constraints;
    this.#S = prep.problem.stageCount;
    this.levels = this.#S + 1;
    this.#sourceOnly = Int32Array.of(prep.problem.source);
    this.#site = new Int32Array(this.levels);
    this.#fixedMs = new Float64Array(this.levels + 1);
    this.#restMs = new Float64Array(this.levels + 1);
    for (let d = this.#S - 1; d >= 0; d--) this.#restMs[d] = this.#restMs[d + 1] + prep.minServiceMs[d];
    this.#rest = prep.problem.workload.routingPolicy === 'loadAware' ? null : new CompletionBounds(prep, false);
  }

  /** Fixed time so far and the least the rest adds from level d at `site`, ms. */
  #lowestMs(d: number, site: number): number {
    let rest = this.#restMs[d];
    if (this.#rest !== null) {
      this.#rest.at(d, site, this.#restOut);
      rest = this.#restOut[P95];
    }
    return (this.#fixedMs[d] + rest) * (1 - LATENCY_SLACK);
  }

  get depth(): number {
    return this.#depth;
  }

  get fullEvaluations(): number {
    return this.#fullEvaluations;
  }

  sitesAt(level: number): Int32Array {
    return level < this.#S ? this.#prep.problem.candidates[level] : this.#sourceOnly;
  }

  variantCount(): number {
    return 1;
  }

  variantsFor(): Uint8Array {
    return new Uint8Array(this.levels);
  }

  push(site: number): Verdict {
    const d = this.#depth++;
    const to = d < this.#S ? site : this.#prep.problem.source;
    this.#site[d] = to;
    this.#fixedMs[d + 1] = this.#fixedMs[d];
    this.#failLevel = d;
    if (d >= this.#S) return OK;
    const serviceMs = this.#prep.problem.workload.stages[d].gflopsPerRequest > 0 ? this.#prep.serviceMs(d, to) : 0;
    if (!Number.isFinite(serviceMs)) return this.#c.reachable ? NO_COMPUTE : OK;
    this.#fixedMs[d + 1] += serviceMs;
    const lowestMs = this.#lowestMs(d + 1, to);
    if (this.#c.latencyObjective && lowestMs > this.#prep.problem.workload.latencyObjectiveP95Ms) {
      this.#failMs = lowestMs;
      return LATENCY_OBJECTIVE;
    }
    return OK;
  }

  pop(): void {
    this.#depth--;
  }

  bound(out: Float64Array): void {
    out[COST] = -Infinity;
    out[ENERGY] = -Infinity;
    const d = this.#depth;
    out[P95] = this.#lowestMs(d, d === 0 ? this.#prep.problem.source : this.#site[d - 1]);
  }

  leaf(values: Float64Array, wantOthers: (values: Float64Array) => boolean): Verdict {
    this.#fullEvaluations++;
    this.#failLevel = this.levels;
    const { scenario, workloadIndex: w, network, params, metBefore } = this.#prep.problem;
    const moved = placeByIndex(scenario, w, this.#site);
    const run = runCore(moved, network, params, STANDARD_RUN);
    const composed = run.composed[w];
    const ok = composed.status === 'ok';
    values[COST] = monthlyCost({
      scenario: moved,
      network,
      loads: run.loads,
      queues: run.queues,
      compute: run.compute,
      flows: run.flows,
      params,
      siteFacilityKw: run.power.facilityKw,
    }).summary.totalUsdPerMonth;
    values[P95] = ok ? run.summaries[w].p95Ms : Infinity;
    values[ENERGY] = energySummary(moved, network, run.loads, run.power.facilityKw, params).summary.totalKwhPerMonth;
    const c = this.#c;
    this.#failText = composed.problem ?? '';
    if (composed.status === 'unreachable' && c.reachable) return UNREACHABLE;
    if (composed.status === 'noCompute' && c.reachable) return NO_COMPUTE;
    if (c.sovereignty) {
      const home = scenario.sites[this.#prep.problem.source].jurisdiction;
      for (const hop of run.flows[w].hops) {
        if (hop.dataClass === 'rawPersonal' && hop.route !== null && routeLeavesJurisdiction(moved, hop.route, home)) {
          this.#failText = `raw personal data would leave ${home}`;
          return SOVEREIGNTY;
        }
      }
    }
    if (composed.status === 'saturated' && c.capacity) return CAPACITY;
    if (c.latencyObjective && values[P95] > moved.workloads[w].latencyObjectiveP95Ms) {
      this.#failMs = values[P95];
      return LATENCY_OBJECTIVE;
    }
    if (c.otherWorkloads && wantOthers(values)) {
      for (let o = 0; o < moved.workloads.length; o++) {
        if (o === w || metBefore[o] === 0) continue;
        const p95 = run.composed[o].status === 'ok' ? run.summaries[o].p95Ms : Infinity;
        if (p95 > moved.workloads[o].latencyObjectiveP95Ms) {
          const other = moved.workloads[o];
          this.#failText = `${other.name} would ${Number.isFinite(p95) ? `reach ${p95.toFixed(1)} ms` : 'saturate or lose its path'} against its ${other.latencyObjectiveP95Ms} ms objective`;
          return OTHER_OBJECTIVE;
        }
      }
    }
    return OK;
  }

  describe(verdict: Verdict): string {
    const { scenario, workload } = this.#prep.problem;
    const placed = describePlacement(scenario, workload, this.#site, Math.min(this.#depth, this.#S));
    if (verdict === LATENCY_OBJECTIVE) {
      return this.#failLevel >= this.levels
        ? `p95 of ${this.#failMs.toFixed(1)} ms is over the ${workload.latencyObjectiveP95Ms} ms objective (${placed})`
        : `at least ${this.#failMs.toFixed(1)} ms of compute with ${placed}, over the ${workload.latencyObjectiveP95Ms} ms objective`;
    }
    if (verdict === NO_COMPUTE && this.#failLevel < this.#S) {
      return `${scenario.sites[this.#site[this.#failLevel]].name} has no accelerator for stage ${workload.stages[this.#failLevel].name}`;
    }
    return `${this.#failText} (${placed})`;
  }
}
