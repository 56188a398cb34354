import { BITS_PER_BYTE, BYTES_PER_KB } from '../model/units';
import type { Route, RouteConstraints } from '../routing/router';
import type { DataClass, RoutingPolicy, Scenario } from '../scenario/schema';
import type { PreparedNetwork } from './network';
import type { RoutingContext } from './routing';

/** A message crossing the network between two placements of one workload. */
export interface Hop {
  readonly workload: number;
  readonly fromSite: number;
  readonly toSite: number;
  readonly sizeKB: number;
  readonly bits: number;
  /** Messages per second on this hop (the workload's whole request rate). */
  readonly rate: number;
  /** Class of the data carried. */
  readonly dataClass: DataClass;
  /** Index of the stage that receives it, or −1 for the answer going back to the device. */
  readonly toStage: number;
  readonly policy: RoutingPolicy;
  /** Whether the hop's workload rides the URLLC slice. */
  readonly slice: boolean;
  /** Jurisdiction a residency-constrained hop must stay in. */
  readonly homeJurisdiction: string;
  route: Route | null;
  /** Per link of the route: 1 when crossed from → to. */
  forward: Uint8Array | null;
  /** Why the hop has no route, when it has none. */
  unroutedReason: string | null;
}

export interface WorkloadFlows {
  readonly requestsPerSecond: number;
  readonly hops: Hop[];
}

/**
 * Load per slot. A link has four slots: direction (from → to, back) × class
 * (best effort, URLLC slice). Σ λ·b^n (b in bits) give the M/G/1 moments.
 */
export interface SlotLoads {
  readonly rate: Float64Array;
  readonly bits1: Float64Array;
  readonly bits2: Float64Array;
  readonly bits3: Float64Array;
  readonly bits4: Float64Array;
}

export const SLOTS_PER_LINK = 4;

export function slotOf(link: number, forward: boolean, slice: boolean): number {
  return link * SLOTS_PER_LINK + (forward ? 0 : 2) + (slice ? 1 : 0);
}

export function emptyLoads(linkCount: number): SlotLoads {
  const n = linkCount * SLOTS_PER_LINK;
  return {
    rate: new Float64Array(n),
    bits1: new Float64Array(n),
    bits2: new Float64Array(n),
    bits3: new Float64Array(n),
    bits4: new Float64Array(n),
  };
}

/** Builds every workload's hops between consecutive placements (routes are filled in by routeHops). */
export function buildHops(scenario: Scenario, network: PreparedNetwork, slicesEnabled: boolean): WorkloadFlows[] {
  return scenario.workloads.map((workload, w): WorkloadFlows => {
    const source = network.siteIndex.get(workload.sourceSiteId)!;
    const deviceCount = scenario.sites[source].deviceCount ?? 1;
    const rate = deviceCount * workload.requestsPerSecondPerDevice;
    const hops: Hop[] = [];
    const policy = workload.routingPolicy ?? 'lowestLatency';
    const slice = slicesEnabled && workload.urllcSlice === true;
    const homeJurisdiction = scenario.sites[source].jurisdiction;
    // A plain literal: V8's object spread is several µs per hop, which adds up at scale.
    const hop = (fromSite: number, toSite: number, sizeKB: number, dataClass: DataClass, toStage: number): Hop => ({
      workload: w,
      fromSite,
      toSite,
      sizeKB,
      bits: sizeKB * BYTES_PER_KB * BITS_PER_BYTE,
      rate,
      dataClass,
      toStage,
      policy,
      slice,
      homeJurisdiction,
      route: null,
      forward: null,
      unroutedReason: null,
    });
    let at = source;
    let sizeKB = workload.inputKB;
    workload.stages.forEach((stage, i) => {
      const site = network.siteIndex.get(stage.siteId)!;
      if (site !== at) hops.push(hop(at, site, sizeKB, stage.inputDataClass, i));
      at = site;
      sizeKB = stage.outputKB;
    });
    if (workload.returnsToDevice && at !== source) hops.push(hop(at, source, sizeKB, 'derived', -1));
    return { requestsPerSecond: rate, hops };
  });
}

