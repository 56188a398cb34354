import { serialisationMs } from '../model/units';
import type { LatencyBreakdown, Segment, WorkloadResult } from '../result';
import type { Scenario } from '../scenario/schema';
import { serviceTimeMs, type ComputeState } from './compute';
import type { Hop, WorkloadFlows } from './flows';
import type { LinkQueues } from './linkQueues';
import type { PreparedNetwork } from './network';

/** z for the 95th percentile of a normal distribution, for jitter. */
const Z95 = 1.6449;

export function emptyBreakdown(): LatencyBreakdown {
  return { accessMs: 0, propagationMs: 0, serialisationMs: 0, queueingMs: 0, computeMs: 0, computeQueueingMs: 0, returnMs: 0 };
}

interface Accumulator {
  breakdown: LatencyBreakdown;
  /** Σ (p95 − mean)² of the independent random parts, for the tail. */
  excessSquared: number;
  problem: string | null;
  status: WorkloadResult['status'];
}

function fail(acc: Accumulator, status: WorkloadResult['status'], problem: string) {
  if (acc.status === 'ok') {
    acc.status = status;
    acc.problem = problem;
  }
}

function addHop(acc: Accumulator, hop: Hop, network: PreparedNetwork, queues: LinkQueues, scenario: Scenario, isReturn: boolean): number {
  if (hop.links === null || hop.forward === null || hop.sites === null) {
    fail(acc, 'unreachable', `no path from ${scenario.sites[hop.fromSite].name} to ${scenario.sites[hop.toSite].name}`);
    return 0;
  }
  const b = acc.breakdown;
  let total = 0;
  for (let i = 0; i < hop.links.length; i++) {
    const link = network.links[hop.links[i]];
    const slot = link.index * 2 + (hop.forward[i] ? 0 : 1);
    const fromTier = scenario.sites[hop.sites[i]].tier;
    const toTier = scenario.sites[hop.sites[i + 1]].tier;
    let rate = link.capacityMbps;
    if (fromTier === 'device') rate = Math.min(rate, link.params.uplinkPerDeviceMbps);
    else if (toTier === 'device') rate = Math.min(rate, link.params.downlinkPerDeviceMbps);
    const serialisation = serialisationMs(hop.sizeKB, rate);
    const wait = queues.waitMeanMs[slot];
    if (!Number.isFinite(wait)) {
      fail(acc, 'saturated', `link ${link.id} is at ${Math.round(queues.utilisation[slot] * 100)} % of capacity`);
    }
    const waitMs = Number.isFinite(wait) ? wait : 0;
    const part = link.params.accessLatencyMs + link.propagationMs + serialisation + waitMs;
    total += part;
    if (isReturn) b.returnMs += part;
    else {
      b.accessMs += link.params.accessLatencyMs;
      b.propagationMs += link.propagationMs;
      b.serialisationMs += serialisation;
      b.queueingMs += waitMs;
    }
    const waitExcess = Number.isFinite(wait) ? Math.max(0, queues.waitP95Ms[slot] - wait) : 0;
    acc.excessSquared += waitExcess ** 2 + (Z95 * link.params.jitterMs) ** 2;
  }
  return total;
}

/** Composes one workload's request: hops and compute, mean and p95, against its objective. */
export function workloadLatency(
  scenario: Scenario,
  workloadIndex: number,
  flows: WorkloadFlows,
  network: PreparedNetwork,
  queues: LinkQueues,
  compute: ComputeState,
): WorkloadResult {
  const workload = scenario.workloads[workloadIndex];
  const acc: Accumulator = { breakdown: emptyBreakdown(), excessSquared: 0, problem: null, status: 'ok' };
  const segments: Segment[] = [];
  const siteOf = (i: number) => scenario.sites[i];
  let hopAt = 0;

  const pushHop = (hop: Hop, isReturn: boolean) => {
    const ms = addHop(acc, hop, network, queues, scenario, isReturn);
    segments.push({
      kind: 'network',
      label: isReturn ? `Return to ${siteOf(hop.toSite).name}` : `${siteOf(hop.fromSite).name} → ${siteOf(hop.toSite).name}`,
      isReturn,
      fromSiteId: siteOf(hop.fromSite).id,
      toSiteId: siteOf(hop.toSite).id,
      linkIds: hop.links === null ? [] : Array.from(hop.links, (l) => network.links[l].id),
      meanMs: ms,
    });
  };

  workload.stages.forEach((stage, i) => {
    const hop = flows.hops[hopAt];
    if (hop !== undefined && hop.toStage === i) {
      pushHop(hop, false);
      hopAt++;
    }
    const site = network.siteIndex.get(stage.siteId)!;
    const service = serviceTimeMs(compute.pools[site], stage.gflopsPerRequest);
    let ms = 0;
    if (!Number.isFinite(service)) {
      fail(acc, 'noCompute', `${siteOf(site).name} has no accelerator for stage ${stage.name}`);
    } else if (service > 0) {
      const wait = compute.waitMeanMs[site];
      if (!Number.isFinite(wait)) {
        fail(acc, 'saturated', `${siteOf(site).name} compute is at ${Math.round(compute.utilisation[site] * 100)} % of capacity`);
      }
      const waitMs = Number.isFinite(wait) ? wait : 0;
      acc.breakdown.computeMs += service;
      acc.breakdown.computeQueueingMs += waitMs;
      // Inference on a fixed input takes a near-constant time: only the wait adds to the tail.
      if (Number.isFinite(wait)) acc.excessSquared += Math.max(0, compute.waitP95Ms[site] - wait) ** 2;
      ms = service + waitMs;
    }
    segments.push({
      kind: 'compute',
      label: `${stage.name} on ${siteOf(site).name}`,
      isReturn: false,
      fromSiteId: siteOf(site).id,
      toSiteId: siteOf(site).id,
      linkIds: [],
      meanMs: ms,
    });
  });
  const last = flows.hops[hopAt];
  if (last !== undefined && last.toStage === -1) pushHop(last, true);

  const b = acc.breakdown;
  const mean = b.accessMs + b.propagationMs + b.serialisationMs + b.queueingMs + b.computeMs + b.computeQueueingMs + b.returnMs;
  const ok = acc.status === 'ok';
  // Independent parts: the p95 excesses over their means combine in quadrature
  // (exact for one part, and no larger than their plain sum).
  const p95 = ok ? mean + Math.sqrt(acc.excessSquared) : null;
  return {
    id: workload.id,
    name: workload.name,
    status: acc.status,
    problem: acc.problem,
    requestsPerSecond: flows.requestsPerSecond,
    meanMs: ok ? mean : null,
    p95Ms: p95,
    objectiveP95Ms: workload.latencyObjectiveP95Ms,
    meetsObjective: p95 !== null && p95 <= workload.latencyObjectiveP95Ms,
    breakdown: b,
    segments,
  };
}
