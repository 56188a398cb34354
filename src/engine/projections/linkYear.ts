import { directionMbps, type SlotLoads } from '../evaluate/flows';
import { reportedUtilisation, type LinkQueues } from '../evaluate/linkQueues';
import type { PreparedNetwork } from '../evaluate/network';
import { gbPerMonth } from '../model/units';

export interface LinkYear {
  /** Per link (scenario order): the busier direction's load, Mbit/s, both classes together. */
  readonly busiestMbps: Float64Array;
  /** Per link: utilisation as the evaluation reports it (LinkColumns.utilisation). */
  readonly utilisation: Float64Array;
  /** GB a month on the links marked wired, both ways: the headline backhaul figure (whatif/metrics.ts). */
  readonly backhaulGbPerMonth: number;
}

/** One year's link figures from a run's loads and queues, computed as evaluate.ts's linkColumns computes them. */
export function linkYear(
  network: PreparedNetwork,
  loads: SlotLoads,
  queues: LinkQueues,
  wired: Uint8Array,
  hoursPerMonth: number,
): LinkYear {
  const n = network.links.length;
  const busiestMbps = new Float64Array(n);
  const utilisation = new Float64Array(n);
  let backhaulGbPerMonth = 0;
  for (let i = 0; i < n; i++) {
    const forward = directionMbps(loads, i, true);
    const reverse = directionMbps(loads, i, false);
    const busiest = Math.max(forward, reverse);
    busiestMbps[i] = busiest;
    utilisation[i] = reportedUtilisation(network, queues, i, busiest);
    if (wired[i] === 1) backhaulGbPerMonth += gbPerMonth(forward + reverse, hoursPerMonth);
  }
  return { busiestMbps, utilisation, backhaulGbPerMonth };
}
