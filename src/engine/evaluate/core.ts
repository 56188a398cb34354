import { GLOBAL_KEYS } from '../catalogue/registry';
import type { Parameters } from '../parameters';
import type { LatencySummary, TailMethod } from '../result';
import type { Scenario } from '../scenario/schema';
import { loadCompute, type ComputeState } from './compute';
import { applyHopLoad, buildHops, emptyLoads, routeHops, type Hop, type SlotLoads, type WorkloadFlows } from './flows';
import { composeWorkload, summarise, type ComposedLatency } from './latency';
import { scaledProfile, solveLinkQueues, type LinkQueues } from './linkQueues';
import type { PreparedNetwork } from './network';
import type { RunFlags } from './options';
import { sitePowerKw } from './power';
import { RoutingContext } from './routing';

/** Everything one run of the model works out, before it is dressed as a result. */
export interface CoreRun {
  readonly ctx: RoutingContext;
  readonly flows: readonly WorkloadFlows[];
  readonly hops: readonly Hop[];
  readonly loads: SlotLoads;
  readonly queues: LinkQueues;
  readonly compute: ComputeState;
  readonly power: { itKw: Float64Array; facilityKw: Float64Array };
  /** Empty when the run was asked not to compose latencies. */
  readonly composed: readonly ComposedLatency[];
  readonly summaries: readonly (LatencySummary & { tailMethod: TailMethod })[];
}

export interface Failures {
  readonly links: ReadonlySet<number>;
  readonly sites: ReadonlySet<number>;
}

export const NO_FAILURES: Failures = { links: new Set(), sites: new Set() };

/** Ways to do less of a run when the caller needs less (the projections, year after year). */
export interface CoreOptions {
  /**
   * Every hop's route from an earlier run of the same placement, in
   * buildHops order, used instead of routing again (only for scenarios
   * without load-aware workloads, whose routes depend on the load).
   */
  readonly routes?: readonly Hop[];
  /** Whether to compose each request's latency (the most costly step); true by default. */
  readonly latencies?: boolean;
}

/** Takes over the routes found by an earlier run of the same placement. */
function adoptRoutes(hops: readonly Hop[], routes: readonly Hop[]): void {
  if (hops.length !== routes.length) throw new Error('runCore: the routes were found for another placement');
  for (let i = 0; i < hops.length; i++) {
    const hop = hops[i];
    const routed = routes[i];
    if (routed.fromSite !== hop.fromSite || routed.toSite !== hop.toSite)
      throw new Error('runCore: the routes were found for another placement');
    hop.route = routed.route;
    hop.forward = routed.forward;
    hop.unroutedReason = routed.unroutedReason;
  }
}

/**
 * One run: route every hop by its workload's policy, load links and
 * accelerators, solve the queues and compose each request's latency.
 * Load-aware workloads are then moved once off busy links (a traffic-
 * engineering step) before the queues are solved for good.
 */
export function runCore(
  scenario: Scenario,
  network: PreparedNetwork,
  params: Parameters,
  flags: RunFlags,
  failures: Failures = NO_FAILURES,
  options: CoreOptions = {},
): CoreRun {
  const ctx = new RoutingContext(scenario, network, params, failures.links, failures.sites);
  const flows = buildHops(scenario, network, flags.slicesEnabled);
  const hops = flows.flatMap((f) => f.hops);
  if (options.routes === undefined) routeHops(hops, scenario, ctx);
  else adoptRoutes(hops, options.routes);
  const loads = emptyLoads(network.links.length);
  for (const hop of hops) applyHopLoad(hop, network, loads, 1);
  // applyHopLoad works out each link's direction on first use: keep it with the routes for the next run.
  if (options.routes !== undefined) for (let i = 0; i < hops.length; i++) (options.routes[i] as Hop).forward ??= hops[i].forward;
  const profile = scaledProfile(params.get(GLOBAL_KEYS.busyHourFactor));

  const loadAware = hops.filter((h) => h.policy === 'loadAware');
  if (loadAware.length > 0) {
    const first = solveLinkQueues(network, loads, profile, flags.burstEnabled);
    // Best-effort wait per direction (slot 0 and 2 of each link) as the extra routing cost.
    const extra = new Float64Array(network.links.length * 2);
    for (let l = 0; l < network.links.length; l++) {
      extra[l * 2] = first.waitMeanMs[l * 4];
      extra[l * 2 + 1] = first.waitMeanMs[l * 4 + 2];
    }
    ctx.setLoadAwareWeights(extra);
    for (const hop of loadAware) applyHopLoad(hop, network, loads, -1);
    routeHops(loadAware, scenario, ctx);
    for (const hop of loadAware) applyHopLoad(hop, network, loads, 1);
  }

  const queues = solveLinkQueues(network, loads, profile, flags.burstEnabled);
  const compute = loadCompute(scenario, network, params);
  const power = sitePowerKw(scenario, compute.utilisation, params);
  const composed =
    options.latencies === false
      ? []
      : scenario.workloads.map((_, w) => composeWorkload(scenario, w, flows[w], network, queues, compute, failures.sites));
  const summaries = composed.map(summarise);
  return { ctx, flows, hops, loads, queues, compute, power, composed, summaries };
}
