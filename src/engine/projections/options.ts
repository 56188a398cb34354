import { PROJECTION_LAST_YEAR } from '../catalogue/projections';
import { GROWTH_BASE_YEAR } from '../catalogue/traffic';
import type { ValidationError } from '../scenario/errors';
import type { ProjectionOptions } from './types';

/** Growth a user may assume for global capacity, per year: an open interval, so −50 % and +200 % are refused. */
export const USER_GROWTH_BOUNDS = { above: -0.5, below: 2 } as const;

export type CheckedProjectionOptions =
  { readonly ok: true; readonly options: ProjectionOptions } | { readonly ok: false; readonly errors: ValidationError[] };

/** Options projectScenario cannot work with: an error of its own type, so callers can tell it from a bug. */
export class ProjectionOptionsError extends Error {
  readonly errors: readonly ValidationError[];
  constructor(errors: readonly ValidationError[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    this.name = 'ProjectionOptionsError';
    this.errors = errors;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function userGrowthProblem(growth: unknown): string | null {
  if (typeof growth !== 'number' || !Number.isFinite(growth)) return 'must be a finite number';
  if (growth <= USER_GROWTH_BOUNDS.above || growth >= USER_GROWTH_BOUNDS.below)
    return `must be above ${USER_GROWTH_BOUNDS.above} and below ${USER_GROWTH_BOUNDS.below} (a share per year: 0.18 is 18 %)`;
  return null;
}

/**
 * Checks options from outside (the worker's caller): an object with exactly
 * a whole horizon year from the catalogue's growth base year to 2035 and a
 * finite growth per year in (−0.5, 2). Every problem is listed with its path.
 */
export function checkProjectionOptions(options: unknown, firstYear: number = GROWTH_BASE_YEAR.value): CheckedProjectionOptions {
  if (!isRecord(options)) return { ok: false, errors: [{ path: 'options', message: 'expected an object' }] };
  const errors: ValidationError[] = [];
  const horizon = options.horizonYear;
  if (typeof horizon !== 'number' || !Number.isInteger(horizon)) {
    errors.push({ path: 'options.horizonYear', message: 'must be a whole year' });
  } else if (horizon < firstYear || horizon > PROJECTION_LAST_YEAR) {
    errors.push({ path: 'options.horizonYear', message: `must be from ${firstYear} to ${PROJECTION_LAST_YEAR}` });
  }
  const growthProblem = userGrowthProblem(options.userGrowthPerYear);
  if (growthProblem !== null) errors.push({ path: 'options.userGrowthPerYear', message: growthProblem });
  for (const key of Object.keys(options)) {
    if (key !== 'horizonYear' && key !== 'userGrowthPerYear')
      errors.push({ path: `options.${key}`, message: 'is not a projection option' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, options: { horizonYear: horizon as number, userGrowthPerYear: options.userGrowthPerYear as number } };
}

/**
 * The years a scenario is projected over: from its growth base year (the
 * first whole year, as drivers take whole years) to the horizon, rounded
 * and clamped to at most 2035 and at least the first year. A growth outside
 * (−0.5, 2) or a horizon that is not a number cannot be clamped into
 * meaning and throws ProjectionOptionsError.
 */
export function projectionYears(baseYear: number, options: ProjectionOptions): number[] {
  const errors: ValidationError[] = [];
  if (!Number.isFinite(options.horizonYear)) errors.push({ path: 'options.horizonYear', message: 'must be a finite year' });
  const growthProblem = userGrowthProblem(options.userGrowthPerYear);
  if (growthProblem !== null) errors.push({ path: 'options.userGrowthPerYear', message: growthProblem });
  if (errors.length > 0) throw new ProjectionOptionsError(errors);
  const first = Math.ceil(baseYear);
  const horizon = Math.max(first, Math.min(PROJECTION_LAST_YEAR, Math.round(options.horizonYear)));
  const years: number[] = [];
  for (let year = first; year <= horizon; year++) years.push(year);
  return years;
}
