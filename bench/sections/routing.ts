import { prepareNetwork } from '../../src/engine/evaluate/network';
import { Parameters } from '../../src/engine/parameters';
import { Router } from '../../src/engine/routing/router';
import type { Scenario } from '../../src/engine/scenario/schema';
import { checkSameCosts, graphologyCost, routerCost, timeQueries, type PathCost } from '../routingBench';
import { graphologyGraph, latencyBound, placementQueries, randomQueries, sampleQueries, type Query } from '../routingSetup';
import { formatTable, type Cell } from '../table';

export interface RoutingPlan {
  readonly scenario: Scenario;
  /** Placement hops beyond this many are sampled, to keep graphology's share of the run in bounds. */
  readonly maxPlacementHops: number;
  readonly randomPairs: number;
  readonly passes: number;
  readonly seed: number;
}

/** Nodes a router has settled so far, when it counts them. */
const explored = (router: Router) => (router as { explored?: number }).explored ?? NaN;

/**
 * Point-to-point shortest paths on the engine's latency graph: graphology's
 * bidirectional Dijkstra against the engine's Router with the geographic A*
 * bound and without it. Every query's cost is checked equal before timing.
 */
export function routingSection(plans: readonly RoutingPlan[]): { table: string; notes: string[] } {
  const rows: Cell[][] = [];
  const notes: string[] = [];
  for (const plan of plans) {
    const { scenario } = plan;
    const n = scenario.sites.length;
    const network = prepareNetwork(scenario, new Parameters(scenario.assumptionOverrides));
    const graph = graphologyGraph(network, n);
    const aStar = new Router(network.graph, latencyBound(scenario, network));
    const dijkstra = new Router(network.graph, null);
    const implementations: Record<string, PathCost> = {
      'graphology bidirectional': graphologyCost(graph),
      'Router A*': routerCost(aStar, network),
      'Router Dijkstra': routerCost(dijkstra, network),
    };
    const sets: Record<string, Query[]> = {
      'placement hops': sampleQueries(placementQueries(scenario, network), plan.maxPlacementHops, plan.seed),
      'random pairs': randomQueries(n, plan.randomPairs, plan.seed),
    };
    for (const [setName, queries] of Object.entries(sets)) {
      // The check is also every implementation's warm-up over these queries.
      const settledBefore = [explored(aStar), explored(dijkstra)];
      checkSameCosts(queries, implementations);
      const settled: Record<string, number> = {
        'Router A*': (explored(aStar) - settledBefore[0]) / queries.length,
        'Router Dijkstra': (explored(dijkstra) - settledBefore[1]) / queries.length,
      };
      const timings = Object.entries(implementations).map(([name, cost]) => [name, timeQueries(queries, cost, plan.passes)] as const);
      const baseline = timings[0][1].queriesPerSecond;
      for (const [name, t] of timings) {
        rows.push([
          n,
          setName,
          queries.length,
          name,
          settled[name] ?? '–',
          t.medianUsPerQuery,
          t.p95UsPerQuery,
          t.queriesPerSecond,
          t.queriesPerSecond / baseline,
        ]);
      }
    }
    notes.push(transitNote(scenario, sets['placement hops'], aStar));
  }
  const header = [
    'sites',
    'queries',
    'count',
    'implementation',
    'settled/query',
    'median µs/query',
    'p95 µs/query',
    'queries/s',
    '× graphology',
  ];
  return {
    table: formatTable(
      `Point-to-point routing on the latency graph (each query's cost checked equal to 1e-9 relative; each query timed alone)`,
      header,
      rows,
    ),
    notes,
  };
}

/** How many placement hops the engine routes through a device group as a transit node. */
function transitNote(scenario: Scenario, queries: readonly Query[], router: Router): string {
  let through = 0;
  for (const [s, t] of queries) {
    const route = router.route(s, t);
    if (route !== null && Array.from(route.nodes.subarray(1, -1)).some((node) => scenario.sites[node].tier === 'device')) through++;
  }
  return `${scenario.sites.length} sites: ${through} of ${queries.length} placement hops transit a device group`;
}
