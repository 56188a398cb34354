import { EGRESS_TARIFFS } from '../catalogue/economics';
import { egressBandKey, GLOBAL_KEYS } from '../catalogue/registry';
import type { Parameters } from '../parameters';
import { buildGraph } from '../routing/graph';
import { Router } from '../routing/router';
import type { RoutingPolicy, Scenario } from '../scenario/schema';
import type { PreparedNetwork } from './network';

/** Ties between equally cheap routes go to the faster one: $/GB plus this × ms. */
const LATENCY_TIE_BREAK_USD_PER_GB_PER_MS = 1e-6;

/**
 * One router per way of weighing links, built when a workload first asks for
 * it, and the node masks that keep residency-constrained traffic at home.
 */
export class RoutingContext {
  readonly #scenario: Scenario;
  readonly #network: PreparedNetwork;
  readonly #params: Parameters;
  readonly #failedLinks: ReadonlySet<number>;
  readonly #alive: Uint8Array | null;
  #latency: Router | null = null;
  #cost: Router | null = null;
  #loadAware: Router | null = null;
  readonly #masks = new Map<string, Uint8Array>();
  /** Device groups: traffic may start or end there, never pass through. */
  readonly noTransit: Uint8Array;

  constructor(
    scenario: Scenario,
    network: PreparedNetwork,
    params: Parameters,
    failedLinks: ReadonlySet<number> = new Set(),
    failedSites: ReadonlySet<number> = new Set(),
  ) {
    this.#scenario = scenario;
    this.#network = network;
    this.#params = params;
    this.#failedLinks = failedLinks;
    this.noTransit = Uint8Array.from(scenario.sites, (s) => (s.tier === 'device' ? 1 : 0));
    this.#alive = failedSites.size === 0 ? null : Uint8Array.from(scenario.sites, (_, i) => (failedSites.has(i) ? 0 : 1));
  }

  router(policy: RoutingPolicy): Router {
    if (policy === 'lowestCost') return (this.#cost ??= this.#buildCostRouter());
    if (policy === 'loadAware' && this.#loadAware !== null) return this.#loadAware;
    return (this.#latency ??= this.#buildLatencyRouter());
  }

  /** Sites a hop may visit: all that have not failed, and for residency only those in the jurisdiction. */
  allowedNodes(policy: RoutingPolicy, jurisdiction: string): Uint8Array | null {
    if (policy !== 'residency') return this.#alive;
    let mask = this.#masks.get(jurisdiction);
    if (mask === undefined) {
      const alive = this.#alive;
      mask = Uint8Array.from(this.#scenario.sites, (s, i) =>
        s.jurisdiction === jurisdiction && (alive === null || alive[i] === 1) ? 1 : 0,
      );
      this.#masks.set(jurisdiction, mask);
    }
    return mask;
  }

  #weight(link: number, w: number): number {
    return this.#failedLinks.has(link) ? Infinity : w;
  }

  #buildLatencyRouter(): Router {
    if (this.#failedLinks.size === 0) return new Router(this.#network.graph, this.#network.latencyBound);
    const graph = buildGraph(
      this.#scenario.sites.length,
      this.#network.links.map((l) => ({ from: l.from, to: l.to, weight: this.#weight(l.index, this.#network.baseLatencyMs[l.index]) })),
    );
    return new Router(graph, this.#network.latencyBound);
  }

  /**
   * Traffic engineering for load-aware workloads: each link direction costs
   * its base latency plus the queueing delay it would add at the current load,
   * and a saturated direction cannot be used.
   */
  setLoadAwareWeights(extraMs: Float64Array): void {
    const links = this.#network.links;
    const base = this.#network.baseLatencyMs;
    const graph = buildGraph(
      this.#scenario.sites.length,
      links.map((l) => ({
        from: l.from,
        to: l.to,
        weight: this.#weight(l.index, base[l.index] + extraMs[l.index * 2]),
        weightBack: this.#weight(l.index, base[l.index] + extraMs[l.index * 2 + 1]),
      })),
    );
    // Weights only grow from the latency weights, so the latency bound stays admissible.
    this.#loadAware = new Router(graph, this.#network.latencyBound);
  }

  /** Marginal $/GB of crossing each link direction: usage charge plus egress when leaving a cloud region. */
  #buildCostRouter(): Router {
    const sites = this.#scenario.sites;
    const interRegion = this.#params.get(GLOBAL_KEYS.interRegionUsdPerGb);
    const egressRate = (out: number, into: number, medium: string): number => {
      if (sites[out].tier !== 'cloud' || medium === 'on-demand-interconnect') return 0;
      if (sites[into].tier === 'cloud') return interRegion;
      const tariff = sites[out].egressTariff ?? 'aws';
      // The first band that charges: what the next GB costs past any free allowance.
      const band = EGRESS_TARIFFS[tariff].bands.findIndex((b) => b.usdPerGb > 0);
      return band < 0 ? 0 : this.#params.get(egressBandKey(tariff, band));
    };
    const { costUsdPerGb, baseLatencyMs } = this.#network;
    const graph = buildGraph(
      sites.length,
      this.#network.links.map((l) => ({
        from: l.from,
        to: l.to,
        weight: this.#weight(
          l.index,
          costUsdPerGb[l.index] + egressRate(l.from, l.to, l.medium) + LATENCY_TIE_BREAK_USD_PER_GB_PER_MS * baseLatencyMs[l.index],
        ),
        weightBack: this.#weight(
          l.index,
          costUsdPerGb[l.index] + egressRate(l.to, l.from, l.medium) + LATENCY_TIE_BREAK_USD_PER_GB_PER_MS * baseLatencyMs[l.index],
        ),
      })),
    );
    return new Router(graph, null);
  }
}
