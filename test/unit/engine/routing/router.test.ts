import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphEdge } from '../../../../src/engine/routing/graph';
import { Router, unitVectors, type GeoBound, type Route, type RouteConstraints } from '../../../../src/engine/routing/router';
import { expectClose } from '../../helpers/approx';

/*
 * Router against Bellman–Ford relaxation (slow but obviously correct) on random graphs. Nodes
 * sit at random places on the globe; every edge costs at least its chord ×
 * COST_PER_CHORD_UNIT in each direction, so the geographic A* bound is
 * admissible and consistent, and A* must find the same least costs.
 */

const COST_PER_CHORD_UNIT = 5;
const RUNS = { numRuns: 300, seed: 20_260_304 };

interface RandomGraph {
  readonly n: number;
  readonly unit: Float64Array;
  readonly edges: GraphEdge[];
}

function chord(unit: Float64Array, a: number, b: number): number {
  return Math.hypot(unit[3 * a] - unit[3 * b], unit[3 * a + 1] - unit[3 * b + 1], unit[3 * a + 2] - unit[3 * b + 2]);
}

/** 2–25 nodes and up to 60 edges (not always connected); some edges cost more one way than the other. */
const randomGraph: fc.Arbitrary<RandomGraph> = fc.integer({ min: 2, max: 25 }).chain((n) =>
  fc
    .record({
      places: fc.array(fc.tuple(fc.double({ min: -80, max: 80, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true })), {
        minLength: n,
        maxLength: n,
      }),
      edges: fc.array(
        fc.record({
          a: fc.nat({ max: n - 1 }),
          b: fc.nat({ max: n - 1 }),
          stretch: fc.double({ min: 1, max: 3, noNaN: true }),
          extra: fc.double({ min: 0, max: 2, noNaN: true }),
          backStretch: fc.option(fc.double({ min: 1, max: 3, noNaN: true }), { nil: undefined }),
        }),
        { maxLength: 60 },
      ),
    })
    .map(({ places, edges }) => {
      const unit = unitVectors(
        places.map((p) => p[0]),
        places.map((p) => p[1]),
      );
      const out: GraphEdge[] = edges
        .filter((e) => e.a !== e.b)
        .map((e) => {
          const floor = chord(unit, e.a, e.b) * COST_PER_CHORD_UNIT;
          const weight = floor * e.stretch + e.extra;
          return e.backStretch === undefined
            ? { from: e.a, to: e.b, weight }
            : { from: e.a, to: e.b, weight, weightBack: floor * e.backStretch + e.extra };
        });
      return { n, unit, edges: out };
    }),
);

const boundOf = (g: RandomGraph): GeoBound => ({ unit: g.unit, costPerChordUnit: COST_PER_CHORD_UNIT });

/** Least cost by Bellman–Ford over the graph without the edges `drop` rejects (Infinity when unreachable). */
function referenceCost(g: RandomGraph, source: number, target: number, drop: (e: GraphEdge, i: number) => boolean = () => false): number {
  const distance = new Array<number>(g.n).fill(Infinity);
  distance[source] = 0;
  const kept = g.edges.filter((e, i) => !drop(e, i));
  for (let round = 0; round < g.n; round++) {
    for (const e of kept) {
      const back = e.weightBack ?? e.weight;
      distance[e.to] = Math.min(distance[e.to], distance[e.from] + e.weight);
      distance[e.from] = Math.min(distance[e.from], distance[e.to] + back);
    }
  }
  return distance[target];
}

/** A route is a walk from source to target over real links whose weights add up to its cost. */
function expectValidRoute(g: RandomGraph, route: Route, source: number, target: number): void {
  expect(route.nodes[0]).toBe(source);
  expect(route.nodes[route.nodes.length - 1]).toBe(target);
  expect(route.nodes.length).toBe(route.links.length + 1);
  let cost = 0;
  route.links.forEach((l, i) => {
    const e = g.edges[l];
    const [u, v] = [route.nodes[i], route.nodes[i + 1]];
    expect([e.from, e.to].sort()).toEqual([u, v].sort());
    cost += e.from === u ? e.weight : (e.weightBack ?? e.weight);
  });
  expectClose(route.cost, cost, 1e-12);
}

