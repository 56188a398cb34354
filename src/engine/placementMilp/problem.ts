import { GLOBAL_KEYS } from '../catalogue/registry';
import { runCore } from '../evaluate/core';
import { driveScenario } from '../evaluate/drivers';
import { prepareNetwork, type PreparedNetwork } from '../evaluate/network';
import { STANDARD_RUN } from '../evaluate/options';
import { RoutingContext } from '../evaluate/routing';
import type { SitePool } from '../evaluate/compute';
import type { Parameters } from '../parameters';
import type { Scenario } from '../scenario/schema';
import { HopFigureTable } from './hopFigures';
import { PlacementMilpInputError, type PlacementMilpOptions } from './types';

/**
 * Everything about a placement problem that does not depend on where the
 * optimised workloads go: the scenario as the drivers make it, its network
 * and routes, and the load every other workload puts on sites and links.
 */
export interface PlacementProblem {
  /** The scenario as given: placements are applied to it and it is what the engine checks. */
  readonly drawn: Scenario;
  /** The scenario after the what-if drivers (drivers.ts applyDrivers): the model's figures come from it. */
  readonly scenario: Scenario;
  readonly params: Parameters;
  readonly network: PreparedNetwork;
  readonly hops: HopFigureTable;
  /** Indices of the optimised workloads, in scenario order. */
  readonly optimised: readonly number[];
  /** Per optimised workload (same order), per stage: allowed site indices, or null for no restriction. */
  readonly restrictions: readonly (readonly (ReadonlySet<number> | null)[])[];
  /** Accelerator pools as the engine sizes them (servers, GFLOP/s each). */
  readonly pools: readonly SitePool[];
  /** Erlangs the other workloads offer each site's pool (per device for a device group). */
  readonly backgroundErlangs: Float64Array;
  /** Mbit/s the other workloads put on each slot (flows.ts slotOf). */
  readonly backgroundSlotMbps: Float64Array;
  readonly hoursPerMonth: number;
  readonly electricityUsdPerKwh: number;
}

function selectWorkloads(scenario: Scenario, ids: readonly string[] | undefined): number[] {
  if (ids === undefined) return scenario.workloads.map((_, i) => i);
  const index = new Map(scenario.workloads.map((w, i) => [w.id, i]));
  const chosen = new Set<number>();
  for (const id of ids) {
    const i = index.get(id);
    if (i === undefined) throw new PlacementMilpInputError(`workloadIds: no workload "${id}"`);
    chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b);
}

function restrictionsOf(scenario: Scenario, network: PreparedNetwork, optimised: readonly number[], options: PlacementMilpOptions) {
  const given = options.candidates ?? {};
  const known = new Set(optimised.map((w) => scenario.workloads[w].id));
  for (const id of Object.keys(given)) {
    if (!known.has(id)) throw new PlacementMilpInputError(`candidates: "${id}" is not a workload being placed`);
  }
  return optimised.map((w) => {
    const workload = scenario.workloads[w];
    const lists = given[workload.id];
    if (lists === undefined) return workload.stages.map(() => null);
    if (lists.length !== workload.stages.length) {
      throw new PlacementMilpInputError(
        `candidates["${workload.id}"]: expected ${workload.stages.length} lists (one per stage), got ${lists.length}`,
      );
    }
    return lists.map((list, k) => {
      if (list === null || list === undefined) return null;
      return new Set(
        list.map((id) => {
          const site = network.siteIndex.get(id);
          if (site === undefined) throw new PlacementMilpInputError(`candidates["${workload.id}"][${k}]: no site "${id}"`);
          return site;
        }),
      );
    });
  });
}

/** Prepares a problem: drivers, network, routes, and the background load of the workloads that stay put. */
export function preparePlacementProblem(drawn: Scenario, options: PlacementMilpOptions): PlacementProblem {
  const { params, scenario } = driveScenario(drawn);
  const network = prepareNetwork(scenario, params);
  const optimised = selectWorkloads(scenario, options.workloadIds);
  const restrictions = restrictionsOf(scenario, network, optimised, options);
  const moving = new Set(optimised);
  // The engine's own run of the workloads that stay put gives their loads exactly.
  const background = runCore(
    { ...scenario, workloads: scenario.workloads.filter((_, i) => !moving.has(i)) },
    network,
    params,
    STANDARD_RUN,
  );
  const backgroundSlotMbps = Float64Array.from(background.loads.bits1, (bits) => bits / 1e6);
  const backgroundErlangs = Float64Array.from(background.compute.pools, (p) => p.offeredLoad);
  const hops = new HopFigureTable(scenario, network, new RoutingContext(scenario, network, params), params);
  return {
    drawn,
    scenario,
    params,
    network,
    hops,
    optimised,
    restrictions,
    pools: background.compute.pools,
    backgroundErlangs,
    backgroundSlotMbps,
    hoursPerMonth: params.get(GLOBAL_KEYS.hoursPerMonth),
    electricityUsdPerKwh: params.get(GLOBAL_KEYS.electricityUsdPerKwh),
  };
}
