import type { Drivers, Scenario } from '../scenario/schema';
import type { StoryInput } from './types';

const withDrivers = (scenario: Scenario, drivers: Partial<Drivers>): Scenario => ({
  ...scenario,
  drivers: { ...scenario.drivers, ...drivers },
});

/** The scenario with its slice reservations released (the drivers' switch), as a what-if without a slice. */
export const withoutSlices = (scenario: Scenario): Scenario => withDrivers(scenario, { slicesEnabled: false });

/**
 * The scenario with the story's URLLC slice: each named radio link reserves
 * the slice (keeping a larger reservation it already has), each named
 * workload rides it, and reservations are switched on.
 */
export function withSlice(scenario: Scenario, slice: NonNullable<StoryInput['slice']>): Scenario {
  const links = new Set(slice.linkIds);
  const workloads = new Set(slice.workloadIds);
  const drivers = { ...scenario.drivers };
  delete drivers.slicesEnabled;
  return {
    ...scenario,
    drivers,
    links: scenario.links.map((l) =>
      links.has(l.id) ? { ...l, sliceReservedMbps: Math.max(l.sliceReservedMbps ?? 0, slice.reservedMbps) } : l,
    ),
    workloads: scenario.workloads.map((w) => (workloads.has(w.id) ? { ...w, urllcSlice: true } : w)),
  };
}

/** The scenario as of a year: device counts and per-device traffic grown at the catalogue's rates. */
export const atYear = (scenario: Scenario, year: number): Scenario => withDrivers(scenario, { growthYear: year });
