/**
 * An undirected graph in compressed sparse row form: for node n, its
 * neighbours are adjTarget[adjStart[n] .. adjStart[n+1]) reached over link
 * adjLink[..] at cost adjWeight[..]. Typed arrays keep Dijkstra cache-friendly
 * at tens of thousands of sites.
 */
export interface Graph {
  readonly nodeCount: number;
  readonly adjStart: Int32Array;
  readonly adjTarget: Int32Array;
  readonly adjLink: Int32Array;
  readonly adjWeight: Float64Array;
}

export interface GraphEdge {
  readonly from: number;
  readonly to: number;
  readonly weight: number;
}

/** Builds the graph; an edge whose weight is not finite (a failed link) is left out. */
export function buildGraph(nodeCount: number, edges: readonly GraphEdge[]): Graph {
  const degree = new Int32Array(nodeCount + 1);
  for (const e of edges) {
    if (!Number.isFinite(e.weight)) continue;
    degree[e.from + 1]++;
    degree[e.to + 1]++;
  }
  for (let i = 0; i < nodeCount; i++) degree[i + 1] += degree[i];
  const adjStart = degree;
  const fill = adjStart.slice(0, nodeCount);
  const size = adjStart[nodeCount];
  const adjTarget = new Int32Array(size);
  const adjLink = new Int32Array(size);
  const adjWeight = new Float64Array(size);
  edges.forEach((e, linkIndex) => {
    if (!Number.isFinite(e.weight)) return;
    let at = fill[e.from]++;
    adjTarget[at] = e.to;
    adjLink[at] = linkIndex;
    adjWeight[at] = e.weight;
    at = fill[e.to]++;
    adjTarget[at] = e.from;
    adjLink[at] = linkIndex;
    adjWeight[at] = e.weight;
  });
  return { nodeCount, adjStart, adjTarget, adjLink, adjWeight };
}
