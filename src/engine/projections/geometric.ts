import type { YearValue } from './types';

/** The constant yearly growth that takes `startValue` to `endValue` in `years` years: (end ÷ start)^(1/years) − 1. */
export function impliedGrowthPerYear(startValue: number, endValue: number, years: number): number {
  return Math.pow(endValue / startValue, 1 / years) - 1;
}

/**
 * Yearly points of the geometric series through two published end points.
 * Each point is start × (end ÷ start)^(k/n), not start × (1 + g)^k with a
 * rounded g, so the series lands on the published end value (to one ulp).
 */
export function geometricPoints(startYear: number, startValue: number, endYear: number, endValue: number): YearValue[] {
  const years = endYear - startYear;
  const ratio = endValue / startValue;
  const points: YearValue[] = [];
  for (let k = 0; k <= years; k++) points.push({ year: startYear + k, value: startValue * Math.pow(ratio, k / years) });
  return points;
}

/** Yearly points of compound growth from `baseValue` in `baseYear`: baseValue × (1 + growth)^(year − baseYear). */
export function compoundPoints(baseYear: number, baseValue: number, growthPerYear: number, lastYear: number): YearValue[] {
  const points: YearValue[] = [];
  for (let year = baseYear; year <= lastYear; year++)
    points.push({ year, value: baseValue * Math.pow(1 + growthPerYear, year - baseYear) });
  return points;
}
