import {
  addCumulants,
  componentCumulants,
  componentQuantile,
  shiftedGammaQuantile,
  type Component,
  type Cumulants,
} from '../model/distribution';
import { gammaQuantileTable, type GammaQuantileTable } from '../model/gammaQuantileTable';
import { addToSpread, PartsFloor, type RandomParts } from './partsFloor';
import type { HopLink, LatencyBreakdown, LatencySummary, Segment, TailMethod, WorkloadStatus } from '../result';
import type { Scenario } from '../scenario/schema';
import { serviceTimeMs, type ComputeState } from './compute';
import { slotOf, usesSliceSlot, type Hop, type WorkloadFlows } from './flows';
import type { LinkQueues } from './linkQueues';
import type { MediumParameters, PreparedNetwork } from './network';

export function emptyBreakdown(): LatencyBreakdown {
  return { accessMs: 0, propagationMs: 0, serialisationMs: 0, queueingMs: 0, computeMs: 0, computeQueueingMs: 0, returnMs: 0 };
}

/** Everything known about one workload's request before its percentiles are taken. */
export interface ComposedLatency {
  status: WorkloadStatus;
  problem: string | null;
  breakdown: LatencyBreakdown;
  segments: Segment[];
  /** Fixed parts (propagation, serialisation, compute), ms. */
  constantMs: number;
  /** Random parts (access jitter, queue waits), independent of each other. */
  components: Component[];
  /** Where each queue-wait component came from, for the Monte-Carlo sampler: slot (≥ 0) or −1. */
  componentSlots: number[];
}

/** Shared by every compute segment and unrouted hop: one empty list, not one each. */
const NO_LINKS: readonly HopLink[] = Object.freeze([]);

const QUEUE_NAMES = { mg1: 'M/G/1', mm1: 'M/M/1' } as const;

function fail(c: ComposedLatency, status: WorkloadStatus, problem: string) {
  if (c.status === 'ok') {
    c.status = status;
    c.problem = problem;
  }
}

/** The exponential part of a medium's access latency: its jitter, at most the whole latency. */
export function accessExpMeanMs(access: MediumParameters): number {
  return Math.min(access.jitterMs, access.accessLatencyMs);
}

/** Access latency as a fixed floor plus an exponential part whose spread is the jitter. */
function accessComponent(access: MediumParameters): Component {
  const expMeanMs = accessExpMeanMs(access);
  return { kind: 'shiftedExp', minMs: access.accessLatencyMs - expMeanMs, expMeanMs };
}

/** One shared (immutable) access component per medium's figures, instead of one per link crossed. */
const ACCESS_COMPONENTS = new WeakMap<MediumParameters, Component>();
function accessComponentOf(access: MediumParameters): Component {
  let component = ACCESS_COMPONENTS.get(access);
  if (component === undefined) {
    component = accessComponent(access);
    ACCESS_COMPONENTS.set(access, component);
  }
  return component;
}

function addHop(
  c: ComposedLatency,
  hop: Hop,
  isReturn: boolean,
  scenario: Scenario,
  network: PreparedNetwork,
  queues: LinkQueues,
): Segment {
  const sites = scenario.sites;
  const label = isReturn ? `Return to ${sites[hop.toSite].name}` : `${sites[hop.fromSite].name} → ${sites[hop.toSite].name}`;
  const fromSiteId = sites[hop.fromSite].id;
  const toSiteId = sites[hop.toSite].id;
  const route = hop.route;
  if (route === null || hop.forward === null) {
    fail(c, 'unreachable', hop.unroutedReason ?? 'no path');
    return { kind: 'network', label, isReturn, fromSiteId, toSiteId, meanMs: 0, links: NO_LINKS };
  }
  const b = c.breakdown;
  let total = 0;
  const links: HopLink[] = [];
  for (let i = 0; i < route.links.length; i++) {
    const link = network.links[route.links[i]];
    const forward = hop.forward[i] === 1;
    const inSlice = usesSliceSlot(hop, network, link.index);
    const slot = slotOf(link.index, forward, inSlice);
    const fromTier = sites[route.nodes[i]].tier;
    const toTier = sites[route.nodes[i + 1]].tier;
    const radio = link.params.kind === 'radio';
    const access = inSlice && radio ? network.urllcAccess() : link.params;
    let rate = queues.capacityMbps[slot];
    if (fromTier === 'device') rate = Math.min(rate, link.params.uplinkPerDeviceMbps);
    else if (toTier === 'device') rate = Math.min(rate, link.params.downlinkPerDeviceMbps);
    const serialisation = rate > 0 ? (hop.bits / (rate * 1e6)) * 1000 : 0;
    const waitMean = queues.waitMeanMs[slot];
    if (!Number.isFinite(waitMean)) {
      const where = inSlice ? `the slice on link ${link.id}` : `link ${link.id}`;
      fail(c, 'saturated', `${where} is at ${Math.round(queues.utilisation[slot] * 100)} % of capacity`);
    }
    const waitMs = Number.isFinite(waitMean) ? waitMean : 0;
    const propagationMs = network.propagationMs[link.index];
    const part = access.accessLatencyMs + propagationMs + serialisation + waitMs;
    total += part;
    if (isReturn) b.returnMs += part;
    else {
      b.accessMs += access.accessLatencyMs;
      b.propagationMs += propagationMs;
      b.serialisationMs += serialisation;
      b.queueingMs += waitMs;
    }
    c.constantMs += propagationMs + serialisation;
    c.components.push(accessComponentOf(access));
    c.componentSlots.push(-1);
    const wait = queues.wait[slot];
    if (wait !== null && Number.isFinite(waitMean)) {
      c.components.push(wait);
      c.componentSlots.push(slot);
    }
    links.push({
      linkId: link.id,
      medium: link.medium,
      forward,
      inSlice,
      accessMs: access.accessLatencyMs,
      propagationMs,
      serialisationMs: serialisation,
      queueingMs: waitMs,
      utilisation: queues.utilisation[slot],
      queueModel:
        wait === null ? 'none' : link.queueModel === 'mg1' && queues.singleSize[slot] === 1 ? 'M/D/1' : QUEUE_NAMES[link.queueModel],
    });
  }
  return { kind: 'network', label, isReturn, fromSiteId, toSiteId, meanMs: total, links };
}

