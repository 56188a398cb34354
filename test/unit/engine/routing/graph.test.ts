import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../src/engine/routing/graph';

/** Neighbours of `node` as [target, link, weight] triples, sorted for comparison. */
function neighbours(graph: ReturnType<typeof buildGraph>, node: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let at = graph.adjStart[node]; at < graph.adjStart[node + 1]; at++) {
    out.push([graph.adjTarget[at], graph.adjLink[at], graph.adjWeight[at]]);
  }
  return out.sort((a, b) => a[1] - b[1]);
}

describe('buildGraph(nodeCount, edges)', () => {
  it('lists every edge under both ends, since links carry traffic both ways', () => {
    const graph = buildGraph(3, [
      { from: 0, to: 1, weight: 2 },
      { from: 1, to: 2, weight: 3 },
    ]);
    expect(neighbours(graph, 0)).toEqual([[1, 0, 2]]);
    expect(neighbours(graph, 1)).toEqual([
      [0, 0, 2],
      [2, 1, 3],
    ]);
    expect(neighbours(graph, 2)).toEqual([[1, 1, 3]]);
  });

  it('leaves out an edge of Infinity weight (a failed link) and keeps later link indices', () => {
    const graph = buildGraph(3, [
      { from: 0, to: 1, weight: Infinity },
      { from: 1, to: 2, weight: 3 },
    ]);
    expect(neighbours(graph, 0)).toEqual([]);
    expect(neighbours(graph, 1)).toEqual([[2, 1, 3]]);
    expect(graph.adjTarget.length).toBe(2);
  });

  it('leaves out an edge of NaN weight too', () => {
    const graph = buildGraph(2, [{ from: 0, to: 1, weight: NaN }]);
    expect(graph.adjTarget.length).toBe(0);
  });

  it('gives isolated nodes an empty neighbour range', () => {
    const graph = buildGraph(4, [{ from: 0, to: 1, weight: 1 }]);
    expect(neighbours(graph, 2)).toEqual([]);
    expect(neighbours(graph, 3)).toEqual([]);
  });
});
