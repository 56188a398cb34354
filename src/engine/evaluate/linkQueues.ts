import { mm1WaitMean, mm1WaitQuantile } from '../model/queueing';
import type { LinkLoads } from './flows';
import type { PreparedNetwork } from './network';

/** Queueing state per link direction (slot = link × 2 + direction). */
export interface LinkQueues {
  readonly utilisation: Float64Array;
  readonly waitMeanMs: Float64Array;
  readonly waitP95Ms: Float64Array;
}

/**
 * Each link direction is an M/M/1 queue whose jobs are the messages crossing
 * it; the mean service time is the mean message size ÷ capacity.
 */
export function solveLinkQueues(network: PreparedNetwork, loads: LinkLoads): LinkQueues {
  const slots = network.links.length * 2;
  const utilisation = new Float64Array(slots);
  const waitMeanMs = new Float64Array(slots);
  const waitP95Ms = new Float64Array(slots);
  for (let slot = 0; slot < slots; slot++) {
    const mbps = loads.mbps[slot];
    if (mbps === 0) continue;
    const capacity = network.links[slot >> 1].capacityMbps;
    const rho = mbps / capacity;
    utilisation[slot] = rho;
    if (rho >= 1) {
      waitMeanMs[slot] = Infinity;
      waitP95Ms[slot] = Infinity;
      continue;
    }
    const meanServiceMs = (mbps / loads.messagesPerSecond[slot] / capacity) * 1000;
    waitMeanMs[slot] = mm1WaitMean(rho, meanServiceMs);
    waitP95Ms[slot] = mm1WaitQuantile(rho, meanServiceMs, 0.95);
  }
  return { utilisation, waitMeanMs, waitP95Ms };
}
