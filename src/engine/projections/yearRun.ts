import { GLOBAL_KEYS } from '../catalogue/registry';
import { loadCompute, type ComputeState } from '../evaluate/compute';
import { runCore } from '../evaluate/core';
import { applyHopLoad, buildHops, emptyLoads, routeHops, type Hop, type SlotLoads, type WorkloadFlows } from '../evaluate/flows';
import { scaledProfile, solveLinkQueues, type LinkQueues } from '../evaluate/linkQueues';
import type { PreparedNetwork } from '../evaluate/network';
import { STANDARD_RUN } from '../evaluate/options';
import { sitePowerKw } from '../evaluate/power';
import { RoutingContext } from '../evaluate/routing';
import type { Parameters } from '../parameters';
import type { Scenario } from '../scenario/schema';

/** What the projections need of one year's run: the core run's loads, queues, compute and power, without latencies. */
export interface YearRun {
  readonly flows: readonly WorkloadFlows[];
  readonly loads: SlotLoads;
  readonly queues: LinkQueues;
  readonly compute: ComputeState;
  readonly facilityKw: Float64Array;
}

/**
 * Every hop's route, in buildHops order, found once for all years; null
 * when a workload routes by load, since its route then changes as links fill.
 */
export type FixedRoutes = readonly Hop[] | null;

/**
 * Routes a variant's hops once. Only load-aware routing reads the load:
 * latency, cost and residency routing weigh links by base latency, $/GB and
 * jurisdiction, none of which the growth driver touches, and it leaves every
 * hop's ends as they are.
 */
export function fixedRoutes(scenario: Scenario, network: PreparedNetwork, params: Parameters): FixedRoutes {
  if (scenario.workloads.some((w) => w.routingPolicy === 'loadAware')) return null;
  const hops = buildHops(scenario, network, STANDARD_RUN.slicesEnabled).flatMap((f) => f.hops);
  routeHops(hops, scenario, new RoutingContext(scenario, network, params));
  return hops;
}

/**
 * One year of a driven scenario: runCore's steps (core.ts) with the routes
 * given, and without composing each request's latency, which is most of a
 * run's time and which no projection shows. With no fixed routes, runCore
 * itself. A unit test holds both equal to evaluateScenario's figures.
 */
export function runYear(scenario: Scenario, network: PreparedNetwork, params: Parameters, routes: FixedRoutes): YearRun {
  if (routes === null) {
    const run = runCore(scenario, network, params, STANDARD_RUN);
    return { flows: run.flows, loads: run.loads, queues: run.queues, compute: run.compute, facilityKw: run.power.facilityKw };
  }
  const flows = buildHops(scenario, network, STANDARD_RUN.slicesEnabled);
  const loads = emptyLoads(network.links.length);
  let k = 0;
  for (const flow of flows) {
    for (const hop of flow.hops) {
      const routed = routes[k++];
      if (routed === undefined || routed.fromSite !== hop.fromSite || routed.toSite !== hop.toSite)
        throw new Error('runYear: the routes were found for another placement');
      hop.route = routed.route;
      hop.forward = routed.forward;
      hop.unroutedReason = routed.unroutedReason;
      applyHopLoad(hop, network, loads, 1);
      // applyHopLoad works out each link's direction on first use: keep it for the later years.
      routed.forward ??= hop.forward;
    }
  }
  if (k !== routes.length) throw new Error('runYear: the routes were found for another placement');
  const queues = solveLinkQueues(network, loads, scaledProfile(params.get(GLOBAL_KEYS.busyHourFactor)), STANDARD_RUN.burstEnabled);
  const compute = loadCompute(scenario, network, params);
  const { facilityKw } = sitePowerKw(scenario, compute.utilisation, params);
  return { flows, loads, queues, compute, facilityKw };
}
