/** Projections: global AI data-centre power, and a scenario's power, traffic and backhaul year by year. */
export { projectScenario } from './projectScenario';
export { projectGlobalPower } from './globalPower';
export {
  checkProjectionOptions,
  ProjectionOptionsError,
  projectionYears,
  USER_GROWTH_BOUNDS,
  type CheckedProjectionOptions,
} from './options';
export { impliedGrowthPerYear, geometricPoints, compoundPoints } from './geometric';
export { saturationYear, capacityNeededMbps } from './traffic';
export type * from './types';
