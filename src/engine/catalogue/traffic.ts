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
