import { describe, expect, it } from 'vitest';
import { pathTo, shortestPathTree } from '../../../../src/engine/routing/dijkstra';
import { buildGraph } from '../../../../src/engine/routing/graph';

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

describe('shortestPathTree(graph, source)', () => {
  const tree = shortestPathTree(graph, 0);

  it('finds the least total weight to every reachable node', () => {
    expect(Array.from(tree.distance)).toEqual([0, 3, 1, 8, Infinity]);
  });

  it('records the link each node was reached by, −1 for the source and unreachable nodes', () => {
    expect(Array.from(tree.viaLink)).toEqual([-1, 2, 1, 3, -1]);
  });
});

describe('pathTo(tree, target)', () => {
  const tree = shortestPathTree(graph, 0);

  it('lists links and nodes in travel order', () => {
    expect(pathTo(tree, 3)).toEqual({ links: [1, 2, 3], nodes: [0, 2, 1, 3] });
  });

  it('takes a detour when it is shorter than the direct link', () => {
    expect(pathTo(tree, 1)).toEqual({ links: [1, 2], nodes: [0, 2, 1] });
  });

  it('is an empty path from the source to itself', () => {
    expect(pathTo(tree, 0)).toEqual({ links: [], nodes: [0] });
  });

  it('is null for an unreachable node', () => {
    expect(pathTo(tree, 4)).toBeNull();
  });

  it('routes the other way over the same undirected links', () => {
    expect(pathTo(shortestPathTree(graph, 3), 0)).toEqual({ links: [3, 2, 1], nodes: [3, 1, 2, 0] });
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
    const t = shortestPathTree(degraded, 0);
    expect(pathTo(t, 1)).toEqual({ links: [0], nodes: [0, 1] });
    expect(pathTo(t, 3)).toEqual({ links: [1, 4], nodes: [0, 2, 3] });
  });
});

describe('shortestPathTree on a larger graph', () => {
  it('matches a brute-force relaxation on a ring with chords', () => {
    const n = 200;
    const edges = [];
    for (let i = 0; i < n; i++) edges.push({ from: i, to: (i + 1) % n, weight: 1 + (i % 7) });
    for (let i = 0; i < n; i += 13) edges.push({ from: i, to: (i * 7 + 3) % n, weight: 5 + (i % 11) });
    const tree = shortestPathTree(buildGraph(n, edges), 0);
    // Bellman–Ford as the reference: slow but obviously correct.
    const expected = new Array<number>(n).fill(Infinity);
    expected[0] = 0;
    for (let round = 0; round < n; round++) {
      for (const e of edges) {
        expected[e.to] = Math.min(expected[e.to], expected[e.from] + e.weight);
        expected[e.from] = Math.min(expected[e.from], expected[e.to] + e.weight);
      }
    }
    expect(Array.from(tree.distance)).toEqual(expected);
  });
});
