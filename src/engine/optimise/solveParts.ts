import type { ComputeState } from '../evaluate/compute';
import { SLOTS_PER_LINK } from '../evaluate/flows';
import type { LinkQueues } from '../evaluate/linkQueues';
import { mmcWaitShape } from '../model/queueing';

/**
 * Solves one site's accelerator pool as M/M/c from its arrivals and offered
 * load: loadCompute's per-site step, which the engine does not export alone.
 */
export function solveSitePool(compute: ComputeState, site: number): void {
  const pool = compute.pools[site];
  compute.utilisation[site] = 0;
  compute.waitMeanMs[site] = 0;
  compute.wait[site] = null;
  if (pool.servers === 0 || pool.arrivalsPerSecond === 0) return;
  const rho = pool.offeredLoad / pool.servers;
  compute.utilisation[site] = rho;
  if (rho >= 1) {
    compute.waitMeanMs[site] = Infinity;
    return;
  }
  if (rho === 0) return;
  const meanServiceMs = (pool.offeredLoad / pool.arrivalsPerSecond) * 1000;
  const shape = mmcWaitShape(pool.servers, rho, meanServiceMs);
  compute.wait[site] = { kind: 'atomExp', p: shape.p, ratePerMs: shape.rate };
  compute.waitMeanMs[site] = shape.p / shape.rate;
}

/** Copies one link's queue state back from `from` (as resilience.ts restores a link). */
export function restoreLink(into: LinkQueues, from: LinkQueues, link: number): void {
  const a = link * SLOTS_PER_LINK;
  for (let k = a; k < a + SLOTS_PER_LINK; k++) {
    into.capacityMbps[k] = from.capacityMbps[k];
    into.utilisation[k] = from.utilisation[k];
    into.waitMeanMs[k] = from.waitMeanMs[k];
    into.wait[k] = from.wait[k];
    into.singleSize[k] = from.singleSize[k];
  }
  into.burstOn[link] = from.burstOn[link];
  into.burstHoursPerDay[link] = from.burstHoursPerDay[link];
  into.busyHourUtilisation[link] = from.busyHourUtilisation[link];
}

/** Copies one site's solved pool back from `from` (the arrivals and load are the evaluator's to restore). */
export function restoreSite(into: ComputeState, from: ComputeState, site: number): void {
  into.utilisation[site] = from.utilisation[site];
  into.waitMeanMs[site] = from.waitMeanMs[site];
  into.wait[site] = from.wait[site];
}
