import type { Scenario } from '../scenario/schema';
import { OptimiseInputError } from './errors';
import type { OptimiseOptions } from './types';

/** Whether a site has accelerators to run work on. */
export function hasAccelerator(site: Scenario['sites'][number]): boolean {
  return site.compute.acceleratorId !== 'none' && site.compute.count > 0;
}

/**
 * Sites each stage of a workload may go to, in site order (so the first
 * candidate is the lexicographically smallest choice): sites with an
 * accelerator, and any site for a stage with no work. A caller's list per
 * stage narrows these.
 */
export function candidateSites(
  scenario: Scenario,
  workloadIndex: number,
  restrict: OptimiseOptions['candidates'] = undefined,
): Int32Array[] {
  const workload = scenario.workloads[workloadIndex];
  const siteIndex = new Map(scenario.sites.map((s, i) => [s.id, i]));
  if (restrict !== undefined && restrict.length !== workload.stages.length) {
    throw new OptimiseInputError(`candidates: expected ${workload.stages.length} lists (one per stage), got ${restrict.length}`);
  }
  return workload.stages.map((stage, k) => {
    const allowed = restrict?.[k];
    let mask: Uint8Array | null = null;
    if (allowed !== null && allowed !== undefined) {
      mask = new Uint8Array(scenario.sites.length);
      for (const id of allowed) {
        const i = siteIndex.get(id);
        if (i === undefined) throw new OptimiseInputError(`candidates[${k}]: no site "${id}"`);
        mask[i] = 1;
      }
    }
    const out: number[] = [];
    scenario.sites.forEach((site, i) => {
      if (mask !== null && mask[i] === 0) return;
      if (stage.gflopsPerRequest === 0 || hasAccelerator(site)) out.push(i);
    });
    return Int32Array.from(out);
  });
}
