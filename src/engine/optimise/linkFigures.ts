import { SLOTS_PER_LINK, type SlotLoads } from '../evaluate/flows';
import type { PreparedNetwork } from '../evaluate/network';

/*
 * A link's burst state under a load, computed exactly as linkQueues.ts
 * solveLink does, so that the burst hours (and their charge) before and after
 * the workload's traffic are the engine's.
 */

/** Best-effort utilisation of the link's baseline capacity, busier direction (solveLink's baseUtil). */
export function baseUtilisation(network: PreparedNetwork, link: number, loads: SlotLoads): number {
  const base = link * SLOTS_PER_LINK;
  const bestEffortBase = network.capacityMbps[link] - network.sliceReservedMbps[link];
  const bestEffortMbps = Math.max(loads.bits1[base], loads.bits1[base + 2]) / 1e6;
  return bestEffortBase > 0 ? bestEffortMbps / bestEffortBase : bestEffortMbps > 0 ? Infinity : 0;
}

/** Hours a day the daily profile takes the link past its burst threshold (0 where it cannot burst). */
export function burstHoursPerDay(network: PreparedNetwork, link: number, loads: SlotLoads, profile: readonly number[]): number {
  if (network.burstCapacityMbps[link] <= 0) return 0;
  const util = baseUtilisation(network, link, loads);
  const threshold = network.burstThreshold[link];
  let hours = 0;
  for (let h = 0; h < profile.length; h++) if (util * profile[h] > threshold) hours++;
  return hours;
}

/**
 * Whether a slot is saturated under its present load and stays so under any
 * more: ρ ≥ 1 on capacity that cannot grow (a slice slot, a link that cannot
 * burst, or one whose burst is already on). More load only adds to ρ, and a
 * burst switched on by more load is the only way capacity grows.
 */
export function saturatesForGood(network: PreparedNetwork, slot: number, loads: SlotLoads): boolean {
  if (loads.rate[slot] <= 1e-12) return false;
  const link = (slot / SLOTS_PER_LINK) | 0;
  const isSlice = (slot & 1) === 1;
  const burstMbps = network.burstCapacityMbps[link];
  const burstOn = burstMbps > 0 && baseUtilisation(network, link, loads) > network.burstThreshold[link];
  if (!isSlice && burstMbps > 0 && !burstOn) return false;
  const capacity = isSlice
    ? network.sliceReservedMbps[link]
    : network.capacityMbps[link] - network.sliceReservedMbps[link] + (burstOn ? burstMbps : 0);
  const bps = capacity * 1e6;
  const rho = bps > 0 ? loads.bits1[slot] / bps : Infinity;
  return rho >= 1;
}