function expectSameCost(route: Route | null, reference: number): void {
  if (!Number.isFinite(reference)) {
    expect(route).toBeNull();
    return;
  }
  expect(route).not.toBeNull();
  expectClose(route!.cost, reference, 1e-12);
}

const pair = (g: RandomGraph) => fc.tuple(fc.nat({ max: g.n - 1 }), fc.nat({ max: g.n - 1 }));

describe('Router.route(source, target) with the geographic A* bound', () => {
  it('finds the same least cost as plain Dijkstra, or null exactly when the target is unreachable', () => {
    fc.assert(
      fc.property(
        randomGraph.chain((g) => fc.tuple(fc.constant(g), pair(g))),
        ([g, [s, t]]) => {
          const route = new Router(buildGraph(g.n, g.edges), boundOf(g)).route(s, t);
          expectSameCost(route, referenceCost(g, s, t));
          if (route !== null) expectValidRoute(g, route, s, t);
        },
      ),
      RUNS,
    );
  });

  it('gives the same costs with and without the bound, query after query on one router', () => {
    fc.assert(
      fc.property(
        randomGraph.chain((g) => fc.tuple(fc.constant(g), fc.array(pair(g), { minLength: 1, maxLength: 8 }))),
        ([g, queries]) => {
          const graph = buildGraph(g.n, g.edges);
          const astar = new Router(graph, boundOf(g));
          const plain = new Router(graph, null);
          for (const [s, t] of queries) {
            const [a, p] = [astar.route(s, t), plain.route(s, t)];
            expect(a === null).toBe(p === null);
            if (a !== null) expectClose(a.cost, p!.cost, 1e-12);
          }
        },
      ),
      RUNS,
    );
  });

  it('routes a node to itself over no links at cost 0', () => {
    const g = { n: 2, unit: unitVectors([0, 0], [0, 1]), edges: [{ from: 0, to: 1, weight: 1 }] };
    expect(new Router(buildGraph(2, g.edges), boundOf(g)).route(1, 1)).toEqual({
      links: new Int32Array(0),
      nodes: Int32Array.of(1),
      cost: 0,
    });
  });

  it('settles fewer nodes than Dijkstra when the bound points the way: half a line of 101 nodes, not all of it', () => {
    // Nodes every 1° along the equator, each link costing its chord × 5 (the bound is tight).
    const lon = Array.from({ length: 101 }, (_, i) => i - 50);
    const unit = unitVectors(
      lon.map(() => 0),
      lon,
    );
    const edges = lon.slice(1).map((_, i) => ({ from: i, to: i + 1, weight: chord(unit, i, i + 1) * COST_PER_CHORD_UNIT }));
    const graph = buildGraph(101, edges);
    const astar = new Router(graph, { unit, costPerChordUnit: COST_PER_CHORD_UNIT });
    const plain = new Router(graph, null);
    expect(astar.route(50, 100)!.links).toHaveLength(50);
    expect(plain.route(50, 100)!.links).toHaveLength(50);
    expect(astar.explored).toBeLessThanOrEqual(52);
    expect(plain.explored).toBeGreaterThanOrEqual(100);
  });
});

describe('Router.routeMany(source, targets)', () => {
  it('answers each target as route(source, target) would, in one search', () => {
    fc.assert(
      fc.property(
        randomGraph.chain((g) =>
          fc.tuple(fc.constant(g), fc.nat({ max: g.n - 1 }), fc.array(fc.nat({ max: g.n - 1 }), { minLength: 1, maxLength: 6 })),
        ),
        ([g, s, targets]) => {
          const graph = buildGraph(g.n, g.edges);
          const many = new Router(graph, boundOf(g)).routeMany(s, targets);
          const one = new Router(graph, boundOf(g));
          expect(many).toHaveLength(targets.length);
          targets.forEach((t, i) => {
            const single = one.route(s, t);
            expect(many[i] === null).toBe(single === null);
            if (many[i] !== null) {
              expectClose(many[i]!.cost, single!.cost, 1e-12);
              expectValidRoute(g, many[i]!, s, t);
            }
          });
        },
      ),
      RUNS,
    );
  });
});