/**
 * Routes hops by their workload's policy. Hops that share a source and a way
 * of routing are answered by one search that stops once all their targets are
 * settled; a lone hop uses A*.
 */
export function routeHops(hops: readonly Hop[], scenario: Scenario, ctx: RoutingContext, extra: RouteConstraints = {}): void {
  // Way of routing (policy, and home for residency) → source site → hops. Numeric inner keys:
  // building a string key per hop cost more than the searches of a large scenario.
  const ways = new Map<string, Map<number, Hop[]>>();
  for (const hop of hops) {
    const way = hop.policy === 'residency' ? `residency|${hop.homeJurisdiction}` : hop.policy;
    let bySource = ways.get(way);
    if (bySource === undefined) ways.set(way, (bySource = new Map()));
    const group = bySource.get(hop.fromSite);
    if (group === undefined) bySource.set(hop.fromSite, [hop]);
    else group.push(hop);
  }
  for (const bySource of ways.values()) {
    let constraints: RouteConstraints | null = null;
    for (const group of bySource.values()) {
      const first = group[0];
      constraints ??= {
        blockedLink: extra.blockedLink,
        blockedNode: extra.blockedNode,
        allowedNodes: ctx.allowedNodes(first.policy, first.homeJurisdiction),
        noTransit: ctx.noTransit,
      };
      const targets: number[] = [];
      for (const hop of group) if (!targets.includes(hop.toSite)) targets.push(hop.toSite);
      const routes = ctx.router(first.policy).routeMany(first.fromSite, targets, constraints);
      for (const hop of group) {
        hop.route = routes[targets.indexOf(hop.toSite)];
        hop.forward = null;
        hop.unroutedReason = hop.route === null ? unroutedReason(hop, scenario) : null;
      }
    }
  }
}

function unroutedReason(hop: Hop, scenario: Scenario): string {
  const to = scenario.sites[hop.toSite];
  return hop.policy === 'residency' && to.jurisdiction !== hop.homeJurisdiction
    ? `${to.name} is outside ${hop.homeJurisdiction}, and the workload must stay in it`
    : `no path from ${scenario.sites[hop.fromSite].name} to ${to.name}`;
}

/** Whether a hop's traffic uses the slice slot of a link: only where the link reserves a slice. */
export function usesSliceSlot(hop: Hop, network: PreparedNetwork, link: number): boolean {
  return hop.slice && network.sliceReservedMbps[link] > 0;
}

/** Adds (sign = 1) or removes (sign = −1) a routed hop's load on every slot it crosses. */
export function applyHopLoad(hop: Hop, network: PreparedNetwork, loads: SlotLoads, sign: 1 | -1): void {
  const route = hop.route;
  if (route === null) return;
  if (hop.forward === null) {
    hop.forward = new Uint8Array(route.links.length);
    for (let i = 0; i < route.links.length; i++) hop.forward[i] = network.links[route.links[i]].from === route.nodes[i] ? 1 : 0;
  }
  const r = sign * hop.rate;
  const b = hop.bits;
  const b2 = b * b;
  for (let i = 0; i < route.links.length; i++) {
    const link = route.links[i];
    const slot = slotOf(link, hop.forward[i] === 1, usesSliceSlot(hop, network, link));
    loads.rate[slot] += r;
    loads.bits1[slot] += r * b;
    loads.bits2[slot] += r * b2;
    loads.bits3[slot] += r * b2 * b;
    loads.bits4[slot] += r * b2 * b2;
  }
}

/** Mbit/s on a link direction, both classes together. */
export function directionMbps(loads: SlotLoads, link: number, forward: boolean): number {
  const s = slotOf(link, forward, false);
  return (loads.bits1[s] + loads.bits1[s + 1]) / 1e6;
}
