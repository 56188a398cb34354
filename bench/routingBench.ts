import type { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import type { PreparedNetwork } from '../src/engine/evaluate/network';
import type { Router } from '../src/engine/routing/router';
import type { Query } from './routingSetup';
import { median, quantile } from './stats';

/** A shortest-path implementation under test: the cost of the path it finds, Infinity when there is none. */
export type PathCost = (source: number, target: number) => number;

export function graphologyCost(graph: UndirectedGraph): PathCost {
  return (s, t) => {
    const path = bidirectional(graph, String(s), String(t), 'weight');
    if (path === null) return Infinity;
    let cost = 0;
    for (let i = 1; i < path.length; i++) cost += graph.getEdgeAttribute(graph.edge(path[i - 1], path[i])!, 'weight') as number;
    return cost;
  };
}

/** The engine's Router; the cost is re-added from the links it returns, so a wrong trace cannot hide behind a right distance. */
export function routerCost(router: Router, network: PreparedNetwork): PathCost {
  return (s, t) => {
    const route = router.route(s, t);
    if (route === null) return Infinity;
    let cost = 0;
    for (const l of route.links) cost += network.baseLatencyMs[l];
    return cost;
  };
}

export class PathCostMismatch extends Error {
  override readonly name = 'PathCostMismatch';
}

const RELATIVE_TOLERANCE = 1e-9;

/** Throws unless every implementation finds the same cost as the first on every query (within 1e-9 relative). */
export function checkSameCosts(queries: readonly Query[], implementations: Readonly<Record<string, PathCost>>): void {
  const [[referenceName, reference], ...others] = Object.entries(implementations);
  for (const [s, t] of queries) {
    const expected = reference(s, t);
    for (const [name, cost] of others) {
      const actual = cost(s, t);
      const same = expected === actual || Math.abs(actual - expected) <= RELATIVE_TOLERANCE * Math.abs(expected);
      if (!same) throw new PathCostMismatch(`${name} finds ${actual} ms from site ${s} to ${t}; ${referenceName} finds ${expected} ms`);
    }
  }
}

export interface QueryTiming {
  readonly medianUsPerQuery: number;
  readonly p95UsPerQuery: number;
  /** Queries ÷ total time: throughput, which the mean sets, not the median. */
  readonly queriesPerSecond: number;
}

/**
 * Times each query on its own (reading the clock costs ~0.06 µs, about 2 % of
 * the fastest query here) over `passes` passes. Run it after a warm-up, such as
 * checkSameCosts over the same queries.
 */
export function timeQueries(queries: readonly Query[], cost: PathCost, passes: number): QueryTiming {
  let sink = 0;
  const samplesUs: number[] = [];
  let totalMs = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const [s, t] of queries) {
      const start = performance.now();
      sink += cost(s, t);
      const ms = performance.now() - start;
      totalMs += ms;
      samplesUs.push(ms * 1000);
    }
  }
  if (Number.isNaN(sink)) throw new Error('a path cost was NaN');
  return {
    medianUsPerQuery: median(samplesUs),
    p95UsPerQuery: quantile(samplesUs, 0.95),
    queriesPerSecond: (samplesUs.length / totalMs) * 1000,
  };
}
