import { slotOf, usesSliceSlot, type Hop } from '../evaluate/flows';
import { accessExpMeanMs } from '../evaluate/latency';
import type { MediumParameters, PreparedNetwork } from '../evaluate/network';
import { addToSpread, type AccessSpread } from '../evaluate/partsFloor';
import { BITS_PER_BYTE, BYTES_PER_KB } from '../model/units';
import type { Route } from '../routing/router';
import type { DataClass, Scenario } from '../scenario/schema';
import type { ElementModel } from './elementModel';
import type { Problem } from './problem';
import type { RouteCache } from './routeCache';

/** One hop of the workload between two sites, with what placing it costs, precomputed. */
export interface HopInfo {
  /** The engine's hop, routed, for composeWorkload. */
  readonly hop: Hop;
  readonly route: Route | null;
  /** Slot crossed on each link of the route. */
  readonly slots: Int32Array;
  /**
   * Fixed parts of the hop, ms: propagation, access floors and serialisation
   * at the most capacity each slot can have. The engine's p95 is never below
   * the sum of a request's fixed parts (latency.ts summarise), so this bounds it.
   */
  readonly fixedMs: number;
  /**
   * The two widest exponential parts of the access latencies the hop crosses
   * (latency.ts accessComponent), ms: they depend on the media alone, not on
   * load, so a placed hop's are in every completion's request.
   */
  readonly accessSpread: Readonly<AccessSpread>;
  /** Raw personal data reaching a site outside the devices' jurisdiction (sovereignty.ts). */
  readonly leavesJurisdiction: boolean;
  /** Cloud regions the route leaves by a billed crossing, and whether into another region. */
  readonly egressSites: Int32Array;
  readonly egressInterRegion: Uint8Array;
  /** GB a month the hop carries over each link it crosses. */
  readonly gbPerMonth: number;
  /** What its volume costs and uses on its links' per-GB figures, exactly linear in load: USD and kWh a month. */
  readonly perGbUsdPerMonth: number;
  readonly perGbKwhPerMonth: number;
  /** What the hop adds to each slot it crosses: λ, λb, λb², λb³, λb⁴ (applyHopLoad). */
  readonly rate: number;
  readonly bits1: number;
  readonly bits2: number;
  readonly bits3: number;
  readonly bits4: number;
}

/** Why a hop has no route, in flows.ts's words. */
export function unroutedReason(scenario: Scenario, from: number, to: number, residencyHome: string | null): string {
  const target = scenario.sites[to];
  return residencyHome !== null && target.jurisdiction !== residencyHome
    ? `${target.name} is outside ${residencyHome}, and the workload must stay in it`
    : `no path from ${scenario.sites[from].name} to ${target.name}`;
}

/** Whether a hop's route takes raw personal data to a site outside `home` (any node counts, as in sovereignty.ts). */
export function routeLeavesJurisdiction(scenario: Scenario, route: Route, home: string): boolean {
  for (let i = 0; i < route.nodes.length; i++) if (scenario.sites[route.nodes[i]].jurisdiction !== home) return true;
  return false;
}

/**
 * The workload's hops, built when first needed, keyed by (hop index, from,
 * to, routing variant). Hop i < stage count carries stage i's input; hop
 * `stageCount` is the answer going back to the devices.
 */
export class HopTable {
  readonly #problem: Problem;
  readonly #routes: RouteCache;
  readonly #model: ElementModel;
  readonly #hops = new Map<number, HopInfo>();
  readonly #sizeKB: Float64Array;
  readonly #dataClass: DataClass[];
  readonly #rate: number;
  readonly #home: string;

  constructor(problem: Problem, routes: RouteCache, model: ElementModel) {
    this.#problem = problem;
    this.#routes = routes;
    this.#model = model;
    const { workload, scenario } = problem;
    const deviceCount = scenario.sites[problem.source].deviceCount ?? 1;
    this.#rate = deviceCount * workload.requestsPerSecondPerDevice;
    const stages = workload.stages;
    this.#sizeKB = Float64Array.from({ length: stages.length + 1 }, (_, i) => (i === 0 ? workload.inputKB : stages[i - 1].outputKB));
    this.#dataClass = [...stages.map((s) => s.inputDataClass), 'derived'];
    this.#home = scenario.sites[problem.source].jurisdiction;
  }

  get(index: number, from: number, to: number, variant: number): HopInfo {
    const n = this.#problem.scenario.sites.length;
    const key = ((index * n + from) * n + to) * 2 + variant;
    let info = this.#hops.get(key);
    if (info === undefined) {
      info = this.#build(index, from, to, this.#routes.route(from, to, variant));
      this.#hops.set(key, info);
    }
    return info;
  }

