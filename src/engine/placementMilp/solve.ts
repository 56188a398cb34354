import type { Highs } from 'highs';
import type { LpText } from './lpFormat';
import type { PlacementModel } from './model';

/** The part of the HiGHS runtime the optimiser uses: one-shot solves of LP text. */
export type MilpSolver = Pick<Highs, 'solve'>;

/** A placement of the optimised workloads: per model workload, the site index of each stage. */
export type SitePlacement = readonly Int32Array[];

export interface SolveOutcome {
  readonly status: 'optimal' | 'infeasible' | 'limit';
  /** HiGHS's own word for the outcome. */
  readonly highsStatus: string;
  readonly placement: SitePlacement | null;
  /** Primal value of every column, by name (null without a solution). */
  readonly values: ReadonlyMap<string, number> | null;
  readonly ms: number;
}

/**
 * Options for small placement models. Presolve and the feasibility-jump
 * heuristic (HiGHS ≥ 1.12) spend a fixed effort that is most of the time a
 * model of a few hundred columns takes; with one-hot stages and flows tied
 * to them the LP relaxation is nearly integral, and branch and bound finishes
 * in a few nodes without them. feasibility jump is a native option outside
 * the legacy typings, hence the cast.
 */
const SMALL_MIP_OPTIONS = { presolve: 'off', mip_heuristic_run_feasibility_jump: false } as object;

/**
 * Solves LP text with HiGHS to a proven optimum: both MIP gaps at zero, so the
 * answer is the model's optimum and not merely within 0.01 % of it (HiGHS's
 * default relative gap).
 */
export function solveLpText(solver: MilpSolver, model: PlacementModel, lp: LpText, timeLimitS?: number): SolveOutcome {
  const started = performance.now();
  const result = solver.solve(lp.text, {
    output_flag: false,
    mip_rel_gap: 0,
    mip_abs_gap: 0,
    ...SMALL_MIP_OPTIONS,
    ...(timeLimitS === undefined ? {} : { time_limit: timeLimitS }),
  });
  const ms = performance.now() - started;
  const status = result.Status;
  // The model is bounded (binaries, flows tied to them, penalised slacks), so "infeasible or unbounded" is infeasible.
  if (status === 'Infeasible' || status === 'Primal infeasible or unbounded') {
    return { status: 'infeasible', highsStatus: status, placement: null, values: null, ms };
  }
  if (status !== 'Optimal') return { status: 'limit', highsStatus: status, placement: null, values: null, ms };
  const values = new Map<string, number>();
  for (const [name, column] of Object.entries(result.Columns)) values.set(name, 'Primal' in column ? column.Primal : 0);
  const placement = model.workloads.map((workload) =>
    Int32Array.from(workload.stages, (stage) => {
      let best = 0;
      for (let k = 1; k < stage.x.length; k++) if ((values.get(stage.x[k].name) ?? 0) > (values.get(stage.x[best].name) ?? 0)) best = k;
      return stage.sites[best];
    }),
  );
  return { status: 'optimal', highsStatus: status, placement, values, ms };
}