describe('Router constraints', () => {
  const withConstraint = (g: RandomGraph) =>
    fc.tuple(
      fc.constant(g),
      pair(g),
      fc.nat({ max: Math.max(0, g.edges.length - 1) }),
      fc.nat({ max: g.n - 1 }),
      fc.uint8Array({ minLength: g.n, maxLength: g.n, max: 1 }),
    );

  it('blockedLink: never crosses that link, and costs what Dijkstra finds without it', () => {
    fc.assert(
      fc.property(randomGraph.chain(withConstraint), ([g, [s, t], blockedLink]) => {
        const route = new Router(buildGraph(g.n, g.edges), boundOf(g)).route(s, t, { blockedLink });
        expectSameCost(
          route,
          referenceCost(g, s, t, (_, i) => i === blockedLink),
        );
        if (route !== null) expect(Array.from(route.links)).not.toContain(blockedLink);
      }),
      RUNS,
    );
  });

  it('blockedNode: never visits that node, and is null when it is the source or the target', () => {
    fc.assert(
      fc.property(randomGraph.chain(withConstraint), ([g, [s, t], , blockedNode]) => {
        const route = new Router(buildGraph(g.n, g.edges), boundOf(g)).route(s, t, { blockedNode });
        if (blockedNode === s || blockedNode === t) {
          expect(route).toBeNull();
          return;
        }
        expectSameCost(
          route,
          referenceCost(g, s, t, (e) => e.from === blockedNode || e.to === blockedNode),
        );
        if (route !== null) expect(Array.from(route.nodes)).not.toContain(blockedNode);
      }),
      RUNS,
    );
  });

  it('allowedNodes: visits only allowed nodes, and is null when the source or target is not allowed', () => {
    fc.assert(
      fc.property(randomGraph.chain(withConstraint), ([g, [s, t], , , allowedNodes]) => {
        const constraints: RouteConstraints = { allowedNodes };
        const router = new Router(buildGraph(g.n, g.edges), boundOf(g));
        const route = router.route(s, t, constraints);
        if (allowedNodes[s] === 0 || allowedNodes[t] === 0) {
          expect(route).toBeNull();
          expect(router.routeMany(s, [t, t], constraints)).toEqual([null, null]);
          return;
        }
        expectSameCost(
          route,
          referenceCost(g, s, t, (e) => allowedNodes[e.from] === 0 || allowedNodes[e.to] === 0),
        );
        if (route !== null) for (const node of route.nodes) expect(allowedNodes[node]).toBe(1);
      }),
      RUNS,
    );
  });
});

describe('Router on a graph in two pieces', () => {
  //   0 — 1 — 2      3 — 4
  const unit = unitVectors([0, 0, 0, 10, 10], [0, 1, 2, 0, 1]);
  const edges = [
    { from: 0, to: 1, weight: 10 },
    { from: 1, to: 2, weight: 10 },
    { from: 3, to: 4, weight: 10 },
  ];
  const router = new Router(buildGraph(5, edges), { unit, costPerChordUnit: 1 });

  it('returns null for a target in the other piece', () => {
    expect(router.route(0, 4)).toBeNull();
    expect(router.routeMany(0, [2, 4, 3])).toEqual([expect.objectContaining({ cost: 20 }), null, null]);
  });

  it('returns null when a blocked link or node cuts the only path', () => {
    expect(router.route(0, 2, { blockedLink: 1 })).toBeNull();
    expect(router.route(0, 2, { blockedNode: 1 })).toBeNull();
    expect(router.route(0, 2)?.cost).toBe(20);
  });
});

describe('Router: nodes that may not carry transit', () => {
  it('ends or starts a route at such a node but never passes through it', () => {
    // 0 — 1 — 2 is short through 1; 0 — 3 — 2 is long. Node 1 may not carry transit.
    const graph = buildGraph(4, [
      { from: 0, to: 1, weight: 1 },
      { from: 1, to: 2, weight: 1 },
      { from: 0, to: 3, weight: 5 },
      { from: 3, to: 2, weight: 5 },
    ]);
    const noTransit = Uint8Array.from([0, 1, 0, 0]);
    const router = new Router(graph);
    expect(router.route(0, 2, { noTransit })?.nodes).toEqual(Int32Array.from([0, 3, 2]));
    expect(router.route(0, 1, { noTransit })?.nodes).toEqual(Int32Array.from([0, 1]));
    expect(router.route(1, 2, { noTransit })?.nodes).toEqual(Int32Array.from([1, 2]));
    expect(router.route(0, 2)?.nodes).toEqual(Int32Array.from([0, 1, 2]));
  });
});
