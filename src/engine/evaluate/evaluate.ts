import { GLOBAL_KEYS } from '../catalogue/registry';
import { gbPerMonth, SECONDS_PER_HOUR } from '../model/units';
import { Parameters } from '../parameters';
import type { EvaluationResult, LatencySummary, LinkResult, SiteResult, Warning, WorkloadResult } from '../result';
import type { Scenario } from '../scenario/schema';
import { runCore, type CoreRun, type Failures } from './core';
import { monthlyCost } from './cost';
import { energySummary } from './energy';
import { directionMbps, SLOTS_PER_LINK } from './flows';
import { MAX_REPORTED_UTILISATION } from './linkQueues';
import { monteCarloSummaries } from './monteCarlo';
import { prepareNetwork, type PreparedNetwork } from './network';
import { STANDARD_RUN, type EvaluateOptions } from './options';
import { findSovereigntyViolations } from './sovereignty';

const percent = (x: number) => `${Math.round(x * 100)} %`;

function failuresOf(scenario: Scenario, network: PreparedNetwork, options: EvaluateOptions): Failures {
  const linkIndex = new Map(scenario.links.map((l, i) => [l.id, i]));
  const links = new Set((options.failed?.linkIds ?? []).map((id) => linkIndex.get(id)).filter((i) => i !== undefined));
  const sites = new Set((options.failed?.siteIds ?? []).map((id) => network.siteIndex.get(id)).filter((i) => i !== undefined));
  // A failed site takes its links down with it.
  network.links.forEach((l) => (sites.has(l.from) || sites.has(l.to)) && links.add(l.index));
  return { links, sites };
}

function okSummary(run: CoreRun, w: number): LatencySummary | null {
  if (run.composed[w].status !== 'ok') return null;
  const { meanMs, p50Ms, p95Ms, p99Ms, jitterMs } = run.summaries[w];
  return { meanMs, p50Ms, p95Ms, p99Ms, jitterMs };
}

/**
 * Evaluates a validated scenario: routes every workload by its policy, loads
 * links, slices and accelerators, and derives latency percentiles, cost,
 * energy, sovereignty and warnings. Pure and deterministic: the same scenario
 * and options always give the same result.
 */
