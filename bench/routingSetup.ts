import { UndirectedGraph } from 'graphology';
import type { PreparedNetwork } from '../src/engine/evaluate/network';
import { unitVectors, type GeoBound } from '../src/engine/routing/router';
import type { Scenario } from '../src/engine/scenario/schema';
import { Random } from './synthetic/random';

/** The engine's routing graph rebuilt in graphology: node keys are site indices, weight the link's one-way base latency, ms. */
export function graphologyGraph(network: PreparedNetwork, siteCount: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < siteCount; i++) graph.addNode(String(i));
  for (const link of network.links) {
    const [a, b] = [String(link.from), String(link.to)];
    // Parallel links collapse to the cheapest, which is all a shortest path can use.
    if (graph.hasEdge(a, b)) {
      const edge = graph.edge(a, b)!;
      graph.setEdgeAttribute(edge, 'weight', Math.min(graph.getEdgeAttribute(edge, 'weight') as number, network.baseLatencyMs[link.index]));
    } else graph.addEdge(a, b, { weight: network.baseLatencyMs[link.index] });
  }
  return graph;
}

/**
 * The A* bound: chord between unit vectors × the least cost per chord unit
 * over all links (links whose ends coincide are skipped: chord 0 bounds nothing).
 */
export function latencyBound(scenario: Scenario, network: PreparedNetwork): GeoBound {
  const unit = unitVectors(
    scenario.sites.map((s) => s.location!.lat),
    scenario.sites.map((s) => s.location!.lon),
  );
  let costPerChordUnit = Infinity;
  for (const link of network.links) {
    const [a, b] = [3 * link.from, 3 * link.to];
    const chord = Math.hypot(unit[a] - unit[b], unit[a + 1] - unit[b + 1], unit[a + 2] - unit[b + 2]);
    if (chord > 0) costPerChordUnit = Math.min(costPerChordUnit, network.baseLatencyMs[link.index] / chord);
  }
  return { unit, costPerChordUnit: Number.isFinite(costPerChordUnit) ? costPerChordUnit : 0 };
}

export type Query = readonly [source: number, target: number];

/** Every hop between consecutive placements of every workload, and the way back to the device where there is one. */
export function placementQueries(scenario: Scenario, network: PreparedNetwork): Query[] {
  const out: Query[] = [];
  for (const w of scenario.workloads) {
    const source = network.siteIndex.get(w.sourceSiteId)!;
    let at = source;
    for (const stage of w.stages) {
      const site = network.siteIndex.get(stage.siteId)!;
      if (site !== at) out.push([at, site]);
      at = site;
    }
    if (w.returnsToDevice && at !== source) out.push([at, source]);
  }
  return out;
}

/** `count` seeded random pairs of distinct sites: the long, cross-continent queries placements rarely ask. */
export function randomQueries(siteCount: number, count: number, seed: number): Query[] {
  const random = new Random(seed);
  const out: Query[] = [];
  while (out.length < count) {
    const s = random.int(0, siteCount - 1);
    const t = random.int(0, siteCount - 1);
    if (s !== t) out.push([s, t]);
  }
  return out;
}

/** At most `max` of the queries, a seeded sample in their original order. */
export function sampleQueries(queries: readonly Query[], max: number, seed: number): Query[] {
  if (queries.length <= max) return [...queries];
  const random = new Random(seed);
  const keep = new Set<number>();
  while (keep.size < max) keep.add(random.int(0, queries.length - 1));
  return queries.filter((_, i) => keep.has(i));
}
