import type { Hop, WorkloadFlows } from '../evaluate/flows';
import { composeWorkload, summarise } from '../evaluate/latency';
import { solveLink, type LinkQueues } from '../evaluate/linkQueues';
import type { Scenario, Stage, Workload } from '../scenario/schema';
import type { AddedLoad } from './addedLoad';
import type { HopInfo } from './hopTable';
import type { Prepared } from './prepared';
import { restoreLink, restoreSite, solveSitePool } from './solveParts';
import { CAPACITY, NO_COMPUTE, OK, OTHER_OBJECTIVE, UNREACHABLE, type Constraints, type Verdict } from './verdicts';

const NO_SITES: ReadonlySet<number> = new Set();

/**
 * The workload's latency for a complete placement, and the other workloads'
 * objectives. Re-solves only the link slots the workload's hops cross (the
 * engine's solveLink on a working copy of the queues) and the pools its stages
 * load, composes the workload with the engine's composeWorkload and summarise,
 * then copies the queues and pools back.
 */
export class LeafEvaluator {
  readonly #prep: Prepared;
  readonly #load: AddedLoad;
  readonly #queues: LinkQueues;
  readonly #linkStamp: Int32Array;
  readonly #siteStamp: Int32Array;
  readonly #otherStamp: Int32Array;
  #stamp = 0;
  readonly #touchedLinks: number[] = [];
  readonly #touchedSites: number[] = [];
  /** composeWorkload reads the placement from the document: a one-workload view whose stages are swapped in place. */
  readonly #view: Scenario;
  readonly #viewStages: Stage[];
  readonly #stageAt: (Stage | undefined)[][];
  /** One flows object per number of hops, filled in place, so no array changes length. */
  readonly #flowsByCount: WorkloadFlows[];
  /** Why the last leaf failed: the engine's words, or the other workload and its p95. */
  problem = '';
  otherWorkload = -1;
  otherP95Ms = 0;

