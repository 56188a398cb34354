import { parametersOf } from '../evaluate/drivers';
import { prepareNetwork, type PreparedNetwork } from '../evaluate/network';
import { RoutingContext } from '../evaluate/routing';
import { buildGraph } from '../routing/graph';
import { Router, type RouteConstraints } from '../routing/router';
import type { Scenario, Site, Workload } from '../scenario/schema';

/**
 * Raw personal data should stay in the jurisdiction of the devices it comes
 * from (the sovereignty check flags it when it leaves). So when the stages
 * being placed receive raw personal data and the nearest site is abroad, the
 * nearest site at home is taken instead if it is at most this many times as
 * far in one-way latency: sovereignty is worth some delay, not any delay.
 */
export const HOME_LATENCY_ALLOWANCE = 2;

/** A site a stage can run on: it has at least one accelerator. */
export function hasCompute(site: Site): boolean {
  return site.compute.acceleratorId !== 'none' && site.compute.count > 0;
}

export interface NearestQuery {
  readonly workload: Workload;
  /** Indices of the sites to choose among; pass the same array again to reuse the search. */
  readonly candidates: readonly number[];
  /** Whether any of the stages to be placed receives raw personal data (see HOME_LATENCY_ALLOWANCE). */
  readonly rawPersonal: boolean;
  /** A site the chosen one must also be reachable from, such as the edge site that feeds it. */
  readonly reachableFrom?: number;
}

export interface NearestSite {
  readonly site: number;
  /** One-way base latency from the workload's source, ms. */
  readonly latencyMs: number;
}

/** For each workload source, its nearest candidate. */
type NearestTable = ReadonlyMap<number, NearestSite>;

/**
 * Nearest sites by one-way base latency from device groups, as the engine
 * routes: the latency-weighted links of prepareNetwork, the engine's Router,
 * device groups never carrying transit, and a residency workload kept to its
 * jurisdiction (for it a site abroad is unreachable). Other policies may pick
 * other routes, but they reach the same sites, and lowest latency is what
 * "nearest" means. Ties between equally near sites are broken by the search
 * order, which is deterministic.
 */
export class SiteDistances {
  readonly #scenario: Scenario;
  readonly #network: PreparedNetwork;
  readonly #context: RoutingContext;
  readonly #router: Router;
  /** Every device group some workload starts from. */
  readonly #sources: readonly number[];
  /** Candidates → way of routing ('' or the residency jurisdiction) → nearest per source. */
  readonly #tables = new WeakMap<readonly number[], Map<string, NearestTable>>();
  readonly #atHome = new WeakMap<readonly number[], Map<string, number[]>>();
  /** Latency by way of routing, then by from × sites + to; -1 when unreachable. */
  readonly #pairs = new Map<string, Map<number, number>>();

  /** Expects a validated scenario: every reference names a site. */
  constructor(scenario: Scenario) {
    const params = parametersOf(scenario);
    this.#scenario = scenario;
    this.#network = prepareNetwork(scenario, params);
    this.#context = new RoutingContext(scenario, this.#network, params);
    this.#router = this.#context.router('lowestLatency');
    this.#sources = [...new Set(scenario.workloads.map((w) => this.#network.siteIndex.get(w.sourceSiteId)!))];
  }

  siteIndex(id: string): number | undefined {
    return this.#network.siteIndex.get(id);
  }

  /** The candidate nearest the workload's source, with the home-jurisdiction preference; null when none is reachable. */
  nearest(query: NearestQuery): NearestSite | null {
    const { workload, candidates, rawPersonal, reachableFrom } = query;
    const { best, chosen } = this.#choose(workload, candidates, rawPersonal);
    if (best === null || chosen === null || reachableFrom === undefined) return chosen;
    const reachable = (site: number) => this.latencyMs(workload, reachableFrom, site) !== null;
    // Filtering candidates by reachability would not change the choice: the nearest and the chosen both stay in.
    if (reachable(best.site) && reachable(chosen.site)) return chosen;
    // Only where networks meet at a device group, which relays nothing: choose again among those reachable.
    return this.#choose(workload, candidates.filter(reachable), rawPersonal).chosen;
  }

