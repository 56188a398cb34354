import type { Route, RouteConstraints, Router } from '../routing/router';
import type { RoutingPolicy } from '../scenario/schema';
import type { Problem } from './problem';

/** The engine answers a hop alone by A*, or with other targets from its source by Dijkstra. */
export const A_STAR = 0;
export const DIJKSTRA = 1;

/** othersTarget value where other workloads' hops from a site go to more than one target. */
export const MANY_TARGETS = -2;

function sameRoute(a: Route | null, b: Route | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.links.length !== b.links.length) return false;
  for (let i = 0; i < a.links.length; i++) if (a.links[i] !== b.links[i] || a.nodes[i + 1] !== b.nodes[i + 1]) return false;
  return true;
}

/**
 * The routes the engine would give the workload's hops, computed when first
 * asked for. routeHops answers all hops that share a source and a way of
 * routing with one search: A* when they have a single target, Dijkstra when
 * they have several. Between equally short paths the two can choose
 * differently, so both are kept; Dijkstra's path to a target does not depend
 * on the other targets (settled nodes are final), so one per pair suffices.
 */
export class RouteCache {
  readonly #router: Router;
  readonly #constraints: RouteConstraints;
  readonly #n: number;
  readonly #astar = new Map<number, Route | null>();
  readonly #dijkstra = new Map<number, Route | null>();
  /**
   * Per site: where other workloads' hops from it go, under the workload's own
   * way of routing (−1 none, a site, or MANY_TARGETS). Their targets share the
   * search with the workload's hops from that site.
   */
  readonly othersTarget: Int32Array;
  readonly policy: RoutingPolicy;

  constructor(problem: Problem) {
    const { workload, base, scenario } = problem;
    const home = scenario.sites[problem.source].jurisdiction;
    this.policy = workload.routingPolicy ?? 'lowestLatency';
    this.#router = base.ctx.router(this.policy);
    this.#constraints = { allowedNodes: base.ctx.allowedNodes(this.policy, home), noTransit: base.ctx.noTransit };
    this.#n = scenario.sites.length;
    this.othersTarget = new Int32Array(this.#n).fill(-1);
    for (const hop of base.hops) {
      if (hop.policy !== this.policy || (this.policy === 'residency' && hop.homeJurisdiction !== home)) continue;
      const seen = this.othersTarget[hop.fromSite];
      if (seen === -1) this.othersTarget[hop.fromSite] = hop.toSite;
      else if (seen !== hop.toSite) this.othersTarget[hop.fromSite] = MANY_TARGETS;
    }
  }

  route(from: number, to: number, variant: number): Route | null {
    const key = from * this.#n + to;
    const cache = variant === A_STAR ? this.#astar : this.#dijkstra;
    let route = cache.get(key);
    if (route === undefined) {
      // A second target (the source itself, settled first) makes routeMany run Dijkstra.
      route =
        variant === A_STAR
          ? this.#router.route(from, to, this.#constraints)
          : this.#router.routeMany(from, [to, from], this.#constraints)[0];
      cache.set(key, route);
    }
    return route;
  }

  /** Whether A* and Dijkstra give the same path between the two sites. */
  same(from: number, to: number): boolean {
    return sameRoute(this.route(from, to, A_STAR), this.route(from, to, DIJKSTRA));
  }

  /**
   * Whether a hop of the workload from `from` could switch another workload's
   * lone hop from A* to Dijkstra and so onto another, equally short path.
   */
  reroutesOthersFrom(from: number): boolean {
    const target = this.othersTarget[from];
    return target >= 0 && !this.same(from, target);
  }
}
