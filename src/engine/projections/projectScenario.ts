import { GLOBAL_KEYS } from '../catalogue/registry';
import type { Scenario } from '../scenario/schema';
import { allInCloudVariant, edgeStillPoweredNote } from './allInCloud';
import { projectGlobalPower } from './globalPower';
import { projectionYears } from './options';
import { projectTraffic } from './traffic';
import type { BackhaulYear, ProjectionOptions, Projections } from './types';
import { YearlyEvaluator, type YearFigures } from './yearlyEvaluator';

const backhaulYears = (yearly: readonly YearFigures[]): BackhaulYear[] =>
  yearly.map((y) => ({ year: y.year, backhaulGbPerMonth: y.backhaulGbPerMonth, egressUsdPerMonth: y.egressUsdPerMonth }));

/**
 * The scenario year by year from its growth base year to the horizon: power
 * by tier, each link's load against its capacity, backhaul and egress, for
 * the placement as drawn and for the all-in-cloud strategy; and global AI
 * data-centre power beside it. Each year is the scenario evaluated with its
 * growth driver set to that year (any growth year the scenario already has
 * is replaced), so device counts and per-device traffic compound at the
 * scenario's effective growth rates. Evaluates (years × 2) times on one
 * prepared network. Pure and deterministic; throws ProjectionOptionsError
 * for options it cannot clamp into meaning (see projectionYears).
 */
export function projectScenario(scenario: Scenario, options: ProjectionOptions): Projections {
  const evaluator = new YearlyEvaluator(scenario);
  const years = projectionYears(evaluator.assumption(GLOBAL_KEYS.growthBaseYear), options);
  const current = years.map((year) => evaluator.at(scenario, year));

  const variant = allInCloudVariant(scenario);
  let cloud: YearFigures[] | null = null;
  if (variant.scenario !== null) {
    const cloudScenario = variant.scenario;
    // The strategy changes only stage sites, so this never builds a second evaluator; the check keeps that honest.
    const cloudEvaluator = evaluator.shares(cloudScenario) ? evaluator : new YearlyEvaluator(cloudScenario);
    cloud = years.map((year) => cloudEvaluator.at(cloudScenario, year));
  }
  const cloudPower = cloud?.map((y) => y.power) ?? null;

  return {
    baseYear: years[0],
    horizonYear: years[years.length - 1],
    global: projectGlobalPower(options.userGrowthPerYear),
    power: {
      current: current.map((y) => y.power),
      allInCloud: cloudPower,
      allInCloudNote: variant.note + (cloudPower === null ? '' : edgeStillPoweredNote(cloudPower[0])),
    },
    traffic: projectTraffic({
      drawn: scenario,
      yearly: current,
      capacityMbps: evaluator.linkCapacityMbps,
      growth: {
        deviceCountPerYear: evaluator.assumption(GLOBAL_KEYS.deviceCountGrowthPerYear),
        dataPerDevicePerYear: evaluator.assumption(GLOBAL_KEYS.dataPerDeviceGrowthPerYear),
      },
      targetUtilisation: evaluator.assumption(GLOBAL_KEYS.targetUtilisation),
    }),
    backhaul: { current: backhaulYears(current), allInCloud: cloud === null ? null : backhaulYears(cloud) },
  };
}
