import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph } from '../../../../src/engine/routing/graph';
import { Router } from '../../../../src/engine/routing/router';

/** A route as plain arrays, or null: what the cases below compare. */
function pathOf(graph: Graph, source: number, target: number) {
  const route = new Router(graph).route(source, target);
  return route === null ? null : { links: Array.from(route.links), nodes: Array.from(route.nodes), cost: route.cost };
}

/*
 * A hand-made graph. Link numbers are in brackets:
 *
 *   0 —[0] 4— 1 —[3] 5— 3        4 (isolated)
 *    \        |         /
 *   [1] 1   [2] 2    [4] 8
 *      \      |      /
 *       `———— 2 ————'
 *
 * From 0: to 1 the detour 0–2–1 (3) beats the direct link (4);
 * to 3, 0–2–1–3 (8) beats 0–2–3 (9).
 */
const graph = buildGraph(5, [
  { from: 0, to: 1, weight: 4 },
  { from: 0, to: 2, weight: 1 },
  { from: 2, to: 1, weight: 2 },
  { from: 1, to: 3, weight: 5 },
  { from: 2, to: 3, weight: 8 },
]);

describe('Router.route(source, target) without a bound (Dijkstra)', () => {
  it('finds the least total weight to every reachable node', () => {
    expect([1, 2, 3].map((t) => pathOf(graph, 0, t)?.cost)).toEqual([3, 1, 8]);
  });
});

describe('Router.route: the path it takes', () => {
  it('lists links and nodes in travel order', () => {
    expect(pathOf(graph, 0, 3)).toEqual({ links: [1, 2, 3], nodes: [0, 2, 1, 3], cost: 8 });
  });

  it('takes a detour when it is shorter than the direct link', () => {
    expect(pathOf(graph, 0, 1)).toEqual({ links: [1, 2], nodes: [0, 2, 1], cost: 3 });
  });

  it('is an empty path from the source to itself', () => {
    expect(pathOf(graph, 0, 0)).toEqual({ links: [], nodes: [0], cost: 0 });
  });

  it('is null for an unreachable node', () => {
    expect(pathOf(graph, 0, 4)).toBeNull();
  });

  it('routes the other way over the same undirected links', () => {
    expect(pathOf(graph, 3, 0)).toEqual({ links: [3, 2, 1], nodes: [3, 1, 2, 0], cost: 8 });
  });

  it('reroutes when a link fails (Infinity weight)', () => {
    const degraded = buildGraph(5, [
      { from: 0, to: 1, weight: 4 },
      { from: 0, to: 2, weight: 1 },
      { from: 2, to: 1, weight: Infinity },
      { from: 1, to: 3, weight: 5 },
      // 7 rather than 8, so 0–2–3 (8) beats 0–1–3 (9) without a tie.
      { from: 2, to: 3, weight: 7 },
    ]);
    expect(pathOf(degraded, 0, 1)).toEqual({ links: [0], nodes: [0, 1], cost: 4 });
    expect(pathOf(degraded, 0, 3)).toEqual({ links: [1, 4], nodes: [0, 2, 3], cost: 8 });
  });
});

describe('Router.routeMany on a larger graph', () => {
  it('matches a brute-force relaxation on a ring with chords', () => {
    const n = 200;
    const edges = [];
    for (let i = 0; i < n; i++) edges.push({ from: i, to: (i + 1) % n, weight: 1 + (i % 7) });
    for (let i = 0; i < n; i += 13) edges.push({ from: i, to: (i * 7 + 3) % n, weight: 5 + (i % 11) });
    const targets = Array.from({ length: n }, (_, i) => i);
    const routes = new Router(buildGraph(n, edges)).routeMany(0, targets);
    // Bellman–Ford as the reference: slow but obviously correct.
    const expected = new Array<number>(n).fill(Infinity);
    expected[0] = 0;
    for (let round = 0; round < n; round++) {
      for (const e of edges) {
        expected[e.to] = Math.min(expected[e.to], expected[e.from] + e.weight);
        expected[e.from] = Math.min(expected[e.from], expected[e.to] + e.weight);
      }
    }
    expect(routes.map((r) => r?.cost ?? Infinity)).toEqual(expected);
  });
});
