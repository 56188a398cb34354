import type { Scenario } from '../scenario/schema';
import { PlacementMilpInputError, type WorkloadPlacement } from './types';

/**
 * The scenario with the given workloads' stages moved to the given sites, as
 * a new document: the input is not changed, and whatever is not moved is
 * shared with it. Throws PlacementMilpInputError for an unknown workload or
 * site, or a placement whose length is not the workload's stage count.
 */
export function applyPlacements(scenario: Scenario, placements: readonly WorkloadPlacement[]): Scenario {
  const workloadIndex = new Map(scenario.workloads.map((w, i) => [w.id, i]));
  const siteIds = new Set(scenario.sites.map((s) => s.id));
  const workloads = scenario.workloads.slice();
  for (const { workloadId, siteIds: placement } of placements) {
    const at = workloadIndex.get(workloadId);
    if (at === undefined) throw new PlacementMilpInputError(`placement: no workload "${workloadId}"`);
    const workload = workloads[at];
    if (placement.length !== workload.stages.length) {
      throw new PlacementMilpInputError(`placement of ${workload.name}: ${placement.length} sites for ${workload.stages.length} stages`);
    }
    for (const id of placement) if (!siteIds.has(id)) throw new PlacementMilpInputError(`placement of ${workload.name}: no site "${id}"`);
    workloads[at] = { ...workload, stages: workload.stages.map((stage, k) => ({ ...stage, siteId: placement[k] })) };
  }
  return { ...scenario, workloads };
}
