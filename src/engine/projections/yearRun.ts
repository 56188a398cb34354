import type { ComputeState } from '../evaluate/compute';
import { NO_FAILURES, runCore } from '../evaluate/core';
import { buildHops, routeHops, type Hop, type SlotLoads, type WorkloadFlows } from '../evaluate/flows';
import type { LinkQueues } from '../evaluate/linkQueues';
import type { PreparedNetwork } from '../evaluate/network';
import { STANDARD_RUN } from '../evaluate/options';
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
 * One year of a driven scenario: runCore with the routes given (when they
 * do not depend on the load) and without composing each request's latency,
 * which is most of a run's time and which no projection shows. A unit test
 * holds it equal to evaluateScenario's figures.
 */
export function runYear(scenario: Scenario, network: PreparedNetwork, params: Parameters, routes: FixedRoutes): YearRun {
  const run = runCore(scenario, network, params, STANDARD_RUN, NO_FAILURES, { routes: routes ?? undefined, latencies: false });
  return { flows: run.flows, loads: run.loads, queues: run.queues, compute: run.compute, facilityKw: run.power.facilityKw };
}
