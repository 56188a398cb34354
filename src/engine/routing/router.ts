import type { Graph } from './graph';

/** A route: links in travel order and the nodes visited, source first. */
export interface Route {
  readonly links: Int32Array;
  readonly nodes: Int32Array;
  readonly cost: number;
}

/** What a query may not use: one failed link, one failed node, and nodes outside an allowed set. */
export interface RouteConstraints {
  readonly blockedLink?: number;
  readonly blockedNode?: number;
  /** 1 where a node may be visited; the source and target must be allowed too. */
  readonly allowedNodes?: Uint8Array | null;
  /** 1 where a node may start or end a route but not be passed through (a device relays nobody's traffic). */
  readonly noTransit?: Uint8Array | null;
}

/**
 * A lower bound on the cost between any two nodes, for A*: the straight
 * chord between their positions on the globe × the smallest cost per km any
 * link has. Chord ≤ arc ≤ path, so the bound is admissible and consistent.
 */
export interface GeoBound {
  /** Unit vectors of node positions, xyz interleaved. */
  readonly unit: Float64Array;
  readonly costPerChordUnit: number;
}

/**
 * Shortest-path queries over one graph. Arrays are allocated once and
 * reset lazily by generation stamps, so a query costs only what it explores:
 * tens of nodes for a local hop, not the whole graph.
 */
export class Router {
  readonly #graph: Graph;
  readonly #bound: GeoBound | null;
  readonly #dist: Float64Array;
  readonly #viaLink: Int32Array;
  readonly #viaNode: Int32Array;
  readonly #stamp: Uint32Array;
  readonly #settled: Uint32Array;
  /** Marks this query's targets with its generation. */
  readonly #targetStamp: Uint32Array;
  #generation = 0;
  #heapKey: Float64Array;
  #heapNode: Int32Array;
  #heapSize = 0;
  /** Nodes settled by all queries so far: a measure of work for benchmarks. */
  explored = 0;

  constructor(graph: Graph, bound: GeoBound | null = null) {
    const n = graph.nodeCount;
    this.#graph = graph;
    this.#bound = bound;
    this.#dist = new Float64Array(n);
    this.#viaLink = new Int32Array(n);
    this.#viaNode = new Int32Array(n);
    this.#stamp = new Uint32Array(n);
    this.#settled = new Uint32Array(n);
    this.#targetStamp = new Uint32Array(n);
    this.#heapKey = new Float64Array(Math.max(16, n));
    this.#heapNode = new Int32Array(Math.max(16, n));
  }

  /** Cheapest route from source to target (A* when a geographic bound is known). */
  route(source: number, target: number, constraints: RouteConstraints = {}): Route | null {
    const found = this.#search(source, [target], constraints);
    return found ? this.#trace(source, target) : null;
  }

