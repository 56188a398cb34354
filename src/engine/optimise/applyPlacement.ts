import type { Scenario } from '../scenario/schema';
import { OptimiseInputError } from './errors';

/**
 * The scenario with one workload's stages moved to the given sites (site id
 * per stage), as a new document: the input is not changed, and everything
 * else is shared with it. For showing an answer as a proposed variant.
 */
export function applyPlacement(scenario: Scenario, workloadIndex: number, placement: readonly string[]): Scenario {
  const workload = scenario.workloads[workloadIndex];
  if (workload === undefined) throw new OptimiseInputError(`no workload at index ${workloadIndex}`);
  if (placement.length !== workload.stages.length) {
    throw new OptimiseInputError(`placement has ${placement.length} sites for ${workload.stages.length} stages of ${workload.name}`);
  }
  const ids = new Set(scenario.sites.map((s) => s.id));
  for (const id of placement) if (!ids.has(id)) throw new OptimiseInputError(`placement: no site "${id}"`);
  return withPlacement(scenario, workloadIndex, (k) => placement[k]);
}

/** The same, by site index, without checks: for the search's own placements. */
export function placeByIndex(scenario: Scenario, workloadIndex: number, sites: ArrayLike<number>): Scenario {
  return withPlacement(scenario, workloadIndex, (k) => scenario.sites[sites[k]].id);
}

function withPlacement(scenario: Scenario, workloadIndex: number, siteIdOf: (stage: number) => string): Scenario {
  const workloads = scenario.workloads.slice();
  const workload = workloads[workloadIndex];
  workloads[workloadIndex] = { ...workload, stages: workload.stages.map((stage, k) => ({ ...stage, siteId: siteIdOf(k) })) };
  return { ...scenario, workloads };
}
