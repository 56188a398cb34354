import { GLOBAL_KEYS } from '../catalogue/registry';
import { gbPerMonth } from '../model/units';
import { Parameters } from '../parameters';
import type { EvaluationResult, LinkResult, SiteResult, Warning } from '../result';
import type { Scenario } from '../scenario/schema';
import { loadCompute } from './compute';
import { monthlyCost } from './cost';
import { routeFlows } from './flows';
import { workloadLatency } from './latency';
import { solveLinkQueues } from './linkQueues';
import { prepareNetwork } from './network';
import { sitePowerKw } from './power';
import { findSovereigntyViolations } from './sovereignty';

const percent = (x: number) => `${Math.round(x * 100)} %`;

/**
 * Evaluates a validated scenario: routes every workload, loads links and
 * accelerators, and derives latency, cost, sovereignty and warnings.
 * Pure and deterministic: the same scenario always gives the same result.
 */
export function evaluateScenario(scenario: Scenario): EvaluationResult {
  const params = new Parameters(scenario.assumptionOverrides);
  const network = prepareNetwork(scenario, params);
  const flows = routeFlows(scenario, network);
  const queues = solveLinkQueues(network, flows.loads);
  const compute = loadCompute(scenario, network, params);
  const power = sitePowerKw(scenario, compute.utilisation, params);
  const hours = params.get(GLOBAL_KEYS.hoursPerMonth);

  const workloads = scenario.workloads.map((_, w) => workloadLatency(scenario, w, flows.workloads[w], network, queues, compute));

  const links: LinkResult[] = network.links.map((link) => {
    const forwardMbps = flows.loads.mbps[link.index * 2];
    const reverseMbps = flows.loads.mbps[link.index * 2 + 1];
    const utilisation = Math.max(forwardMbps, reverseMbps) / link.capacityMbps;
    return {
      id: link.id,
      lengthKm: link.lengthKm,
      forwardMbps,
      reverseMbps,
      utilisation,
      saturated: utilisation >= 1,
      gbPerMonth: gbPerMonth(forwardMbps + reverseMbps, hours),
      oneWayLatencyMs: link.baseLatencyMs,
    };
  });

  const sites: SiteResult[] = scenario.sites.map((site, i) => ({
    id: site.id,
    utilisation: compute.utilisation[i],
    saturated: compute.utilisation[i] >= 1,
    requestsPerSecond: compute.pools[i].arrivalsPerSecond,
    itPowerKw: power.itKw[i],
    facilityPowerKw: power.facilityKw[i],
  }));

  const cost = monthlyCost(scenario, network, flows.loads, params, power.facilityKw);
  const sovereignty = findSovereigntyViolations(scenario, flows.workloads, network);

  const warnings: Warning[] = [];
  for (const link of links) {
    if (link.saturated) {
      warnings.push({
        kind: 'saturation',
        message: `Link ${link.id} is saturated: ${percent(link.utilisation)} of capacity`,
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
  }
  for (const v of sovereignty) {
    warnings.push({ kind: 'sovereignty', message: v.message, elementIds: [v.workloadId, ...v.linkIds] });
  }
  for (const key of params.unknownOverrideKeys()) {
    warnings.push({ kind: 'assumption', message: `Override "${key}" matches no assumption and is ignored`, elementIds: [] });
  }

  return { scenarioName: scenario.name, workloads, links, sites, cost, sovereignty, warnings, assumptions: params.assumptions() };
}
