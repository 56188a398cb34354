import { COST, ENERGY, P95 } from './evaluator';
import type { HopInfo } from './hopTable';
import type { Prepared } from './prepared';
import { A_STAR, DIJKSTRA } from './routeCache';

/** Figures per (level, site) in the table. */
const STRIDE = 4;

/**
 * The least the unplaced rest of the workload must still add, from a level
 * with the workload at a site, by dynamic programming over (level, site):
 * each next stage on its best candidate, the hop there, then the rest from
 * it. Only parts that add up exactly whatever else is placed are counted:
 * - latency: fixed parts of each hop and each stage's service time;
 * - cost: per-GB transport, egress at the lowest price any further GB can
 *   have (tiers only get cheaper), and owned sites' electricity for the
 *   stage's work, which is linear in load below saturation;
 * - energy: per-GB transport energy and the work's energy, linear likewise.
 * Queue waits, jitter, bursts and anything a hop shares are left out (≥ 0).
 * Where a hop's route depends on the routing variant, the smaller is taken.
 * Apart from these sums, the widest access jitter every completion crosses:
 * the least, over completions, of the widest exponential access part of
 * their hops, which latency bounds combine with the placed hops' (see
 * IncrementalEvaluator).
 */
export class CompletionBounds {
  readonly #prep: Prepared;
  /** Whether stage work's electricity and energy count: only below saturation, so only when capacity is a constraint. */
  readonly #withCompute: boolean;
  readonly #S: number;
  readonly #n: number;
  /** Per level, per site: [ms, usd, kwh, widest access exponential ms]; NaN until computed. */
  readonly #table: Float64Array[];

  constructor(prep: Prepared, withCompute: boolean) {
    this.#prep = prep;
    this.#withCompute = withCompute;
    this.#S = prep.problem.stageCount;
    this.#n = prep.problem.scenario.sites.length;
    this.#table = Array.from({ length: this.#S + 2 }, () => new Float64Array(STRIDE * this.#n).fill(NaN));
  }

  /** Writes the least [cost, p95, energy] levels `level` onwards add, with the workload at `site`. */
  at(level: number, site: number, out: Float64Array): void {
    const row = this.#row(level, site);
    out[P95] = row[STRIDE * site];
    out[COST] = row[STRIDE * site + 1];
    out[ENERGY] = row[STRIDE * site + 2];
  }

  /** The least, over completions from `level` with the workload at `site`, of the widest exponential access part they cross, ms. */
  leastWidestAccessMs(level: number, site: number): number {
    return this.#row(level, site)[STRIDE * site + 3];
  }

  #row(level: number, site: number): Float64Array {
    const row = this.#table[level];
    if (Number.isNaN(row[STRIDE * site])) this.#fill(level, site, row);
    return row;
  }

  #fill(level: number, from: number, row: Float64Array): void {
    const { problem } = this.#prep;
    const at = STRIDE * from;
    if (level > this.#S) {
      row[at] = row[at + 1] = row[at + 2] = row[at + 3] = 0;
      return;
    }
    if (level === this.#S) {
      const back = problem.workload.returnsToDevice && from !== problem.source;
      this.#hop(level, from, problem.source, back, row, at);
      return;
    }
    let ms = Infinity;
    let usd = Infinity;
    let kwh = Infinity;
    let widestMs = Infinity;
    const hop = new Float64Array(STRIDE);
    for (const to of problem.candidates[level]) {
      const serviceMs = problem.workload.stages[level].gflopsPerRequest > 0 ? this.#prep.serviceMs(level, to) : 0;
      if (!Number.isFinite(serviceMs)) continue;
      this.#hop(level, from, to, from !== to, hop, 0);
      const rest = this.#row(level + 1, to);
      const r = STRIDE * to;
      ms = Math.min(ms, hop[0] + serviceMs + rest[r]);
      const computeUsd = this.#withCompute ? this.#prep.computeUsd(level, to) : 0;
      const computeKwh = this.#withCompute ? this.#prep.computeKwh(level, to) : 0;
      usd = Math.min(usd, hop[1] + computeUsd + rest[r + 1]);
      kwh = Math.min(kwh, hop[2] + computeKwh + rest[r + 2]);
      widestMs = Math.min(widestMs, Math.max(hop[3], rest[r + 3]));
    }
    row[at] = ms;
    row[at + 1] = Number.isFinite(usd) ? usd : 0;
    row[at + 2] = Number.isFinite(kwh) ? kwh : 0;
    row[at + 3] = Number.isFinite(widestMs) ? widestMs : 0;
  }

  /** The least a hop adds under either routing variant ([ms, usd, kwh, widest access ms] at `at`); nothing without a hop or a route. */
  #hop(index: number, from: number, to: number, exists: boolean, out: Float64Array, at: number): void {
    out[at] = out[at + 1] = out[at + 2] = out[at + 3] = 0;
    if (!exists) return;
    const first = this.#prep.hops.get(index, from, to, A_STAR);
    const second = this.#prep.routes.same(from, to) ? first : this.#prep.hops.get(index, from, to, DIJKSTRA);
    // An unroutable hop leaves the workload unreachable: no feasible completion, and the push says why.
    if (first.route === null || second.route === null) return;
    out[at] = Math.min(first.fixedMs, second.fixedMs);
    out[at + 1] = Math.min(this.#usd(first), this.#usd(second));
    out[at + 2] = Math.min(first.perGbKwhPerMonth, second.perGbKwhPerMonth);
    out[at + 3] = Math.min(first.accessSpread.largestMs, second.accessSpread.largestMs);
  }

  #usd(info: HopInfo): number {
    const { model, baseInternetGb } = this.#prep;
    let usd = info.perGbUsdPerMonth;
    for (let i = 0; i < info.egressSites.length; i++) {
      const site = info.egressSites[i];
      const usdPerGb = info.egressInterRegion[i] === 1 ? model.interRegionUsdPerGb : model.egressFloorUsdPerGb(site, baseInternetGb[site]);
      usd += info.gbPerMonth * usdPerGb;
    }
    return usd;
  }
}