  #build(index: number, from: number, to: number, route: Route | null): HopInfo {
    const { scenario, network, workloadIndex, workload } = this.#problem;
    const sizeKB = this.#sizeKB[index];
    const bits = sizeKB * BYTES_PER_KB * BITS_PER_BYTE;
    const policy = this.#routes.policy;
    const hop: Hop = {
      workload: workloadIndex,
      fromSite: from,
      toSite: to,
      sizeKB,
      bits,
      rate: this.#rate,
      dataClass: this.#dataClass[index],
      toStage: index < workload.stages.length ? index : -1,
      policy,
      slice: workload.urllcSlice === true,
      homeJurisdiction: this.#home,
      route,
      forward: null,
      unroutedReason: route === null ? unroutedReason(scenario, from, to, policy === 'residency' ? this.#home : null) : null,
    };
    const length = route === null ? 0 : route.links.length;
    const slots = new Int32Array(length);
    const egressSites: number[] = [];
    const egressInterRegion: number[] = [];
    let fixedMs = 0;
    const accessSpread: AccessSpread = { largestMs: 0, secondMs: 0 };
    let usdPerGb = 0;
    let kwhPerGb = 0;
    if (route !== null) {
      hop.forward = new Uint8Array(length);
      for (let i = 0; i < length; i++) {
        const l = route.links[i];
        const forward = network.links[l].from === route.nodes[i];
        hop.forward[i] = forward ? 1 : 0;
        slots[i] = slotOf(l, forward, usesSliceSlot(hop, network, l));
        fixedMs += fixedPartMs(hop, network, scenario, route, i);
        addToSpread(accessSpread, accessExpMeanMs(accessOf(hop, network, l)));
        usdPerGb += network.costUsdPerGb[l];
        kwhPerGb += network.links[l].params.energyKwhPerGb;
        const out = route.nodes[i];
        if (network.links[l].medium !== 'on-demand-interconnect' && scenario.sites[out].tier === 'cloud') {
          egressSites.push(out);
          egressInterRegion.push(scenario.sites[route.nodes[i + 1]].tier === 'cloud' ? 1 : 0);
        }
      }
    }
    const r = this.#rate;
    const b2 = bits * bits;
    const gb = r * bits * this.#model.gbPerBitRate;
    return {
      hop,
      route,
      slots,
      fixedMs,
      accessSpread,
      leavesJurisdiction: route !== null && hop.dataClass === 'rawPersonal' && routeLeavesJurisdiction(scenario, route, this.#home),
      egressSites: Int32Array.from(egressSites),
      egressInterRegion: Uint8Array.from(egressInterRegion),
      gbPerMonth: gb,
      perGbUsdPerMonth: gb * usdPerGb,
      perGbKwhPerMonth: gb * kwhPerGb,
      rate: r,
      bits1: r * bits,
      bits2: r * b2,
      bits3: r * b2 * bits,
      bits4: r * b2 * b2,
    };
  }
}

/** The access figures a hop meets on link l, as latency.ts addHop picks them: a slice on radio has its own. */
function accessOf(hop: Hop, network: PreparedNetwork, l: number): MediumParameters {
  const params = network.links[l].params;
  return usesSliceSlot(hop, network, l) && params.kind === 'radio' ? network.urllcAccess() : params;
}

/**
 * Fixed part of crossing link i of a route, ms: propagation, the access floor
 * (latency.ts accessComponent: the access latency less its exponential part)
 * and serialisation at the slot's largest capacity (with any burst).
 */
function fixedPartMs(hop: Hop, network: PreparedNetwork, scenario: Scenario, route: Route, i: number): number {
  const l = route.links[i];
  const link = network.links[l];
  const inSlice = usesSliceSlot(hop, network, l);
  const access = accessOf(hop, network, l);
  const floorMs = access.accessLatencyMs - accessExpMeanMs(access);
  let rate = inSlice
    ? network.sliceReservedMbps[l]
    : network.capacityMbps[l] - network.sliceReservedMbps[l] + Math.max(0, network.burstCapacityMbps[l]);
  if (scenario.sites[route.nodes[i]].tier === 'device') rate = Math.min(rate, link.params.uplinkPerDeviceMbps);
  else if (scenario.sites[route.nodes[i + 1]].tier === 'device') rate = Math.min(rate, link.params.downlinkPerDeviceMbps);
  const serialisationMs = rate > 0 ? (hop.bits / (rate * 1e6)) * 1000 : 0;
  return network.propagationMs[l] + floorMs + serialisationMs;
}
