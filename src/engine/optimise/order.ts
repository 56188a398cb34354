import { COST, ENERGY, P95 } from './evaluator';
import type { Objective } from './types';

/**
 * The order figures are compared in for each objective: the objective, then
 * the other two in a fixed order, then the placement (site index by stage),
 * so that ties always resolve the same way.
 */
export const FIGURE_ORDER: Readonly<Record<Objective, readonly number[]>> = {
  cost: [COST, P95, ENERGY],
  latency: [P95, COST, ENERGY],
  energy: [ENERGY, COST, P95],
};

/** Compares two placements' figures in `order`, then their first `count` sites: < 0 when a comes first. */
export function compareLeaves(
  order: readonly number[],
  a: ArrayLike<number>,
  aSites: ArrayLike<number>,
  b: ArrayLike<number>,
  bSites: ArrayLike<number>,
  count: number,
): number {
  for (let i = 0; i < order.length; i++) {
    const k = order[i];
    if (a[k] < b[k]) return -1;
    if (a[k] > b[k]) return 1;
  }
  for (let j = 0; j < count; j++) {
    if (aSites[j] !== bSites[j]) return aSites[j] - bSites[j];
  }
  return 0;
}
