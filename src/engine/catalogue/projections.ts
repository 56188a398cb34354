import { figure, type Figure } from './figure';

/**
 * Published anchors of global data-centre power (shared/reference/figures.md,
 * section 8), and the conventions the scenario projections are drawn with.
 * The projections interpolate between the anchors; they never invent a point
 * the publications do not imply.
 */

/** A published start and end of a trend: the series between them is geometric (projections/geometric.ts). */
export interface PublishedTrend {
  readonly startYear: number;
  readonly endYear: number;
  readonly start: Figure;
  readonly end: Figure;
}

export const MCKINSEY_2024_SOURCE =
  'McKinsey & Company, "AI power: Expanding data center capacity to meet growing demand", October 2024: global data-centre capacity demand ~60 GW (2023) → 171–219 GW by 2030';

export const IEA_2025_SOURCE =
  'IEA, "Energy and AI", April 2025, base case: data-centre electricity consumption 415 TWh (2024) → 945 TWh (2030)';

const MCKINSEY_BASE_GW = figure(60, 'GW', MCKINSEY_2024_SOURCE, 'H');

/** McKinsey's capacity demand, low end of its 2030 range. */
export const MCKINSEY_CAPACITY_LOW: PublishedTrend = {
  startYear: 2023,
  endYear: 2030,
  start: MCKINSEY_BASE_GW,
  end: figure(171, 'GW', MCKINSEY_2024_SOURCE, 'H'),
};

/** McKinsey's capacity demand, high end of its 2030 range (its less likely 298 GW case left out). */
export const MCKINSEY_CAPACITY_HIGH: PublishedTrend = {
  startYear: 2023,
  endYear: 2030,
  start: MCKINSEY_BASE_GW,
  end: figure(219, 'GW', MCKINSEY_2024_SOURCE, 'H'),
};

/** IEA's data-centre electricity: energy drawn in a year, TWh, not installed capacity. */
export const IEA_ELECTRICITY: PublishedTrend = {
  startYear: 2024,
  endYear: 2030,
  start: figure(415, 'TWh', IEA_2025_SOURCE, 'H'),
  end: figure(945, 'TWh', IEA_2025_SOURCE, 'H'),
};

/**
 * The article's claim, checked against McKinsey: "more than triple by 2030,
 * reaching at least ~170 GW" (the seed article, Figure 1). Its ~170 GW is
 * McKinsey's low end, so that is the figure the claim is held to.
 */
export const ARTICLE_CLAIM = {
  year: 2030,
  quote: 'more than triple by 2030, reaching at least ~170 GW',
  claimed: MCKINSEY_CAPACITY_LOW.end,
  base: MCKINSEY_BASE_GW,
} as const;

/** Last year a scenario is projected to: the growth slider's last year, ten years past the growth base year. */
export const PROJECTION_LAST_YEAR = 2035;

/**
 * Utilisation a link's capacity is planned for. A planning convention, not a
 * measurement: at ρ = 0.8 an M/M/1 queue already waits 4 × the service time
 * (ρ/(1 − ρ)) and the wait doubles again by 0.9, so operators upgrade a
 * link before its busy load reaches about 80 %. The engine's default burst
 * threshold is the same 0.8.
 */
export const TARGET_UTILISATION = figure(
  0.8,
  'share of capacity',
  'Capacity-planning convention: M/M/1 wait ρ/(1 − ρ) = 4 × service time at ρ = 0.8, doubling by 0.9; upgrade before ~80 % load',
  'D',
);
