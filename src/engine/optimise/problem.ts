import { GLOBAL_KEYS } from '../catalogue/registry';
import { runCore, type CoreRun } from '../evaluate/core';
import { monthlyCost } from '../evaluate/cost';
import { driveScenario } from '../evaluate/drivers';
import { energySummary } from '../evaluate/energy';
import { evaluateScenario } from '../evaluate/evaluate';
import { scaledProfile } from '../evaluate/linkQueues';
import { prepareNetwork, type PreparedNetwork } from '../evaluate/network';
import { STANDARD_RUN } from '../evaluate/options';
import type { Parameters } from '../parameters';
import type { EvaluationResult } from '../result';
import type { Scenario, Workload } from '../scenario/schema';
import { candidateSites } from './candidates';
import { OptimiseInputError } from './errors';
import type { CurrentPlacement, OptimiseOptions } from './types';

/**
 * One workload to place, and everything about the rest of the scenario that
 * stays put: the scenario as the drivers make it, and one run of the engine
 * without the workload (its loads, queues, pools, cost and energy), which
 * every placement is measured against.
 */
export interface Problem {
  /** The scenario as given (placements are applied to this one). */
  readonly drawn: Scenario;
  /** The scenario as its drivers make it: what the engine evaluates. */
  readonly scenario: Scenario;
  readonly workloadIndex: number;
  readonly workload: Workload;
  readonly params: Parameters;
  readonly network: PreparedNetwork;
  readonly profile: readonly number[];
  readonly peak: number;
  /** The workload's device group. */
  readonly source: number;
  readonly stageCount: number;
  /** Per stage, candidate site indices in increasing order. */
  readonly candidates: readonly Int32Array[];
  /** The driven scenario without the workload, and the engine's run of it. */
  readonly baseScenario: Scenario;
  readonly base: CoreRun;
  readonly baseCostUsdPerMonth: number;
  readonly baseEnergyKwhPerMonth: number;
  /** The scenario as it stands, evaluated. */
  readonly currentResult: EvaluationResult;
  readonly current: CurrentPlacement;
  /** Site index per stage as the scenario stands. */
  readonly currentPlacement: Int32Array;
  /** Per workload (scenario order): 1 where it met its objective as the scenario stands. */
  readonly metBefore: Uint8Array;
  /** Why leaves must be evaluated by whole engine runs, or null when incremental evaluation is exact. */
  readonly fullEvaluationReason: string | null;
}

/** Index in the scenario without workload w of workload o (o ≠ w). */
export const baseIndexOf = (o: number, w: number) => (o < w ? o : o - 1);

export function buildProblem(drawn: Scenario, workloadIndex: number, restrict: OptimiseOptions['candidates'] = undefined): Problem {
  if (!Number.isInteger(workloadIndex) || workloadIndex < 0 || workloadIndex >= drawn.workloads.length) {
    throw new OptimiseInputError(`no workload at index ${workloadIndex}: the scenario has ${drawn.workloads.length}`);
  }
  const { params, scenario } = driveScenario(drawn);
  const network = prepareNetwork(scenario, params);
  const workload = scenario.workloads[workloadIndex];
  const baseScenario: Scenario = { ...scenario, workloads: scenario.workloads.filter((_, i) => i !== workloadIndex) };
  const base = runCore(baseScenario, network, params, STANDARD_RUN);
  const baseCost = monthlyCost({
    scenario: baseScenario,
    network,
    loads: base.loads,
    queues: base.queues,
    compute: base.compute,
    flows: base.flows,
    params,
    siteFacilityKw: base.power.facilityKw,
  });
  const baseEnergy = energySummary(baseScenario, network, base.loads, base.power.facilityKw, params);
  const profile = scaledProfile(params.get(GLOBAL_KEYS.busyHourFactor));

  const currentResult = evaluateScenario(drawn, { whatIfs: false });
  const now = currentResult.workloads[workloadIndex];
  const current: CurrentPlacement = {
    placement: workload.stages.map((s) => s.siteId),
    costUsdPerMonth: currentResult.cost.totalUsdPerMonth,
    p95Ms: now.p95Ms,
    energyKwhPerMonth: currentResult.energy.totalKwhPerMonth,
    meetsObjective: now.meetsObjective && !currentResult.sovereignty.some((v) => v.workloadId === workload.id),
  };
  // Load-aware routing moves other workloads' traffic whenever this one's load moves:
  // only a whole run of the engine then gives the exact answer.
  const loadAware = scenario.workloads.find((w) => w.routingPolicy === 'loadAware');
  return {
    drawn,
    scenario,
    workloadIndex,
    workload,
    params,
    network,
    profile,
    peak: Math.max(...profile),
    source: network.siteIndex.get(workload.sourceSiteId)!,
    stageCount: workload.stages.length,
    candidates: candidateSites(scenario, workloadIndex, restrict),
    baseScenario,
    base,
    baseCostUsdPerMonth: baseCost.summary.totalUsdPerMonth,
    baseEnergyKwhPerMonth: baseEnergy.summary.totalKwhPerMonth,
    currentResult,
    current,
    currentPlacement: Int32Array.from(workload.stages, (s) => network.siteIndex.get(s.siteId)!),
    metBefore: Uint8Array.from(currentResult.workloads, (w) => (w.meetsObjective ? 1 : 0)),
    fullEvaluationReason:
      loadAware === undefined
        ? null
        : `workload ${loadAware.name} routes by load, so moving this workload moves other traffic: every placement is evaluated by a whole run`,
  };
}
