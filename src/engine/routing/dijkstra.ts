import type { Graph } from './graph';

/** A shortest-path tree: distance to every node and the link each was reached by (−1 for none). */
export interface ShortestPathTree {
  readonly source: number;
  readonly distance: Float64Array;
  readonly viaLink: Int32Array;
  readonly viaNode: Int32Array;
}

/**
 * Dijkstra with a binary heap over (distance, node) pairs held in typed
 * arrays, lazy deletion instead of decrease-key.
 */
export function shortestPathTree(graph: Graph, source: number): ShortestPathTree {
  const n = graph.nodeCount;
  const distance = new Float64Array(n).fill(Infinity);
  const viaLink = new Int32Array(n).fill(-1);
  const viaNode = new Int32Array(n).fill(-1);
  const { adjStart, adjTarget, adjLink, adjWeight } = graph;

  let capacity = Math.max(16, n);
  let heapKey = new Float64Array(capacity);
  let heapNode = new Int32Array(capacity);
  let size = 0;

  const push = (key: number, node: number) => {
    if (size === capacity) {
      capacity *= 2;
      const k = new Float64Array(capacity);
      k.set(heapKey);
      heapKey = k;
      const v = new Int32Array(capacity);
      v.set(heapNode);
      heapNode = v;
    }
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapKey[parent] <= key) break;
      heapKey[i] = heapKey[parent];
      heapNode[i] = heapNode[parent];
      i = parent;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  };

  const popInto = (): number => {
    const top = heapNode[0];
    const lastKey = heapKey[--size];
    const lastNode = heapNode[size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && heapKey[child + 1] < heapKey[child]) child++;
      if (heapKey[child] >= lastKey) break;
      heapKey[i] = heapKey[child];
      heapNode[i] = heapNode[child];
      i = child;
    }
    heapKey[i] = lastKey;
    heapNode[i] = lastNode;
    return top;
  };

  distance[source] = 0;
  push(0, source);
  while (size > 0) {
    const key = heapKey[0];
    const node = popInto();
    if (key > distance[node]) continue;
    for (let at = adjStart[node], end = adjStart[node + 1]; at < end; at++) {
      const next = adjTarget[at];
      const candidate = key + adjWeight[at];
      if (candidate < distance[next]) {
        distance[next] = candidate;
        viaLink[next] = adjLink[at];
        viaNode[next] = node;
        push(candidate, next);
      }
    }
  }
  return { source, distance, viaLink, viaNode };
}

/** Links from the tree's source to `target`, in travel order; null when unreachable. */
export function pathTo(tree: ShortestPathTree, target: number): { links: number[]; nodes: number[] } | null {
  if (!Number.isFinite(tree.distance[target])) return null;
  const links: number[] = [];
  const nodes: number[] = [target];
  let at = target;
  while (at !== tree.source) {
    links.push(tree.viaLink[at]);
    at = tree.viaNode[at];
    nodes.push(at);
  }
  links.reverse();
  nodes.reverse();
  return { links, nodes };
}