  /** Cheapest routes from one source to several targets, in one search that stops when all are settled. */
  routeMany(source: number, targets: readonly number[], constraints: RouteConstraints = {}): (Route | null)[] {
    if (targets.length === 1) return [this.route(source, targets[0], constraints)];
    this.#search(source, targets, constraints);
    const gen = this.#generation;
    return targets.map((t) => (this.#settled[t] === gen ? this.#trace(source, t) : null));
  }

  #heuristic(node: number, target: number): number {
    const b = this.#bound;
    if (b === null) return 0;
    const u = b.unit;
    const dx = u[3 * node] - u[3 * target];
    const dy = u[3 * node + 1] - u[3 * target + 1];
    const dz = u[3 * node + 2] - u[3 * target + 2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz) * b.costPerChordUnit;
  }

  /** Returns true when every target was reached. */
  #search(source: number, targets: readonly number[], c: RouteConstraints): boolean {
    const gen = ++this.#generation;
    const { adjStart, adjTarget, adjLink, adjWeight } = this.#graph;
    const dist = this.#dist;
    const stamp = this.#stamp;
    const settled = this.#settled;
    const viaLink = this.#viaLink;
    const viaNode = this.#viaNode;
    // Constraints read once: the loop below runs for every edge explored.
    const blockedLink = c.blockedLink ?? -1;
    const blockedNode = c.blockedNode ?? -1;
    const allowedNodes = c.allowedNodes ?? null;
    const noTransit = c.noTransit ?? null;
    const allowed = (node: number) => node !== blockedNode && (allowedNodes === null || allowedNodes[node] === 1);
    if (!allowed(source)) return false;
    // A* needs one target; several targets fall back to plain Dijkstra.
    const single = targets.length === 1 ? targets[0] : -1;
    const targetStamp = this.#targetStamp;
    let remaining = 0;
    for (const target of targets) {
      if (targetStamp[target] !== gen && allowed(target)) {
        targetStamp[target] = gen;
        remaining++;
      }
    }
    if (remaining === 0) return false;
    this.#heapSize = 0;
    dist[source] = 0;
    stamp[source] = gen;
    viaLink[source] = -1;
    viaNode[source] = -1;
    this.#push(single >= 0 ? this.#heuristic(source, single) : 0, source);
    let explored = 0;
    while (this.#heapSize > 0) {
      const node = this.#pop();
      if (settled[node] === gen) continue;
      settled[node] = gen;
      explored++;
      if (targetStamp[node] === gen && --remaining === 0) break;
      if (node !== source && noTransit !== null && noTransit[node] === 1) continue;
      const base = dist[node];
      for (let at = adjStart[node], end = adjStart[node + 1]; at < end; at++) {
        const link = adjLink[at];
        if (link === blockedLink) continue;
        const next = adjTarget[at];
        if (settled[next] === gen) continue;
        const candidate = base + adjWeight[at];
        if (stamp[next] === gen && candidate >= dist[next]) continue;
        if (next === blockedNode || (allowedNodes !== null && allowedNodes[next] !== 1)) continue;
        stamp[next] = gen;
        dist[next] = candidate;
        viaLink[next] = link;
        viaNode[next] = node;
        this.#push(single >= 0 ? candidate + this.#heuristic(next, single) : candidate, next);
      }
    }
    this.explored += explored;
    return remaining === 0;
  }

  #trace(source: number, target: number): Route {
    let hops = 0;
    for (let at = target; at !== source; at = this.#viaNode[at]) hops++;
    const links = new Int32Array(hops);
    const nodes = new Int32Array(hops + 1);
    let at = target;
    for (let i = hops; i > 0; i--) {
      nodes[i] = at;
      links[i - 1] = this.#viaLink[at];
      at = this.#viaNode[at];
    }
    nodes[0] = source;
    return { links, nodes, cost: this.#dist[target] };
  }

  #push(key: number, node: number): void {
    if (this.#heapSize === this.#heapKey.length) {
      const k = new Float64Array(this.#heapKey.length * 2);
      k.set(this.#heapKey);
      this.#heapKey = k;
      const v = new Int32Array(this.#heapNode.length * 2);
      v.set(this.#heapNode);
      this.#heapNode = v;
    }
    const keys = this.#heapKey;
    const nodes = this.#heapNode;
    let i = this.#heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  #pop(): number {
    const keys = this.#heapKey;
    const nodes = this.#heapNode;
    const top = nodes[0];
    const size = --this.#heapSize;
    const lastKey = keys[size];
    const lastNode = nodes[size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= lastKey) break;
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      i = child;
    }
    keys[i] = lastKey;
    nodes[i] = lastNode;
    return top;
  }
}

/** Unit vectors of (lat, lon) positions for the A* bound. */
export function unitVectors(lat: ArrayLike<number>, lon: ArrayLike<number>): Float64Array {
  const out = new Float64Array(lat.length * 3);
  for (let i = 0; i < lat.length; i++) {
    const phi = (lat[i] * Math.PI) / 180;
    const lambda = (lon[i] * Math.PI) / 180;
    out[3 * i] = Math.cos(phi) * Math.cos(lambda);
    out[3 * i + 1] = Math.cos(phi) * Math.sin(lambda);
    out[3 * i + 2] = Math.sin(phi);
  }
  return out;
}
