import type { PlacementEvaluator } from './evaluator';
import { Tally } from './tally';
import { OK, VOID } from './verdicts';

export interface DepthFirstHooks {
  /** Order of figures for trying children: the most promising bound first. */
  readonly order: readonly number[];
  /** Whether no placement under this bound can matter (`placed` sites of `prefix` are set). */
  prune(bound: Float64Array, prefix: Int32Array, placed: number): boolean;
  /** Whether a leaf with these figures is worth checking the other workloads for. */
  wantOthers(values: Float64Array, placement: Int32Array): boolean;
  /** A leaf that passed every check. Returns true to stop the search. */
  found(values: Float64Array, placement: Int32Array): boolean;
}

export interface DepthFirstStats {
  leavesEvaluated: number;
  nodesPruned: number;
  readonly tally: Tally;
}

/** Children of one node: site, variant and bound, and the order to visit them in. */
interface Children {
  site: Int32Array;
  variant: Uint8Array;
  bound: Float64Array;
  order: Int32Array;
}

/**
 * Depth-first search over placements, stage by stage, then the way back.
 * At each node every child is pushed once to read its bound and checks: a
 * child that breaks a constraint is counted against the reason with every
 * placement below it; the rest are visited best bound first, each checked
 * again against the hook (an incumbent found meanwhile may now rule it out).
 */
export function depthFirst(ev: PlacementEvaluator, hooks: DepthFirstHooks, tally: Tally = new Tally()): DepthFirstStats {
  const L = ev.levels;
  const S = L - 1;
  const stats: DepthFirstStats = { leavesEvaluated: 0, nodesPruned: 0, tally };
  const prefix = new Int32Array(S);
  const values = new Float64Array(3);
  const bound = new Float64Array(3);
  // Placements below a node at each level, for counting what a ruled-out subtree held.
  const below = new Float64Array(L + 1);
  below[L] = 1;
  for (let d = L - 1; d >= 0; d--) below[d] = below[d + 1] * ev.sitesAt(d).length;
  const children: Children[] = [];
  for (let d = 0; d < L; d++) {
    const m = 2 * ev.sitesAt(d).length;
    children.push({ site: new Int32Array(m), variant: new Uint8Array(m), bound: new Float64Array(3 * m), order: new Int32Array(m) });
  }
  const describe = (verdict: number) => ev.describe(verdict);
  const wantOthers = (v: Float64Array) => hooks.wantOthers(v, prefix);
  const order = hooks.order;
  let stopped = false;

  const visit = (d: number): void => {
    if (d === L) {
      stats.leavesEvaluated++;
      const verdict = ev.leaf(values, wantOthers);
      if (verdict === OK) stopped = hooks.found(values, prefix);
      else tally.add(verdict, 1, describe);
      return;
    }
    const sites = ev.sitesAt(d);
    const c = children[d];
    const placed = Math.min(d + 1, S);
    let m = 0;
    for (let i = 0; i < sites.length; i++) {
      const site = sites[i];
      if (d < S) prefix[d] = site;
      const variants = ev.variantCount(site);
      for (let v = 0; v < variants; v++) {
        const verdict = ev.push(site, v);
        if (verdict !== OK) {
          if (verdict !== VOID) {
            tally.add(verdict, below[d + 1], describe);
            stats.nodesPruned++;
          }
        } else {
          ev.bound(bound);
          if (hooks.prune(bound, prefix, placed)) stats.nodesPruned++;
          else {
            c.site[m] = site;
            c.variant[m] = v;
            c.bound[3 * m] = bound[0];
            c.bound[3 * m + 1] = bound[1];
            c.bound[3 * m + 2] = bound[2];
            c.order[m] = m;
            m++;
          }
        }
        ev.pop();
      }
    }
    sortChildren(c, m, order);
    for (let j = 0; j < m; j++) {
      const at = c.order[j];
      const site = c.site[at];
      if (d < S) prefix[d] = site;
      bound[0] = c.bound[3 * at];
      bound[1] = c.bound[3 * at + 1];
      bound[2] = c.bound[3 * at + 2];
      if (hooks.prune(bound, prefix, placed)) {
        stats.nodesPruned++;
        continue;
      }
      ev.push(site, c.variant[at]);
      visit(d + 1);
      ev.pop();
      if (stopped) return;
    }
  };
  visit(0);
  return stats;
}

/** Insertion sort of the first m children by bound in `order`, then site, then variant (a handful to a hundred). */
function sortChildren(c: Children, m: number, order: readonly number[]): void {
  const before = (a: number, b: number): boolean => {
    for (let i = 0; i < order.length; i++) {
      const x = c.bound[3 * a + order[i]];
      const y = c.bound[3 * b + order[i]];
      if (x !== y) return x < y;
    }
    return c.site[a] !== c.site[b] ? c.site[a] < c.site[b] : c.variant[a] < c.variant[b];
  };
  for (let i = 1; i < m; i++) {
    const x = c.order[i];
    let j = i - 1;
    while (j >= 0 && before(x, c.order[j])) {
      c.order[j + 1] = c.order[j];
      j--;
    }
    c.order[j + 1] = x;
  }
}
