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
  /** Cost of crossing from → to; Infinity leaves the edge out. */
  readonly weight: number;
  /** Cost of crossing to → from, when it differs (egress is charged one way only). */
  readonly weightBack?: number;
}

/** Builds the graph; a direction whose weight is not finite (a failed link) is left out. */
export function buildGraph(nodeCount: number, edges: readonly GraphEdge[]): Graph {
  const degree = new Int32Array(nodeCount + 1);
  for (const e of edges) {
    if (Number.isFinite(e.weight)) degree[e.from + 1]++;
    if (Number.isFinite(e.weightBack ?? e.weight)) degree[e.to + 1]++;
  }
  for (let i = 0; i < nodeCount; i++) degree[i + 1] += degree[i];
  const adjStart = degree;
  const fill = adjStart.slice(0, nodeCount);
  const size = adjStart[nodeCount];
  const adjTarget = new Int32Array(size);
  const adjLink = new Int32Array(size);
  const adjWeight = new Float64Array(size);
  edges.forEach((e, linkIndex) => {
    if (Number.isFinite(e.weight)) {
      const at = fill[e.from]++;
      adjTarget[at] = e.to;
      adjLink[at] = linkIndex;
      adjWeight[at] = e.weight;
    }
    const back = e.weightBack ?? e.weight;
    if (Number.isFinite(back)) {
      const at = fill[e.to]++;
      adjTarget[at] = e.from;
      adjLink[at] = linkIndex;
      adjWeight[at] = back;
    }
  });
  return { nodeCount, adjStart, adjTarget, adjLink, adjWeight };
}