  /** One-way base latency from one site to another for a workload's routing, ms; null when no route exists. */
  latencyMs(workload: Workload, from: number, to: number): number | null {
    const way = this.#way(workload);
    let pairs = this.#pairs.get(way);
    if (pairs === undefined) this.#pairs.set(way, (pairs = new Map()));
    const key = from * this.#scenario.sites.length + to;
    let ms = pairs.get(key);
    if (ms === undefined) {
      const constraints: RouteConstraints = { allowedNodes: this.#allowed(way), noTransit: this.#context.noTransit };
      ms = this.#router.route(from, to, constraints)?.cost ?? -1;
      pairs.set(key, ms);
    }
    return ms < 0 ? null : ms;
  }

  #choose(
    workload: Workload,
    candidates: readonly number[],
    rawPersonal: boolean,
  ): { best: NearestSite | null; chosen: NearestSite | null } {
    const source = this.#network.siteIndex.get(workload.sourceSiteId)!;
    const home = this.#scenario.sites[source].jurisdiction;
    const way = this.#way(workload);
    const best = this.#table(candidates, way).get(source) ?? null;
    if (best === null || !rawPersonal || this.#scenario.sites[best.site].jurisdiction === home) return { best, chosen: best };
    const atHome = this.#table(this.#inJurisdiction(candidates, home), way).get(source);
    const keepHome = atHome !== undefined && atHome.latencyMs <= HOME_LATENCY_ALLOWANCE * best.latencyMs;
    return { best, chosen: keepHome ? atHome : best };
  }

  /** Residency workloads route inside their source's jurisdiction; every other policy may go anywhere. */
  #way(workload: Workload): string {
    if (workload.routingPolicy !== 'residency') return '';
    return this.#scenario.sites[this.#network.siteIndex.get(workload.sourceSiteId)!].jurisdiction;
  }

  #allowed(way: string): Uint8Array | null {
    return way === '' ? null : this.#context.allowedNodes('residency', way);
  }

  #inJurisdiction(candidates: readonly number[], jurisdiction: string): number[] {
    let byJurisdiction = this.#atHome.get(candidates);
    if (byJurisdiction === undefined) this.#atHome.set(candidates, (byJurisdiction = new Map()));
    let subset = byJurisdiction.get(jurisdiction);
    if (subset === undefined) {
      subset = candidates.filter((i) => this.#scenario.sites[i].jurisdiction === jurisdiction);
      byJurisdiction.set(jurisdiction, subset);
    }
    return subset;
  }

  /**
   * Every source's nearest candidate in one search: a virtual node joined to
   * each candidate at no cost, searched outwards to all the sources. Links
   * weigh the same both ways on the latency graph, so this equals searching
   * from each source, at the cost of one search instead of thousands.
   */
  #table(candidates: readonly number[], way: string): NearestTable {
    let byWay = this.#tables.get(candidates);
    if (byWay === undefined) this.#tables.set(candidates, (byWay = new Map()));
    const known = byWay.get(way);
    if (known !== undefined) return known;
    const table = new Map<number, NearestSite>();
    byWay.set(way, table);
    if (candidates.length === 0) return table;
    const { links, baseLatencyMs } = this.#network;
    const hub = this.#scenario.sites.length;
    const graph = buildGraph(hub + 1, [
      ...links.map((l) => ({ from: l.from, to: l.to, weight: baseLatencyMs[l.index] })),
      ...candidates.map((c) => ({ from: hub, to: c, weight: 0 })),
    ]);
    const allowed = this.#allowed(way);
    const constraints: RouteConstraints = {
      allowedNodes: allowed === null ? null : withHub(allowed, 1),
      noTransit: withHub(this.#context.noTransit, 0),
    };
    const routes = new Router(graph).routeMany(hub, this.#sources, constraints);
    routes.forEach((route, i) => {
      if (route !== null) table.set(this.#sources[i], { site: route.nodes[1], latencyMs: route.cost });
    });
    return table;
  }
}

/** A per-site mask with one more entry, for the virtual node. */
function withHub(mask: Uint8Array, hub: 0 | 1): Uint8Array {
  const out = new Uint8Array(mask.length + 1);
  out.set(mask);
  out[mask.length] = hub;
  return out;
}