/** Lays out one workload's request: hops and compute, their fixed and random parts. */
export function composeWorkload(
  scenario: Scenario,
  workloadIndex: number,
  flows: WorkloadFlows,
  network: PreparedNetwork,
  queues: LinkQueues,
  compute: ComputeState,
  failedSites: ReadonlySet<number>,
): ComposedLatency {
  const workload = scenario.workloads[workloadIndex];
  const c: ComposedLatency = {
    status: 'ok',
    problem: null,
    breakdown: emptyBreakdown(),
    segments: [],
    constantMs: 0,
    components: [],
    componentSlots: [],
  };
  const sites = scenario.sites;
  let hopAt = 0;
  if (failedSites.has(network.siteIndex.get(workload.sourceSiteId)!)) fail(c, 'unreachable', 'its device group has failed');
  workload.stages.forEach((stage, i) => {
    const hop = flows.hops[hopAt];
    if (hop !== undefined && hop.toStage === i) {
      c.segments.push(addHop(c, hop, false, scenario, network, queues));
      hopAt++;
    }
    const site = network.siteIndex.get(stage.siteId)!;
    if (failedSites.has(site)) fail(c, 'unreachable', `${sites[site].name}, where "${stage.name}" runs, has failed`);
    const service = serviceTimeMs(compute.pools[site], stage.gflopsPerRequest);
    let ms = 0;
    if (!Number.isFinite(service)) {
      fail(c, 'noCompute', `${sites[site].name} has no accelerator for stage ${stage.name}`);
    } else if (service > 0) {
      const waitMean = compute.waitMeanMs[site];
      if (!Number.isFinite(waitMean)) {
        fail(c, 'saturated', `${sites[site].name} compute is at ${Math.round(compute.utilisation[site] * 100)} % of capacity`);
      }
      const waitMs = Number.isFinite(waitMean) ? waitMean : 0;
      c.breakdown.computeMs += service;
      c.breakdown.computeQueueingMs += waitMs;
      // Inference on a fixed input takes a near-constant time: only the wait is random.
      c.constantMs += service;
      const wait = compute.wait[site];
      if (wait !== null && Number.isFinite(waitMean)) {
        c.components.push(wait);
        c.componentSlots.push(-1);
      }
      ms = service + waitMs;
    }
    c.segments.push({
      kind: 'compute',
      label: `${stage.name} on ${sites[site].name}`,
      isReturn: false,
      fromSiteId: sites[site].id,
      toSiteId: sites[site].id,
      meanMs: ms,
      links: NO_LINKS,
    });
  });
  const last = flows.hops[hopAt];
  if (last !== undefined && last.toStage === -1) c.segments.push(addHop(c, last, true, scenario, network, queues));
  return c;
}

/** Chance that a request meets this part at all: a queue wait is zero for those who find a server free. */
function waitChance(component: Component): number {
  switch (component.kind) {
    case 'shiftedExp':
      return 1;
    case 'atomExp':
      return component.p;
    case 'mg1':
      return component.rho;
  }
}

const AT_LEAST_P50 = new PartsFloor(0.5);
const AT_LEAST_P95 = new PartsFloor(0.95);
const AT_LEAST_P99 = new PartsFloor(0.99);

/**
 * Mean, percentiles and jitter of a composed request. One random part: its
 * exact quantiles. Several: cumulants add for independent parts, and a
 * shifted gamma with the same mean, variance and skewness gives the tail,
 * kept within the bounds that rarely met waits allow (boundedQuantile).
 * Either way never below what the parts provably add (PartsFloor).
 */
