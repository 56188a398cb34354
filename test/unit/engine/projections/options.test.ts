import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProjectionOptions, projectionYears, projectScenario, ProjectionOptionsError } from '../../../../src/engine/projections';
import { twoSiteScenario } from '../../fixtures/twoSite';

const errorsOf = (options: unknown) => {
  const checked = checkProjectionOptions(options);
  return checked.ok ? [] : checked.errors;
};

describe('checkProjectionOptions(options)', () => {
  it('accepts a whole horizon year from 2025 to 2035 and a growth in (−0.5, 2)', () => {
    expect(checkProjectionOptions({ horizonYear: 2030, userGrowthPerYear: 0.18 })).toEqual({
      ok: true,
      options: { horizonYear: 2030, userGrowthPerYear: 0.18 },
    });
    expect(errorsOf({ horizonYear: 2025, userGrowthPerYear: -0.49 })).toEqual([]);
    expect(errorsOf({ horizonYear: 2035, userGrowthPerYear: 1.99 })).toEqual([]);
  });

  it('refuses a horizon outside 2025–2035 or not a whole year, with its path', () => {
    for (const horizonYear of [2024, 2036, 2030.5, Number.NaN, Infinity, '2030', null]) {
      const errors = errorsOf({ horizonYear, userGrowthPerYear: 0.1 });
      expect(
        errors.map((e) => e.path),
        String(horizonYear),
      ).toEqual(['options.horizonYear']);
    }
    expect(errorsOf({ horizonYear: 2036, userGrowthPerYear: 0.1 })[0].message).toBe('must be from 2025 to 2035');
  });

  it('refuses a growth at or beyond −0.5 or 2, or not a finite number, with its path', () => {
    for (const userGrowthPerYear of [-0.5, 2, -0.7, 5, Number.NaN, -Infinity, '0.1', undefined]) {
      const errors = errorsOf({ horizonYear: 2030, userGrowthPerYear });
      expect(
        errors.map((e) => e.path),
        String(userGrowthPerYear),
      ).toEqual(['options.userGrowthPerYear']);
    }
  });

  it('refuses something that is not an options object, and options it does not know; lists every problem', () => {
    expect(errorsOf(null)).toEqual([{ path: 'options', message: 'expected an object' }]);
    expect(errorsOf([2030, 0.1])).toEqual([{ path: 'options', message: 'expected an object' }]);
    expect(errorsOf({ horizonYear: 2030, userGrowthPerYear: 0.1, years: 3 }).map((e) => e.path)).toEqual(['options.years']);
    expect(errorsOf({}).map((e) => e.path)).toEqual(['options.horizonYear', 'options.userGrowthPerYear']);
  });

  it('accepts exactly the options whose horizon is a whole year in [2025, 2035] and whose growth is finite in (−0.5, 2)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 2015, max: 2045 }), fc.double()), fc.double(), (horizonYear, userGrowthPerYear) => {
        const expected =
          Number.isInteger(horizonYear) &&
          horizonYear >= 2025 &&
          horizonYear <= 2035 &&
          Number.isFinite(userGrowthPerYear) &&
          userGrowthPerYear > -0.5 &&
          userGrowthPerYear < 2;
        expect(checkProjectionOptions({ horizonYear, userGrowthPerYear }).ok).toBe(expected);
      }),
    );
  });
});

describe('projectionYears(baseYear, options)', () => {
  it('runs from the base year to the horizon', () => {
    expect(projectionYears(2025, { horizonYear: 2028, userGrowthPerYear: 0 })).toEqual([2025, 2026, 2027, 2028]);
  });

  it('clamps the horizon to 2035 and to at least the base year, and rounds it to a whole year', () => {
    expect(projectionYears(2025, { horizonYear: 2040, userGrowthPerYear: 0 })).toHaveLength(11);
    expect(projectionYears(2025, { horizonYear: 2020, userGrowthPerYear: 0 })).toEqual([2025]);
    expect(projectionYears(2025, { horizonYear: 2026.6, userGrowthPerYear: 0 })).toEqual([2025, 2026, 2027]);
  });

  it('starts at the first whole year of an overridden base year (drivers take whole years)', () => {
    expect(projectionYears(2027, { horizonYear: 2029, userGrowthPerYear: 0 })).toEqual([2027, 2028, 2029]);
    expect(projectionYears(2025.5, { horizonYear: 2027, userGrowthPerYear: 0 })).toEqual([2026, 2027]);
    expect(projectionYears(2040, { horizonYear: 2030, userGrowthPerYear: 0 })).toEqual([2040]);
  });

  it('throws ProjectionOptionsError for a horizon that is not a number or a growth out of (−0.5, 2)', () => {
    expect(() => projectionYears(2025, { horizonYear: Number.NaN, userGrowthPerYear: 0 })).toThrow(ProjectionOptionsError);
    expect(() => projectionYears(2025, { horizonYear: 2030, userGrowthPerYear: 2 })).toThrow(ProjectionOptionsError);
    try {
      projectionYears(2025, { horizonYear: Infinity, userGrowthPerYear: Number.NaN });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProjectionOptionsError);
      expect((error as ProjectionOptionsError).errors.map((e) => e.path)).toEqual(['options.horizonYear', 'options.userGrowthPerYear']);
    }
  });
});

describe('projectScenario(scenario, options) years', () => {
  it('starts at the scenario’s own growth base year when it overrides it, and reports the clamped horizon', () => {
    const drawn = twoSiteScenario({ assumptionOverrides: { 'growth.baseYear': 2028 } });
    const projections = projectScenario(drawn, { horizonYear: 2040, userGrowthPerYear: 0.1 });
    expect(projections.baseYear).toBe(2028);
    expect(projections.horizonYear).toBe(2035);
    expect(projections.traffic.years).toEqual([2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(projections.power.current.map((p) => p.year)).toEqual(projections.traffic.years);
    expect(projections.backhaul.current.map((p) => p.year)).toEqual(projections.traffic.years);
  });
});