export function evaluateScenario(scenario: Scenario, options: EvaluateOptions = {}): EvaluationResult {
  const params = new Parameters(scenario.assumptionOverrides);
  const network = prepareNetwork(scenario, params);
  const failures = failuresOf(scenario, network, options);
  const run = runCore(scenario, network, params, STANDARD_RUN, failures);
  const hours = params.get(GLOBAL_KEYS.hoursPerMonth);

  const hasSlices = scenario.workloads.some((w) => w.urllcSlice) && network.links.some((l) => l.sliceReservedMbps > 0);
  const hasBursts = network.links.some((l) => l.burstCapacityMbps > 0);
  const whatIfs = options.whatIfs ?? true;
  // Without slices: no reservation held back from best effort, and no premium.
  const sliceFree = hasSlices ? { ...network, links: network.links.map((l) => ({ ...l, sliceReservedMbps: 0 })) } : network;
  const withoutSlices =
    whatIfs && hasSlices ? runCore(scenario, sliceFree, params, { ...STANDARD_RUN, slicesEnabled: false }, failures) : null;
  const withoutBursts =
    whatIfs && hasBursts ? runCore(scenario, network, params, { ...STANDARD_RUN, burstEnabled: false }, failures) : null;

  const energy = energySummary(scenario, network, run.loads, run.power.facilityKw, params);
  const costInputs = (r: CoreRun, net: PreparedNetwork = network) => ({
    scenario,
    network: net,
    loads: r.loads,
    queues: r.queues,
    compute: r.compute,
    flows: r.flows,
    params,
    siteFacilityKw: r.power.facilityKw,
  });
  const cost = monthlyCost(costInputs(run));
  const monteCarlo = options.monteCarlo ? monteCarloSummaries(run.composed, run.hops, network, run.queues, options.monteCarlo) : null;

  const workloads = scenario.workloads.map((workload, w): WorkloadResult => {
    const c = run.composed[w];
    const s = run.summaries[w];
    const ok = c.status === 'ok';
    const requestsPerMonth = run.flows[w].requestsPerSecond * hours * SECONDS_PER_HOUR;
    const crossesBurst = run.flows[w].hops.some((h) => h.route?.links.some((l) => run.queues.burstOn[l] === 1));
    return {
      id: workload.id,
      name: workload.name,
      status: c.status,
      problem: c.problem,
      requestsPerSecond: run.flows[w].requestsPerSecond,
      meanMs: ok ? s.meanMs : null,
      p50Ms: ok ? s.p50Ms : null,
      p95Ms: ok ? s.p95Ms : null,
      p99Ms: ok ? s.p99Ms : null,
      jitterMs: ok ? s.jitterMs : null,
      tailMethod: s.tailMethod,
      objectiveP95Ms: workload.latencyObjectiveP95Ms,
      meetsObjective: ok && s.p95Ms <= workload.latencyObjectiveP95Ms,
      breakdown: c.breakdown,
      segments: c.segments,
      routingPolicy: workload.routingPolicy ?? 'lowestLatency',
      urllcSlice: workload.urllcSlice === true,
      monteCarlo: monteCarlo?.[w] ?? null,
      costUsdPerMonth: cost.workloadUsdPerMonth[w],
      costUsdPerThousandRequests: requestsPerMonth > 0 ? (cost.workloadUsdPerMonth[w] / requestsPerMonth) * 1000 : null,
      withoutSlice: withoutSlices !== null && workload.urllcSlice ? okSummary(withoutSlices, w) : null,
      withoutBurst: withoutBursts !== null && crossesBurst ? okSummary(withoutBursts, w) : null,
    };
  });

  const links: LinkResult[] = network.links.map((link) => {
    const forwardMbps = directionMbps(run.loads, link.index, true);
    const reverseMbps = directionMbps(run.loads, link.index, false);
    const base = link.index * SLOTS_PER_LINK;
    const u = run.queues.utilisation;
    const utilisation = Math.min(
      MAX_REPORTED_UTILISATION,
      Math.max(u[base], u[base + 2], u[base + 1], u[base + 3], Math.max(forwardMbps, reverseMbps) / link.capacityMbps),
    );
    return {
      id: link.id,
      lengthKm: link.lengthKm,
      forwardMbps,
      reverseMbps,
      utilisation,
      saturated: utilisation >= 1,
      gbPerMonth: gbPerMonth(forwardMbps + reverseMbps, hours),
      oneWayLatencyMs: link.baseLatencyMs,
      sliceUtilisation: link.sliceReservedMbps > 0 ? Math.max(u[base + 1], u[base + 3]) : 0,
      busyHourUtilisation: run.queues.busyHourUtilisation[link.index],
      burstOn: run.queues.burstOn[link.index] === 1,
      burstHoursPerMonth: run.queues.burstHoursPerDay[link.index] * (hours / 24),
      energyKwhPerMonth: energy.linkKwh[link.index],
      transportUsdPerMonth: cost.linkTransportUsdPerMonth[link.index],
    };
  });

  const sites: SiteResult[] = scenario.sites.map((site, i) => ({
    id: site.id,
    utilisation: run.compute.utilisation[i],
    saturated: run.compute.utilisation[i] >= 1,
    requestsPerSecond: run.compute.pools[i].arrivalsPerSecond,
    itPowerKw: run.power.itKw[i],
    facilityPowerKw: run.power.facilityKw[i],
  }));

  const sovereignty = findSovereigntyViolations(scenario, run.flows, network);
  const warnings = collectWarnings(scenario, links, sites, workloads, sovereignty, params);
  return {
    scenarioName: scenario.name,
    workloads,
    links,
    sites,
    cost: cost.summary,
    energy: energy.summary,
    whatIfs: {
      withoutSlices: withoutSlices && { totalUsdPerMonth: monthlyCost(costInputs(withoutSlices, sliceFree)).summary.totalUsdPerMonth },
      withoutBursts: withoutBursts && { totalUsdPerMonth: monthlyCost(costInputs(withoutBursts)).summary.totalUsdPerMonth },
    },
    sovereignty,
    warnings,
    assumptions: params.assumptions(),
  };
}

function collectWarnings(
  scenario: Scenario,
  links: readonly LinkResult[],
  sites: readonly SiteResult[],
  workloads: readonly WorkloadResult[],
  sovereignty: EvaluationResult['sovereignty'],
  params: Parameters,
): Warning[] {
  const warnings: Warning[] = [];
  for (const link of links) {
    if (link.saturated) {
      warnings.push({
        kind: 'saturation',
        message: `Link ${link.id} is saturated: ${percent(link.utilisation)} of capacity`,
        elementIds: [link.id],
      });
    } else if (link.busyHourUtilisation >= 1) {
      warnings.push({
        kind: 'saturation',
        message: `Link ${link.id} saturates in the busy hour: ${percent(link.busyHourUtilisation)} of capacity`,
        elementIds: [link.id],
      });
    }
  }
  scenario.sites.forEach((site, i) => {
    if (sites[i].saturated) {
      warnings.push({
        kind: 'saturation',
        message: `${site.name} compute is saturated: ${percent(sites[i].utilisation)} of capacity`,
        elementIds: [site.id],
      });
    }
  });
  for (const w of workloads) {
    if (w.status === 'unreachable' || w.status === 'noCompute') {
      warnings.push({ kind: w.status, message: `${w.name}: ${w.problem}`, elementIds: [w.id] });
    }
    if (w.urllcSlice && !w.segments.some((s) => s.links.some((l) => l.inSlice))) {
      warnings.push({
        kind: 'assumption',
        message: `${w.name} asks for the URLLC slice, but no link on its path reserves one: it shares best-effort capacity`,
        elementIds: [w.id],
      });
    }
  }
  for (const v of sovereignty) {
    warnings.push({ kind: 'sovereignty', message: v.message, elementIds: [v.workloadId, ...v.linkIds] });
  }
  for (const key of params.unknownOverrideKeys()) {
    warnings.push({ kind: 'assumption', message: `Override "${key}" matches no assumption and is ignored`, elementIds: [] });
  }
  return warnings;
}
