import { GLOBAL_KEYS } from '../catalogue/registry';
import { gbPerMonth, SECONDS_PER_HOUR } from '../model/units';
import type { Parameters } from '../parameters';
import { driveScenario } from './drivers';
import type { EvaluationResult, LatencySummary, LinkColumns, SiteColumns, Warning, WorkloadResult } from '../result';
import type { Scenario } from '../scenario/schema';
import { NO_FAILURES, runCore, type CoreRun, type Failures } from './core';
import { monthlyCost } from './cost';
import { energySummary } from './energy';
import { directionMbps, SLOTS_PER_LINK } from './flows';
import { reportedUtilisation } from './linkQueues';
import { monteCarloSummaries } from './monteCarlo';
import { prepareNetwork, type PreparedNetwork } from './network';
import { STANDARD_RUN, type EvaluateOptions } from './options';
import { findSovereigntyViolations } from './sovereignty';

const percent = (x: number) => `${Math.round(x * 100)} %`;

function failuresOf(scenario: Scenario, network: PreparedNetwork, options: EvaluateOptions): Failures {
  const linkIds = options.failed?.linkIds ?? [];
  const siteIds = options.failed?.siteIds ?? [];
  if (linkIds.length === 0 && siteIds.length === 0) return NO_FAILURES;
  const linkIndex = new Map(scenario.links.map((l, i) => [l.id, i]));
  const links = new Set(linkIds.map((id) => linkIndex.get(id)).filter((i) => i !== undefined));
  const sites = new Set(siteIds.map((id) => network.siteIndex.get(id)).filter((i) => i !== undefined));
  // A failed site takes its links down with it.
  if (sites.size > 0) network.links.forEach((l) => (sites.has(l.from) || sites.has(l.to)) && links.add(l.index));
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
export function evaluateScenario(drawn: Scenario, options: EvaluateOptions = {}): EvaluationResult {
  const { params, scenario } = driveScenario(drawn);
  const network = prepareNetwork(scenario, params);
  const failures = failuresOf(scenario, network, options);
  const run = runCore(scenario, network, params, STANDARD_RUN, failures);
  const hours = params.get(GLOBAL_KEYS.hoursPerMonth);

  const hasSlices = scenario.workloads.some((w) => w.urllcSlice) && network.sliceReservedMbps.some((mbps) => mbps > 0);
  const hasBursts = network.burstCapacityMbps.some((mbps) => mbps > 0);
  const whatIfs = options.whatIfs ?? true;
  // Without slices: no reservation held back from best effort, and no premium.
  const sliceFree = hasSlices ? { ...network, sliceReservedMbps: new Float64Array(network.links.length) } : network;
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

  const links = linkColumns(network, run, energy.linkKwh, cost.linkTransportUsdPerMonth, hours);
  const sites: SiteColumns = {
    ids: scenario.sites.map((s) => s.id),
    utilisation: run.compute.utilisation,
    saturated: Uint8Array.from(run.compute.utilisation, (u) => (u >= 1 ? 1 : 0)),
    requestsPerSecond: Float64Array.from(run.compute.pools, (p) => p.arrivalsPerSecond),
    itPowerKw: run.power.itKw,
    facilityPowerKw: run.power.facilityKw,
  };

  const sovereignty = findSovereigntyViolations(scenario, run.flows, network);
  const slicesSwitchedOff = drawn.drivers?.slicesEnabled === false;
  const warnings = collectWarnings(scenario, links, sites, workloads, sovereignty, params, slicesSwitchedOff);
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

/** Per-link figures of a run, as columns. */
function linkColumns(
  network: PreparedNetwork,
  run: CoreRun,
  energyKwh: Float64Array,
  transportUsd: Float64Array,
  hours: number,
): LinkColumns {
  const n = network.links.length;
  const columns = {
    ids: network.links.map((l) => l.id),
    lengthKm: new Float64Array(n),
    forwardMbps: new Float64Array(n),
    reverseMbps: new Float64Array(n),
    utilisation: new Float64Array(n),
    saturated: new Uint8Array(n),
    gbPerMonth: new Float64Array(n),
    oneWayLatencyMs: new Float64Array(n),
    sliceUtilisation: new Float64Array(n),
    busyHourUtilisation: run.queues.busyHourUtilisation,
    burstOn: run.queues.burstOn,
    burstHoursPerMonth: new Float64Array(n),
    energyKwhPerMonth: energyKwh,
    transportUsdPerMonth: transportUsd,
  };
  const u = run.queues.utilisation;
  for (const link of network.links) {
    const i = link.index;
    const forwardMbps = directionMbps(run.loads, i, true);
    const reverseMbps = directionMbps(run.loads, i, false);
    const base = i * SLOTS_PER_LINK;
    const utilisation = reportedUtilisation(network, run.queues, i, Math.max(forwardMbps, reverseMbps));
    columns.lengthKm[i] = network.lengthKm[i];
    columns.forwardMbps[i] = forwardMbps;
    columns.reverseMbps[i] = reverseMbps;
    columns.utilisation[i] = utilisation;
    columns.saturated[i] = utilisation >= 1 ? 1 : 0;
    columns.gbPerMonth[i] = gbPerMonth(forwardMbps + reverseMbps, hours);
    columns.oneWayLatencyMs[i] = network.baseLatencyMs[i];
    columns.sliceUtilisation[i] = network.sliceReservedMbps[i] > 0 ? Math.max(u[base + 1], u[base + 3]) : 0;
    columns.burstHoursPerMonth[i] = run.queues.burstHoursPerDay[i] * (hours / 24);
  }
  return columns;
}

function collectWarnings(
  scenario: Scenario,
  links: LinkColumns,
  sites: SiteColumns,
  workloads: readonly WorkloadResult[],
  sovereignty: EvaluationResult['sovereignty'],
  params: Parameters,
  slicesSwitchedOff: boolean,
): Warning[] {
  const warnings: Warning[] = [];
  links.ids.forEach((id, i) => {
    if (links.saturated[i] === 1) {
      warnings.push({
        kind: 'saturation',
        message: `Link ${id} is saturated: ${percent(links.utilisation[i])} of capacity`,
        elementIds: [id],
      });
    } else if (links.busyHourUtilisation[i] >= 1) {
      warnings.push({
        kind: 'saturation',
        message: `Link ${id} saturates in the busy hour: ${percent(links.busyHourUtilisation[i])} of capacity`,
        elementIds: [id],
      });
    }
  });
  scenario.sites.forEach((site, i) => {
    if (sites.saturated[i] === 1) {
      warnings.push({
        kind: 'saturation',
        message: `${site.name} compute is saturated: ${percent(sites.utilisation[i])} of capacity`,
        elementIds: [site.id],
      });
    }
  });
  for (const w of workloads) {
    if (w.status === 'unreachable' || w.status === 'noCompute') {
      warnings.push({ kind: w.status, message: `${w.name}: ${w.problem}`, elementIds: [w.id] });
    }
    if (w.urllcSlice && !slicesSwitchedOff && !w.segments.some((s) => s.links.some((l) => l.inSlice))) {
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
