import { A_STAR, DIJKSTRA, MANY_TARGETS, type RouteCache } from './routeCache';

const NOT_ASSUMED = 0;
const ASSUMED_A_STAR = 1;
const ASSUMED_DIJKSTRA = 2;

/** What choose() returns when a branch's assumption is contradicted. */
export const CONTRADICTED = -1;

/**
 * Which of the engine's two searches routes each of the workload's hops. The
 * engine runs A* for a site whose hops (of all workloads routed the same way)
 * go to one target, and Dijkstra for one with several. Other workloads'
 * targets are known; the workload's own later hops are not, so where the two
 * searches' paths differ and the choice still depends on them, the search
 * branches: one branch assumes the workload never leaves the site for another
 * target (A*), the other that it will (Dijkstra). A later hop contradicting
 * the first is refused at once; the second is checked on the whole placement.
 * Every placement is so reached by exactly one branch, with its true routes.
 */
export class RoutingVariants {
  readonly #routes: RouteCache;
  /** Per site, the workload's hops leaving it so far: first target (−1 none) and whether there are several. */
  readonly #firstTarget: Int32Array;
  readonly #manyTargets: Uint8Array;
  /** Per site, what the branch assumes, and about which target. */
  readonly #assumption: Uint8Array;
  readonly #assumedTarget: Int32Array;
  /** Sites assumed to get another target later, to check on the whole placement. */
  readonly #assumedDijkstra: number[] = [];
  /** Saved [site, first, many, assumption, target] per change, and lengths per mark. */
  readonly #journal: number[] = [];
  readonly #marks: number[] = [];

  constructor(routes: RouteCache, siteCount: number) {
    this.#routes = routes;
    this.#firstTarget = new Int32Array(siteCount).fill(-1);
    this.#manyTargets = new Uint8Array(siteCount);
    this.#assumption = new Uint8Array(siteCount);
    this.#assumedTarget = new Int32Array(siteCount).fill(-1);
  }

  /** Whether the search from `from` certainly has a target other than `to`: then it is Dijkstra. */
  #surelyDijkstra(from: number, to: number): boolean {
    const others = this.#routes.othersTarget[from];
    if (others === MANY_TARGETS || (others >= 0 && others !== to)) return true;
    const first = this.#firstTarget[from];
    return first >= 0 && (this.#manyTargets[from] === 1 || first !== to);
  }

  /** How many branches a hop from → to needs: 2 only where the two paths differ and nothing decides yet. */
  count(from: number, to: number): number {
    if (this.#assumption[from] !== NOT_ASSUMED || this.#surelyDijkstra(from, to)) return 1;
    return this.#routes.same(from, to) ? 1 : 2;
  }

  /** Records a hop from → to and returns its variant (A_STAR or DIJKSTRA), or CONTRADICTED. */
  choose(from: number, to: number, variant: number): number {
    const assumption = this.#assumption[from];
    this.#journal.push(from, this.#firstTarget[from], this.#manyTargets[from], assumption, this.#assumedTarget[from]);
    let chosen: number;
    if (assumption === ASSUMED_A_STAR) {
      if (to !== this.#assumedTarget[from]) return CONTRADICTED;
      chosen = A_STAR;
    } else if (assumption === ASSUMED_DIJKSTRA || this.#surelyDijkstra(from, to)) chosen = DIJKSTRA;
    else if (this.#routes.same(from, to)) chosen = A_STAR;
    else {
      chosen = variant === DIJKSTRA ? DIJKSTRA : A_STAR;
      this.#assumption[from] = chosen === DIJKSTRA ? ASSUMED_DIJKSTRA : ASSUMED_A_STAR;
      this.#assumedTarget[from] = to;
      if (chosen === DIJKSTRA) this.#assumedDijkstra.push(from);
    }
    const first = this.#firstTarget[from];
    if (first === -1) this.#firstTarget[from] = to;
    else if (first !== to) this.#manyTargets[from] = 1;
    return chosen;
  }

  /** Whether every site assumed to get another target did (checked on a whole placement). */
  assumptionsHold(): boolean {
    for (const site of this.#assumedDijkstra) if (this.#manyTargets[site] === 0) return false;
    return true;
  }

  mark(): void {
    this.#marks.push(this.#journal.length, this.#assumedDijkstra.length);
  }

  undo(): void {
    const assumed = this.#marks.pop()!;
    const at = this.#marks.pop()!;
    const j = this.#journal;
    for (let i = j.length - 5; i >= at; i -= 5) {
      const site = j[i];
      this.#firstTarget[site] = j[i + 1];
      this.#manyTargets[site] = j[i + 2];
      this.#assumption[site] = j[i + 3];
      this.#assumedTarget[site] = j[i + 4];
    }
    j.length = at;
    this.#assumedDijkstra.length = assumed;
  }

  /** The variant at each level of a whole placement: Dijkstra wherever its source site has several targets. */
  static forPlacement(routes: RouteCache, source: number, returns: boolean, placement: Int32Array): Uint8Array {
    const targets = new Map<number, Set<number>>();
    const leave = (from: number, to: number) => {
      let set = targets.get(from);
      if (set === undefined) targets.set(from, (set = new Set()));
      set.add(to);
    };
    let at = source;
    for (const site of placement) {
      if (site !== at) leave(at, site);
      at = site;
    }
    if (returns && at !== source) leave(at, source);
    const out = new Uint8Array(placement.length + 1);
    at = source;
    for (let d = 0; d <= placement.length; d++) {
      const to = d < placement.length ? placement[d] : source;
      const others = routes.othersTarget[at];
      const many = others === MANY_TARGETS || (others >= 0 && others !== to) || (targets.get(at)?.size ?? 0) > 1;
      out[d] = many ? DIJKSTRA : A_STAR;
      at = to;
    }
    return out;
  }
}