  constructor(prep: Prepared, load: AddedLoad) {
    const { base, network, scenario, workload, source } = prep.problem;
    this.#prep = prep;
    this.#load = load;
    const q = base.queues;
    this.#queues = {
      capacityMbps: q.capacityMbps.slice(),
      utilisation: q.utilisation.slice(),
      waitMeanMs: q.waitMeanMs.slice(),
      wait: q.wait.slice(),
      burstOn: q.burstOn.slice(),
      burstHoursPerDay: q.burstHoursPerDay.slice(),
      busyHourUtilisation: q.busyHourUtilisation.slice(),
      singleSize: q.singleSize.slice(),
    };
    const n = scenario.sites.length;
    this.#linkStamp = new Int32Array(network.links.length);
    this.#siteStamp = new Int32Array(n);
    this.#otherStamp = new Int32Array(scenario.workloads.length);
    this.#viewStages = workload.stages.slice();
    const viewWorkload: Workload = Object.assign({}, workload, { stages: this.#viewStages });
    this.#view = Object.assign({}, scenario, { workloads: [viewWorkload] });
    this.#stageAt = workload.stages.map(() => new Array<Stage | undefined>(n));
    const requestsPerSecond = (scenario.sites[source].deviceCount ?? 1) * workload.requestsPerSecondPerDevice;
    const most = workload.stages.length + 1;
    this.#flowsByCount = Array.from({ length: most + 1 }, (_, count) => ({ requestsPerSecond, hops: new Array<Hop>(count) }));
  }

  /**
   * The workload's p95 (Infinity where it is not ok) and the verdict of the
   * checks `c` asks for: its status, then, if `wantOthers(p95)`, the others.
   */
  evaluate(
    hops: readonly HopInfo[],
    hopCount: number,
    sites: Int32Array,
    c: Constraints,
    wantOthers: (p95Ms: number) => boolean,
  ): { verdict: Verdict; p95Ms: number } {
    const { network, profile, peak, workload, base } = this.#prep.problem;
    const stamp = ++this.#stamp;
    const touchedLinks = this.#touchedLinks;
    const touchedSites = this.#touchedSites;
    touchedLinks.length = 0;
    touchedSites.length = 0;
    const flows = this.#flowsByCount[hopCount];
    for (let h = 0; h < hopCount; h++) {
      const info = hops[h];
      flows.hops[h] = info.hop;
      const route = info.route;
      if (route === null) continue;
      for (let i = 0; i < route.links.length; i++) {
        const l = route.links[i];
        if (this.#linkStamp[l] === stamp) continue;
        this.#linkStamp[l] = stamp;
        touchedLinks.push(l);
        solveLink(network, network.links[l], this.#load.loads, profile, peak, true, this.#queues);
      }
    }
    for (let k = 0; k < workload.stages.length; k++) {
      const site = sites[k];
      this.#viewStages[k] = this.#stageOn(k, site);
      if (workload.stages[k].gflopsPerRequest === 0 || this.#siteStamp[site] === stamp) continue;
      this.#siteStamp[site] = stamp;
      touchedSites.push(site);
      solveSitePool(this.#load.compute, site);
    }

    const composed = composeWorkload(this.#view, 0, flows, network, this.#queues, this.#load.compute, NO_SITES);
    const ok = composed.status === 'ok';
    const p95Ms = ok ? summarise(composed).p95Ms : Infinity;
    let verdict: Verdict = OK;
    if (!ok) {
      this.problem = composed.problem ?? '';
      if (composed.status === 'saturated') verdict = c.capacity ? CAPACITY : OK;
      else if (c.reachable) verdict = composed.status === 'unreachable' ? UNREACHABLE : NO_COMPUTE;
    }
    // The caller checks the workload's own objective between these two: pass it the p95.
    if (verdict === OK && c.otherWorkloads && wantOthers(p95Ms)) verdict = this.#checkOthers(stamp);

    for (const l of touchedLinks) restoreLink(this.#queues, base.queues, l);
    for (const s of touchedSites) restoreSite(this.#load.compute, base.compute, s);
    return { verdict, p95Ms };
  }

  /**
   * Composes each other workload that met its objective and either shares a
   * re-solved slot or pool, or misses its objective once the workload is gone.
   */
  #checkOthers(stamp: number): Verdict {
    const prep = this.#prep;
    const { baseScenario, base, network, workloadIndex: w, scenario } = prep.problem;
    const check = (o: number): boolean => {
      if (this.#otherStamp[o] === stamp) return true;
      this.#otherStamp[o] = stamp;
      const b = o < w ? o : o - 1;
      const composed = composeWorkload(baseScenario, b, base.flows[b], network, this.#queues, this.#load.compute, NO_SITES);
      const p95 = composed.status === 'ok' ? summarise(composed).p95Ms : Infinity;
      if (p95 <= scenario.workloads[o].latencyObjectiveP95Ms) return true;
      this.otherWorkload = o;
      this.otherP95Ms = p95;
      return false;
    };
    for (const o of prep.othersMissingWithout) if (!check(o)) return OTHER_OBJECTIVE;
    for (const l of this.#touchedLinks) for (const o of prep.othersOnLink[l] ?? []) if (!check(o)) return OTHER_OBJECTIVE;
    for (const s of this.#touchedSites) for (const o of prep.othersAtSite[s] ?? []) if (!check(o)) return OTHER_OBJECTIVE;
    return OK;
  }

  /** Stage k's document object placed on a site, made once. */
  #stageOn(k: number, site: number): Stage {
    let stage = this.#stageAt[k][site];
    if (stage === undefined) {
      stage = Object.assign({}, this.#prep.problem.workload.stages[k], { siteId: this.#prep.problem.scenario.sites[site].id });
      this.#stageAt[k][site] = stage;
    }
    return stage;
  }
}