export function summarise(c: ComposedLatency): LatencySummary & { tailMethod: TailMethod } {
  const total: Cumulants = { k1: c.constantMs, k2: 0, k3: 0 };
  const parts: RandomParts = { largestMs: 0, secondMs: 0, widestWaitMs: 0 };
  let floor = c.constantMs;
  let randomCount = 0;
  let lastRandom = -1;
  const components = c.components;
  for (let i = 0; i < components.length; i++) {
    const component = components[i];
    const before = total.k2;
    addCumulants(component, total);
    if (component.kind === 'shiftedExp') {
      floor += component.minMs;
      addToSpread(parts, component.expMeanMs);
    } else if (component.kind === 'atomExp') {
      parts.widestWaitMs = Math.max(parts.widestWaitMs, 1 / component.ratePerMs);
    }
    if (total.k2 - before > 1e-18) {
      randomCount++;
      lastRandom = i;
    }
  }
  const jitterMs = Math.sqrt(total.k2);
  if (randomCount === 0) {
    // Parts too narrow to count as random can still be a hair wider than their means.
    return {
      meanMs: total.k1,
      p50Ms: AT_LEAST_P50.atLeast(total.k1, floor, parts, components),
      p95Ms: AT_LEAST_P95.atLeast(total.k1, floor, parts, components),
      p99Ms: AT_LEAST_P99.atLeast(total.k1, floor, parts, components),
      jitterMs: 0,
      tailMethod: 'deterministic',
    };
  }
  if (randomCount === 1) {
    const only = c.components[lastRandom];
    const rest = total.k1 - componentCumulants(only).k1;
    const q50 = componentQuantile(only, 0.5);
    const q95 = componentQuantile(only, 0.95);
    const q99 = componentQuantile(only, 0.99);
    if (q50 !== null && q95 !== null && q99 !== null) {
      return {
        meanMs: total.k1,
        p50Ms: AT_LEAST_P50.atLeast(rest + q50, floor, parts, components),
        p95Ms: AT_LEAST_P95.atLeast(rest + q95, floor, parts, components),
        p99Ms: AT_LEAST_P99.atLeast(rest + q99, floor, parts, components),
        jitterMs,
        tailMethod: 'exact',
      };
    }
  }
  const rare = rareWaits(components);
  return {
    meanMs: total.k1,
    p50Ms: AT_LEAST_P50.atLeast(boundedQuantile(total, rare, floor, 0.5, gammaQuantileTable(0.5)), floor, parts, components),
    p95Ms: AT_LEAST_P95.atLeast(boundedQuantile(total, rare, floor, 0.95, gammaQuantileTable(0.95)), floor, parts, components),
    p99Ms: AT_LEAST_P99.atLeast(boundedQuantile(total, rare, floor, 0.99, gammaQuantileTable(0.99)), floor, parts, components),
    jitterMs,
    tailMethod: 'threeMomentFit',
  };
}

/**
 * Waits fewer than half of requests meet, least likely first: the candidates
 * to take out of the fit (see boundedQuantile). Flat, as [chance, k1, k2, k3]
 * per wait, since every workload builds one.
 */
function rareWaits(components: readonly Component[]): number[] {
  const rare: number[] = [];
  const cumulants: Cumulants = { k1: 0, k2: 0, k3: 0 };
  for (const component of components) {
    const chance = waitChance(component);
    if (chance >= 0.5) continue;
    cumulants.k1 = cumulants.k2 = cumulants.k3 = 0;
    addCumulants(component, cumulants);
    // Insertion sort: a request crosses a handful of queues.
    let at = rare.length;
    rare.push(0, 0, 0, 0);
    while (at > 0 && rare[at - 4] > chance) {
      for (let j = 0; j < 4; j++) rare[at + j] = rare[at - 4 + j];
      at -= 4;
    }
    rare[at] = chance;
    rare[at + 1] = cumulants.k1;
    rare[at + 2] = cumulants.k2;
    rare[at + 3] = cumulants.k3;
  }
  return rare;
}

/**
 * Quantile q of the sum by the three-moment fit, kept within the bounds that
 * waits few requests meet allow. Take out waits met with probabilities p_i
 * while P0 = Π(1 − p_i) stays above q, leaving the common part C. Every part
 * is non-negative and independent, so Q_C(q) ≤ Q(q) ≤ Q_C(q / P0). The fit
 * of the whole sum misses this: a rare but long wait's skew drives the
 * fitted gamma's shape towards 0, which puts its quantiles below the mean,
 * and a wait met by just under 1 − q of requests lifts the q-quantile by
 * most of its length, though in truth it lies beyond that quantile.
 */
function boundedQuantile(total: Cumulants, rare: readonly number[], floor: number, q: number, table: GammaQuantileTable): number {
  const all = shiftedGammaQuantile(total, q, floor, table);
  const common: Cumulants = { k1: total.k1, k2: total.k2, k3: total.k3 };
  let noRareWait = 1;
  let taken = 0;
  for (let at = 0; at < rare.length; at += 4) {
    const chance = rare[at];
    if (noRareWait * (1 - chance) <= q) break;
    noRareWait *= 1 - chance;
    common.k1 -= rare[at + 1];
    common.k2 -= rare[at + 2];
    common.k3 -= rare[at + 3];
    taken++;
  }
  if (taken === 0) return all;
  const lower = shiftedGammaQuantile(common, q, floor, table);
  const upper = shiftedGammaQuantile(common, q / noRareWait, floor);
  return Math.min(Math.max(all, lower), upper);
}
