import { figure } from './figure';

/**
 * Hour-by-hour traffic relative to the daily mean (mean 1.0), used to tell
 * how many hours a day a link would pass a burst threshold. Shape of a
 * typical mobile network day: night trough, evening busy hour.
 */
export const DIURNAL_PROFILE: readonly number[] = [
  0.55, 0.4, 0.3, 0.25, 0.25, 0.3, 0.5, 0.8, 1.05, 1.15, 1.2, 1.25, 1.3, 1.25, 1.2, 1.2, 1.25, 1.35, 1.45, 1.55, 1.6, 1.5, 1.15, 0.8,
];

export const DIURNAL_PROFILE_SOURCE = figure(
  1.6,
  '× mean (busy hour)',
  'Typical mobile-network day: evening busy hour ~1.5–1.8× the mean, night trough ~0.25× (operator traffic curves, general knowledge)',
  'L',
);

/** The year the growth figures start from: the scenario as drawn describes this year. */
export const GROWTH_BASE_YEAR = figure(2025, 'year', 'Year of the Ericsson Mobility Report growth figure below (Q1 2025)', 'H');

/**
 * Per-device inference traffic growth. Taken as all of mobile data traffic
 * growth, 19 % year on year (Ericsson Mobility Report, June 2025: Q1 2024 →
 * Q1 2025), with device counts held flat below so the total matches it.
 */
export const DATA_PER_DEVICE_GROWTH_PER_YEAR = figure(
  0.19,
  'per year',
  'Ericsson Mobility Report, June 2025: mobile data traffic +19 % year on year (Q1 2024 → Q1 2025)',
  'M',
);

/** Device-count growth: a rollout plan is the user's to set, so none by default. */
export const DEVICE_COUNT_GROWTH_PER_YEAR = figure(
  0,
  'per year',
  'Set to your rollout plan: by default the drawn device groups stay the same size, so all growth is per-device traffic',
  'U',
);
