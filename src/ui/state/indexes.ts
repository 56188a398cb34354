import type { Scenario, Stage, Workload } from '../../engine/scenario/schema';

export interface StageBadge {
  readonly workload: Workload;
  /** Index of the workload, for its colour and tag. */
  readonly wi: number;
  readonly stage: Stage;
  /** Index of the stage in its pipeline. */
  readonly si: number;
}

/** Every site's placed stages, in workload then stage order: one pass, not one per site. */
export function stagesBySite(workloads: Scenario['workloads']): ReadonlyMap<string, readonly StageBadge[]> {
  const bySite = new Map<string, StageBadge[]>();
  workloads.forEach((workload, wi) =>
    workload.stages.forEach((stage, si) => {
      const list = bySite.get(stage.siteId);
      const badge = { workload, wi, stage, si };
      if (list === undefined) bySite.set(stage.siteId, [badge]);
      else list.push(badge);
    }),
  );
  return bySite;
}

/** Items by id, built once per list (the lists are replaced wholesale, never mutated). */
export function indexById<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
