import { DIURNAL_PROFILE } from '../catalogue/traffic';
import type { Component } from '../model/distribution';
import { mg1WaitMoments } from '../model/queueing';
import { SLOTS_PER_LINK, type SlotLoads } from './flows';
import type { PreparedLink, PreparedNetwork } from './network';

/** Queueing state per slot (link × direction × class). */
export interface LinkQueues {
  readonly capacityMbps: Float64Array;
  readonly utilisation: Float64Array;
  readonly waitMeanMs: Float64Array;
  /** The waiting time as a distribution, null where nothing waits. */
  readonly wait: (Component | null)[];
  /** Per link: whether on-demand burst capacity is switched on at the average load. */
  readonly burstOn: Uint8Array;
  /** Per link: hours a day the busy-hour profile takes it past its burst threshold. */
  readonly burstHoursPerDay: Float64Array;
  /** Per link: utilisation of the busier direction in the busiest hour, with any burst. */
  readonly busyHourUtilisation: Float64Array;
  /** Per slot: 1 when every message in it has the same size, so M/G/1 is M/D/1. */
  readonly singleSize: Uint8Array;
}

/** Utilisation reported for load on a link direction with no capacity for it. */
export const MAX_REPORTED_UTILISATION = 1000;

/**
 * A link's utilisation as reported: the busiest of its four queues (either
 * class, either way), or its busier direction's average load against the
 * capacity it has, which includes the on-demand burst while that is on (a
 * burst that carries the load is not a saturated link).
 */
export function reportedUtilisation(network: PreparedNetwork, queues: LinkQueues, link: number, busiestMbps: number): number {
  const u = queues.utilisation;
  const base = link * SLOTS_PER_LINK;
  const capacityMbps = network.capacityMbps[link] + (queues.burstOn[link] === 1 ? network.burstCapacityMbps[link] : 0);
  return Math.min(MAX_REPORTED_UTILISATION, Math.max(u[base], u[base + 1], u[base + 2], u[base + 3], busiestMbps / capacityMbps));
}

/** The daily profile rescaled to a chosen busy-hour factor (mean stays 1). */
export function scaledProfile(busyHourFactor: number): number[] {
  // Normalise to a mean of exactly 1 first, so the profile only shapes the day.
  const mean = DIURNAL_PROFILE.reduce((t, f) => t + f, 0) / DIURNAL_PROFILE.length;
  const normalised = DIURNAL_PROFILE.map((f) => f / mean);
  const peak = Math.max(...normalised);
  const k = (busyHourFactor - 1) / (peak - 1);
  return normalised.map((f) => Math.max(0, 1 + (f - 1) * k));
}

/**
 * Solves every slot's queue. Best-effort traffic gets the capacity the slice
 * does not reserve (plus any burst); slice traffic queues only behind slice
 * traffic. Each slot is M/G/1 over its real mix of message sizes (M/D/1 for
 * one size), or M/M/1 where the link says so.
 */
export function solveLinkQueues(network: PreparedNetwork, loads: SlotLoads, profile: readonly number[], burstEnabled: boolean): LinkQueues {
  const n = network.links.length;
  const slots = n * SLOTS_PER_LINK;
  const queues: LinkQueues = {
    capacityMbps: new Float64Array(slots),
    utilisation: new Float64Array(slots),
    waitMeanMs: new Float64Array(slots),
    wait: new Array<Component | null>(slots).fill(null),
    burstOn: new Uint8Array(n),
    burstHoursPerDay: new Float64Array(n),
    busyHourUtilisation: new Float64Array(n),
    singleSize: new Uint8Array(slots),
  };
  const peak = Math.max(...profile);
  for (const link of network.links) solveLink(network, link, loads, profile, peak, burstEnabled, queues);
  return queues;
}

