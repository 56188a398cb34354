import { serviceTimeMs } from '../evaluate/compute';
import { ElementModel } from './elementModel';
import { HopTable } from './hopTable';
import type { Problem } from './problem';
import { RouteCache } from './routeCache';

/**
 * What every evaluator of one problem shares, whatever constraints it checks:
 * routes and hops (built lazily), prices, and per-stage figures for bounds.
 */
export interface Prepared {
  readonly problem: Problem;
  readonly routes: RouteCache;
  readonly hops: HopTable;
  readonly model: ElementModel;
  /** Why leaves are evaluated by whole engine runs, or null when the incremental evaluation is exact. */
  readonly fullEvaluationReason: string | null;
  /** Requests per second stage work puts on a site's pool (one device's for a device group, as loadCompute). */
  poolRate(site: number): number;
  /** Service time of stage k at a site, ms (Infinity without an accelerator). */
  serviceMs(stage: number, site: number): number;
  /** Per stage: the least service time over its candidates, ms. */
  readonly minServiceMs: Float64Array;
  /**
   * Electricity cost and energy stage k's work adds at a site, a month: power
   * is linear in load below saturation, so this is what it adds wherever the
   * rest of the workload goes, as long as the site is not saturated.
   */
  computeUsd(stage: number, site: number): number;
  computeKwh(stage: number, site: number): number;
  /** Egress volumes of the rest of the scenario, per cloud region, GB/month. */
  readonly baseInternetGb: Float64Array;
  readonly baseInterRegionGb: Float64Array;
  /** Per link and per site: other workloads (scenario index) that met their objective and use it. */
  readonly othersOnLink: readonly (readonly number[] | undefined)[];
  readonly othersAtSite: readonly (readonly number[] | undefined)[];
  /**
   * Other workloads that met their objective but miss it once the workload is
   * taken away (its load can keep a burst switched on for them): whatever the
   * placement, these must be checked too.
   */
  readonly othersMissingWithout: readonly number[];
}

export function prepare(problem: Problem): Prepared {
  const { scenario, workload, base, source, candidates, network, workloadIndex: w } = problem;
  const routes = new RouteCache(problem);
  const model = new ElementModel(scenario, network, problem.params);
  const hops = new HopTable(problem, routes, model);
  const devices = scenario.sites[source].deviceCount ?? 1;
  const poolRate = (site: number) =>
    scenario.sites[site].tier === 'device' ? workload.requestsPerSecondPerDevice : workload.requestsPerSecondPerDevice * devices;
  const serviceMs = (stage: number, site: number) => serviceTimeMs(base.compute.pools[site], workload.stages[stage].gflopsPerRequest);

  const S = problem.stageCount;
  const minServiceMs = Float64Array.from({ length: S }, (_, k) =>
    candidates[k].reduce((least, site) => Math.min(least, serviceMs(k, site)), Infinity),
  );
  const computeKw = (stage: number, site: number) => {
    const service = serviceMs(stage, site);
    const pool = base.compute.pools[site];
    if (!Number.isFinite(service) || service <= 0 || pool.servers === 0) return 0;
    const erlangsEach = (poolRate(site) * service) / 1000 / pool.servers;
    return (model.units[site] * erlangsEach * model.spanW[site] * model.powered[site] * model.pue[site]) / 1000;
  };
  const computeUsd = (stage: number, site: number) =>
    model.owned[site] === 1 ? computeKw(stage, site) * model.hoursPerMonth * model.electricityUsdPerKwh : 0;
  const computeKwh = (stage: number, site: number) => computeKw(stage, site) * model.hoursPerMonth;

  const baseInternetGb = new Float64Array(scenario.sites.length);
  const baseInterRegionGb = new Float64Array(scenario.sites.length);
  const othersOnLink: number[][] = new Array<number[]>(network.links.length);
  const othersAtSite: number[][] = new Array<number[]>(scenario.sites.length);
  const add = (lists: number[][], at: number, o: number) => {
    const list = (lists[at] ??= []);
    if (list[list.length - 1] !== o) list.push(o);
  };
  for (const flows of base.flows) {
    for (const hop of flows.hops) {
      const route = hop.route;
      if (route === null) continue;
      const o = hop.workload < w ? hop.workload : hop.workload + 1;
      for (let i = 0; i < route.links.length; i++) {
        const link = network.links[route.links[i]];
        const out = route.nodes[i];
        if (problem.metBefore[o] === 1) add(othersOnLink, link.index, o);
        if (link.medium === 'on-demand-interconnect' || scenario.sites[out].tier !== 'cloud') continue;
        const gb = hop.rate * hop.bits * model.gbPerBitRate;
        if (scenario.sites[route.nodes[i + 1]].tier === 'cloud') baseInterRegionGb[out] += gb;
        else baseInternetGb[out] += gb;
      }
    }
  }
  const othersMissingWithout: number[] = [];
  problem.baseScenario.workloads.forEach((other, b) => {
    const o = b < w ? b : b + 1;
    if (problem.metBefore[o] === 0) return;
    for (const stage of other.stages) add(othersAtSite, network.siteIndex.get(stage.siteId)!, o);
    const ok = base.composed[b].status === 'ok' && base.summaries[b].p95Ms <= other.latencyObjectiveP95Ms;
    if (!ok) othersMissingWithout.push(o);
  });

  // Another workload's lone hop from a site the workload may leave, whose A* and
  // Dijkstra paths differ, would change path when the workload joins its search.
  let fullEvaluationReason = problem.fullEvaluationReason;
  if (fullEvaluationReason === null) {
    const origins = new Set<number>([source]);
    for (const list of candidates) for (const site of list) origins.add(site);
    for (const f of origins) {
      if (routes.reroutesOthersFrom(f)) {
        fullEvaluationReason = `another workload's route from ${scenario.sites[f].name} ties with a second path of equal latency, which the engine may switch to when this workload also leaves ${scenario.sites[f].name}: every placement is evaluated by a whole run`;
        break;
      }
    }
  }

  return {
    problem,
    routes,
    hops,
    model,
    fullEvaluationReason,
    poolRate,
    serviceMs,
    minServiceMs,
    computeUsd,
    computeKwh,
    baseInternetGb,
    baseInterRegionGb,
    othersOnLink,
    othersAtSite,
    othersMissingWithout,
  };
}
