import { MEDIUM_IDS } from '../catalogue/media';
import { GLOBAL_KEYS, mediumKey } from '../catalogue/registry';

/**
 * Where a catalogue figure makes sense, for varying it by a share of itself.
 * Most figures are positive quantities on a ratio scale, and scaling by
 * (1 ± f) with 0 < f < 1 keeps them positive: they need no entry here. The
 * few below have a hard edge the scaled value could cross, and the engine
 * would then compute nonsense without complaint (an efficiency above 1, light
 * faster than in vacuum), so the sweep stops at that edge and says so.
 */
export interface AssumptionDomain {
  readonly min: number;
  readonly max: number;
  /** Why the edge is there, for the reader of a clamped row. */
  readonly why: string;
}

/** Light in vacuum: 10⁶ ÷ 299,792.458 km/s, in µs per km. No medium beats it. */
const VACUUM_US_PER_KM = 1e6 / 299_792.458;

function buildDomains(): ReadonlyMap<string, AssumptionDomain> {
  const domains = new Map<string, AssumptionDomain>([
    [GLOBAL_KEYS.inferenceEfficiency, { min: 0, max: 1, why: 'a share of peak throughput is at most 1' }],
    [GLOBAL_KEYS.busyHourFactor, { min: 1, max: Infinity, why: 'the busiest hour carries at least the daily mean' }],
    [GLOBAL_KEYS.hoursPerMonth, { min: 28 * 24, max: 31 * 24, why: 'a month has 28 to 31 days' }],
  ]);
  for (const id of MEDIUM_IDS) {
    // The same bounds the scenario schema puts on a link's own route factor.
    domains.set(mediumKey(id, 'routeFactor'), { min: 1, max: 10, why: 'a path is 1 to 10 × the great-circle distance' });
    domains.set(mediumKey(id, 'propagationUsPerKm'), {
      min: VACUUM_US_PER_KM,
      max: Infinity,
      why: 'nothing travels faster than light in vacuum (3.336 µs/km)',
    });
  }
  return domains;
}

export const ASSUMPTION_DOMAINS: ReadonlyMap<string, AssumptionDomain> = buildDomains();

/**
 * Figures on an interval scale, where "± a share of the value" means nothing:
 * 10 % of the year 2025 is two centuries. They are left out of the sweep.
 */
export const NOT_SCALABLE: ReadonlyMap<string, string> = new Map([
  [GLOBAL_KEYS.growthBaseYear, 'a calendar year has no natural zero, so a share of it means nothing'],
]);

/**
 * A figure scaled down and up by `fraction`, each side held inside the
 * figure's domain. "Low" is always base × (1 − fraction): for the rare
 * negative figure (a shrinking growth rate) that is the side nearer zero.
 */
export interface VariedRange {
  readonly lowValue: number;
  readonly highValue: number;
  readonly lowClamped: boolean;
  readonly highClamped: boolean;
  /** The domain's reason when either side was clamped, else null. */
  readonly clampReason: string | null;
}

export function variedRange(key: string, baseValue: number, fraction: number): VariedRange {
  const lowValue = baseValue * (1 - fraction);
  const highValue = baseValue * (1 + fraction);
  const domain = ASSUMPTION_DOMAINS.get(key);
  if (domain === undefined) return { lowValue, highValue, lowClamped: false, highClamped: false, clampReason: null };
  // Widened to take in the base: a user's value outside the domain is still the base, and no side is pushed past it.
  const min = Math.min(domain.min, baseValue);
  const max = Math.max(domain.max, baseValue);
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const lowClamped = clamp(lowValue) !== lowValue;
  const highClamped = clamp(highValue) !== highValue;
  return {
    lowValue: clamp(lowValue),
    highValue: clamp(highValue),
    lowClamped,
    highClamped,
    clampReason: lowClamped || highClamped ? domain.why : null,
  };
}