/** Solves one link's four slots in place: used for all links, and again for the few a failure changes. */
export function solveLink(
  network: PreparedNetwork,
  link: PreparedLink,
  loads: SlotLoads,
  profile: readonly number[],
  peak: number,
  burstEnabled: boolean,
  q: LinkQueues,
): void {
  const l = link.index;
  const base = l * SLOTS_PER_LINK;
  const sliceReservedMbps = network.sliceReservedMbps[l];
  const burstCapacityMbps = network.burstCapacityMbps[l];
  const burstThreshold = network.burstThreshold[l];
  const bestEffortBase = network.capacityMbps[l] - sliceReservedMbps;
  const bestEffortMbps = Math.max(loads.bits1[base], loads.bits1[base + 2]) / 1e6;
  const baseUtil = bestEffortBase > 0 ? bestEffortMbps / bestEffortBase : bestEffortMbps > 0 ? Infinity : 0;
  const canBurst = burstEnabled && burstCapacityMbps > 0;
  q.burstOn[link.index] = canBurst && baseUtil > burstThreshold ? 1 : 0;
  q.burstHoursPerDay[link.index] = canBurst ? profile.filter((f) => baseUtil * f > burstThreshold).length : 0;
  const sliceMbps = Math.max(loads.bits1[base + 1], loads.bits1[base + 3]) / 1e6;
  const busyCapacity = bestEffortBase + (canBurst && baseUtil * peak > burstThreshold ? burstCapacityMbps : 0);
  const busyBestEffort = busyCapacity > 0 ? (bestEffortMbps * peak) / busyCapacity : bestEffortMbps > 0 ? Infinity : 0;
  const busySlice = sliceReservedMbps > 0 ? (sliceMbps * peak) / sliceReservedMbps : 0;
  q.busyHourUtilisation[link.index] = Math.min(MAX_REPORTED_UTILISATION, Math.max(busyBestEffort, busySlice));

  for (let k = 0; k < SLOTS_PER_LINK; k++) {
    const slot = base + k;
    const isSlice = (k & 1) === 1;
    const capacity = isSlice ? sliceReservedMbps : bestEffortBase + (q.burstOn[l] ? burstCapacityMbps : 0);
    q.capacityMbps[slot] = capacity;
    q.utilisation[slot] = 0;
    q.waitMeanMs[slot] = 0;
    q.wait[slot] = null;
    q.singleSize[slot] = 0;
    const rate = loads.rate[slot];
    if (rate <= 1e-12) continue;
    const bps = capacity * 1e6;
    const rho = bps > 0 ? loads.bits1[slot] / bps : Infinity;
    // Load on no capacity has no finite utilisation: report it as far past saturation.
    q.utilisation[slot] = Math.min(rho, MAX_REPORTED_UTILISATION);
    if (rho >= 1) {
      q.waitMeanMs[slot] = Infinity;
      continue;
    }
    const meanServiceMs = (loads.bits1[slot] / rate / bps) * 1000;
    if (link.queueModel === 'mm1') {
      const component: Component = { kind: 'atomExp', p: rho, ratePerMs: (1 - rho) / meanServiceMs };
      q.wait[slot] = component;
      q.waitMeanMs[slot] = rho / component.ratePerMs;
    } else {
      // Σ λ s^n with λ per ms and s = bits ÷ capacity in ms.
      const msPerBit = 1000 / bps;
      const raw: [number, number, number, number] = [
        (loads.bits1[slot] * msPerBit) / 1000,
        (loads.bits2[slot] * msPerBit * msPerBit) / 1000,
        (loads.bits3[slot] * msPerBit * msPerBit * msPerBit) / 1000,
        (loads.bits4[slot] * msPerBit * msPerBit * msPerBit * msPerBit) / 1000,
      ];
      const moments = mg1WaitMoments(rate / 1000, raw);
      // E[b²] = E[b]² exactly when all sizes are equal.
      const meanBits = loads.bits1[slot] / rate;
      q.singleSize[slot] = Math.abs(loads.bits2[slot] / rate - meanBits * meanBits) <= 1e-9 * meanBits * meanBits ? 1 : 0;
      q.wait[slot] = { kind: 'mg1', rho, moments };
      q.waitMeanMs[slot] = moments[0];
    }
  }
}
