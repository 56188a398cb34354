import { EGRESS_TARIFFS } from '../catalogue/economics';
import { egressBandKey, GLOBAL_KEYS } from '../catalogue/registry';
import { slotOf } from '../evaluate/flows';
import type { PreparedNetwork } from '../evaluate/network';
import type { RoutingContext } from '../evaluate/routing';
import type { Parameters } from '../parameters';
import type { Route } from '../routing/router';
import type { RoutingPolicy, Scenario } from '../scenario/schema';

/**
 * What a message between two sites costs per unit of size, along the route
 * its workload's policy gives it on the intact network. Every figure is
 * linear in the message's bits, so a hop's coefficients in the MILP are
 * `base + perBit × bits`.
 */
export interface HopFigures {
  readonly route: Route;
  /** Slot crossed on each link (direction × class, flows.ts slotOf). */
  readonly slots: Int32Array;
  /**
   * Fixed parts independent of size, ms: each link's access floor (access
   * latency less its exponential part, latency.ts accessComponent) and propagation.
   */
  readonly fixedMs: number;
  /**
   * Serialisation per bit, ms, at the most capacity each slot can have (burst
   * included) and the per-device radio rate: a lower bound on the engine's.
   */
  readonly serialisationMsPerBit: number;
  /** Usage charges plus cloud egress (first paid band, or inter-region) per GB carried. */
  readonly usdPerGb: number;
  /** Network energy per GB carried, summed over the links crossed. */
  readonly kwhPerGb: number;
  /** Whether the route reaches a site outside `home` (sovereignty.ts counts any node). */
  readonly leavesHome: boolean;
}

/** Capacity a slot can have at most: the slice's reservation, or best effort plus any burst. */
export function slotCapacityMbps(network: PreparedNetwork, link: number, slice: boolean): number {
  if (slice) return network.sliceReservedMbps[link];
  return network.capacityMbps[link] - network.sliceReservedMbps[link] + network.burstCapacityMbps[link];
}

/**
 * Routes and their figures between candidate sites, computed when first
 * asked for. Routes come from the engine's own routers (RoutingContext, with
 * the device no-transit rule and the residency mask), so they are the routes
 * evaluateScenario takes for every policy but load-aware, which starts from
 * the lowest-latency route and may move once the loads are known.
 */
export class HopFigureTable {
  readonly #scenario: Scenario;
  readonly #network: PreparedNetwork;
  readonly #ctx: RoutingContext;
  readonly #interRegionUsdPerGb: number;
  readonly #firstPaidBand = new Map<string, number>();
  readonly #params: Parameters;
  readonly #cache = new Map<string, HopFigures | null>();

  constructor(scenario: Scenario, network: PreparedNetwork, ctx: RoutingContext, params: Parameters) {
    this.#scenario = scenario;
    this.#network = network;
    this.#ctx = ctx;
    this.#params = params;
    this.#interRegionUsdPerGb = params.get(GLOBAL_KEYS.interRegionUsdPerGb);
  }

  /** Figures of a hop from site a to site b ≠ a, or null when the policy finds no route. */
  figures(policy: RoutingPolicy, home: string, slice: boolean, a: number, b: number): HopFigures | null {
    const key = `${policy}|${home}|${slice ? 1 : 0}|${a}|${b}`;
    let found = this.#cache.get(key);
    if (found === undefined) {
      const route = this.#ctx.router(policy).route(a, b, {
        allowedNodes: this.#ctx.allowedNodes(policy, home),
        noTransit: this.#ctx.noTransit,
      });
      found = route === null ? null : this.#measure(route, slice, home);
      this.#cache.set(key, found);
    }
    return found;
  }

  #measure(route: Route, slice: boolean, home: string): HopFigures {
    const network = this.#network;
    const sites = this.#scenario.sites;
    const n = route.links.length;
    const slots = new Int32Array(n);
    let fixedMs = 0;
    let serialisationMsPerBit = 0;
    let usdPerGb = 0;
    let kwhPerGb = 0;
    for (let i = 0; i < n; i++) {
      const l = route.links[i];
      const link = network.links[l];
      const out = route.nodes[i];
      const into = route.nodes[i + 1];
      const inSlice = slice && network.sliceReservedMbps[l] > 0;
      slots[i] = slotOf(l, link.from === out, inSlice);
      const access = inSlice && link.params.kind === 'radio' ? network.urllcAccess() : link.params;
      fixedMs += access.accessLatencyMs - Math.min(access.jitterMs, access.accessLatencyMs) + network.propagationMs[l];
      let rateMbps = slotCapacityMbps(network, l, inSlice);
      if (sites[out].tier === 'device') rateMbps = Math.min(rateMbps, link.params.uplinkPerDeviceMbps);
      else if (sites[into].tier === 'device') rateMbps = Math.min(rateMbps, link.params.downlinkPerDeviceMbps);
      // latency.ts: no capacity gives no serialisation term (the capacity row forbids the load instead).
      if (rateMbps > 0) serialisationMsPerBit += 1000 / (rateMbps * 1e6);
      usdPerGb += network.costUsdPerGb[l] + this.#egressUsdPerGb(out, into, link.medium);
      kwhPerGb += link.params.energyKwhPerGb;
    }
    let leavesHome = false;
    for (const node of route.nodes) if (sites[node].jurisdiction !== home) leavesHome = true;
    return { route, slots, fixedMs, serialisationMsPerBit, usdPerGb, kwhPerGb, leavesHome };
  }

  /** cost.ts egress, linearised: the inter-region rate, or the first band of the tariff that charges. */
  #egressUsdPerGb(out: number, into: number, medium: string): number {
    const sites = this.#scenario.sites;
    if (sites[out].tier !== 'cloud' || medium === 'on-demand-interconnect') return 0;
    if (sites[into].tier === 'cloud') return this.#interRegionUsdPerGb;
    const tariff = sites[out].egressTariff ?? 'aws';
    let price = this.#firstPaidBand.get(tariff);
    if (price === undefined) {
      const band = EGRESS_TARIFFS[tariff].bands.findIndex((b) => b.usdPerGb > 0);
      price = band < 0 ? 0 : this.#params.get(egressBandKey(tariff, band));
      this.#firstPaidBand.set(tariff, price);
    }
    return price;
  }
}
