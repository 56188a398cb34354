import type { ModelVar, PlacementModel } from './model';
import type { SitePlacement } from './solve';

/** Relative slack allowed on a row: HiGHS's own feasibility tolerance is of this order. */
export const ROW_TOLERANCE = 1e-9;

/** The linear model's view of one placement. */
export interface LinearValue {
  /** Objective, in the objective's unit. */
  readonly objective: number;
  /** Fixed parts of each optimised workload's request, ms. */
  readonly fixedMs: Float64Array;
  /** Load on each capacity row. */
  readonly rowLoad: Float64Array;
  /** Every capacity row and latency objective holds, and no choice breaks residency. */
  readonly feasible: boolean;
}

/**
 * The linear model's objective and constraints at a placement, in plain
 * arithmetic: the result's objective value, and the reference a brute force
 * checks placements against. Null when the placement uses a site that is no
 * candidate or a hop with no route (no variable exists for it).
 */
export function linearValue(model: PlacementModel, placement: SitePlacement): LinearValue | null {
  let objective = 0;
  const fixedMs = new Float64Array(model.workloads.length);
  const rowLoad = new Float64Array(model.rows.length);
  let residencyKept = true;
  const take = (w: number, v: ModelVar) => {
    objective += v.objective;
    fixedMs[w] += v.fixedMs;
    for (const { row, coef } of v.loads) rowLoad[row] += coef;
    if (v.residencyViolation) residencyKept = false;
  };
  for (let w = 0; w < model.workloads.length; w++) {
    const workload = model.workloads[w];
    const sites = placement[w];
    const ks: number[] = [];
    for (let i = 0; i < workload.stages.length; i++) {
      const k = workload.stages[i].indexOf.get(sites[i]);
      if (k === undefined) return null;
      ks.push(k);
      take(w, workload.stages[i].x[k]);
    }
    for (let i = 0; i + 1 < workload.stages.length; i++) {
      const at = workload.pairIndex[i].get(ks[i] * workload.stages[i + 1].sites.length + ks[i + 1]);
      if (at === undefined) return null;
      take(w, workload.hops[i][at].y);
    }
  }
  let feasible = residencyKept;
  model.rows.forEach((row, r) => {
    if (rowLoad[r] > row.rhs + ROW_TOLERANCE * Math.max(1, row.capacity)) feasible = false;
  });
  model.workloads.forEach((workload, w) => {
    if (fixedMs[w] > workload.objectiveMs * (1 + ROW_TOLERANCE)) feasible = false;
  });
  return { objective, fixedMs, rowLoad, feasible };
}
