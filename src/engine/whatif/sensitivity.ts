import type { Confidence } from '../catalogue/figure';
import { evaluateScenario } from '../evaluate/evaluate';
import type { EvaluateOptions } from '../evaluate/options';
import type { Scenario } from '../scenario/schema';
import { NOT_SCALABLE, variedRange } from './assumptionDomains';
import { headlineMetrics, type HeadlineMetricKey } from './metrics';

/**
 * Metrics assumptions can be ranked by: every headline figure one evaluation
 * gives. The resilient share is left out: it needs an N−1 sweep (one
 * recomputation per link and site) for each of the 2 × assumptions variants.
 */
export type SensitivityMetricKey = Exclude<HeadlineMetricKey, 'resilientShare'>;

export const SENSITIVITY_METRICS: readonly SensitivityMetricKey[] = [
  'worstP95Ms',
  'worstP99Ms',
  'objectivePassRate',
  'costUsdPerMonth',
  'egressGbPerMonth',
  'egressUsdPerMonth',
  'energyKwhPerMonth',
  'backhaulGbPerMonth',
  'sovereigntyViolations',
];

/** One assumption varied both ways, and what the metric did. Values are in the assumption's `unit`. */
export interface SensitivityRow {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly confidence: Confidence;
  /** The value in play in the scenario (its override, or the catalogue default). */
  readonly baseValue: number;
  /** base × (1 − fraction), unless clamped to the figure's domain. */
  readonly lowValue: number;
  /** base × (1 + fraction), unless clamped. */
  readonly highValue: number;
  readonly lowClamped: boolean;
  readonly highClamped: boolean;
  /** Why a side was clamped (the edge of the figure's domain), else null. */
  readonly clampReason: string | null;
  /** The metric with the assumption at lowValue; null when the metric has no value there. */
  readonly metricAtLow: number | null;
  readonly metricAtHigh: number | null;
  /** |metricAtHigh − metricAtLow| in the metric's unit; 0 when either is null. */
  readonly swing: number;
}

/** An assumption in play that the sweep did not vary, and why. */
export interface SkippedAssumption {
  readonly key: string;
  readonly label: string;
  readonly reason: string;
}

export interface SensitivityReport {
  readonly metric: SensitivityMetricKey;
  /** Each assumption was varied by ± this share of its value, 0–1. */
  readonly fraction: number;
  /** The metric for the scenario as it is; null when it has none (no workload with a result). */
  readonly baseMetricValue: number | null;
  /** Largest swing first, ties by key; rows with a null metric at either end last. */
  readonly rows: readonly SensitivityRow[];
  readonly skipped: readonly SkippedAssumption[];
  /** Rows ranked but left out by `maxAssumptions`. */
  readonly omittedRows: number;
  /** Evaluations run, the base one included. A side clamped back to the base needs none. */
  readonly evaluations: number;
}

export interface SensitivityOptions {
  /**
   * Keep only this many rows, the largest swings. Every assumption is still
   * evaluated: a swing is known only once both sides are.
   */
  readonly maxAssumptions?: number;
}

/** The counterfactual runs (without slices, without bursts) move no headline figure: skip them. */
const HEADLINE_ONLY: EvaluateOptions = { whatIfs: false };

const finiteOrNull = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

/** Null metrics sink to the bottom, then larger swings first, then keys in code-unit order (locale-free, so deterministic). */
function byInfluence(a: SensitivityRow, b: SensitivityRow): number {
  const aNull = a.metricAtLow === null || a.metricAtHigh === null;
  const bNull = b.metricAtLow === null || b.metricAtHigh === null;
  if (aNull !== bNull) return aNull ? 1 : -1;
  if (a.swing !== b.swing) return b.swing - a.swing;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * One-at-a-time sensitivity: each assumption the scenario's result depends on
 * is set to its value × (1 − fraction) and × (1 + fraction), the others held,
 * and the scenario evaluated again. The rows rank assumptions by how far they
 * move `metric`: the data of a tornado chart. Pure and deterministic.
 * Throws RangeError when fraction is not in (0, 1) or maxAssumptions is not a
 * positive integer.
 */
export function sensitivity(
  scenario: Scenario,
  metric: SensitivityMetricKey,
  fraction: number,
  options: SensitivityOptions = {},
): SensitivityReport {
  // At 1 or more, the low side reaches zero or flips sign: no longer a variation of the same figure.
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`fraction must be in (0, 1), got ${fraction}`);
  const maxRows = options.maxAssumptions ?? Infinity;
  if (maxRows !== Infinity && !(Number.isInteger(maxRows) && maxRows >= 1)) {
    throw new RangeError(`maxAssumptions must be a positive integer, got ${maxRows}`);
  }

  const base = evaluateScenario(scenario, HEADLINE_ONLY);
  const baseMetricValue = finiteOrNull(headlineMetrics(scenario, base)[metric]);

  // One mutable copy of the overrides, changed and put back for each run, so no document is rebuilt per variant.
  const overrides: Record<string, number> = { ...scenario.assumptionOverrides };
  const variant: Scenario = { ...scenario, assumptionOverrides: overrides };
  let evaluations = 1;
  const metricWith = (key: string, override: number): number | null => {
    const had = Object.hasOwn(overrides, key);
    const previous = overrides[key];
    overrides[key] = override;
    const value = headlineMetrics(variant, evaluateScenario(variant, HEADLINE_ONLY))[metric];
    if (had) overrides[key] = previous;
    else delete overrides[key];
    evaluations++;
    return finiteOrNull(value);
  };

  const rows: SensitivityRow[] = [];
  const skipped: SkippedAssumption[] = [];
  for (const a of base.assumptions) {
    const notScalable = NOT_SCALABLE.get(a.key);
    if (notScalable !== undefined) {
      skipped.push({ key: a.key, label: a.label, reason: notScalable });
      continue;
    }
    if (a.value === 0) {
      skipped.push({ key: a.key, label: a.label, reason: 'its value is 0, and a share of 0 is 0' });
      continue;
    }
    const range = variedRange(a.key, a.value, fraction);
    // A what-if driver multiplies the override again (Parameters): divide it out so the value in play is the one reported.
    const factor = a.driverFactor ?? 1;
    const metricAtLow = range.lowValue === a.value ? baseMetricValue : metricWith(a.key, range.lowValue / factor);
    const metricAtHigh = range.highValue === a.value ? baseMetricValue : metricWith(a.key, range.highValue / factor);
    rows.push({
      key: a.key,
      label: a.label,
      unit: a.unit,
      confidence: a.confidence,
      baseValue: a.value,
      lowValue: range.lowValue,
      highValue: range.highValue,
      lowClamped: range.lowClamped,
      highClamped: range.highClamped,
      clampReason: range.clampReason,
      metricAtLow,
      metricAtHigh,
      swing: metricAtLow === null || metricAtHigh === null ? 0 : Math.abs(metricAtHigh - metricAtLow),
    });
  }
  rows.sort(byInfluence);
  const kept = rows.length > maxRows ? rows.slice(0, maxRows) : rows;
  return { metric, fraction, baseMetricValue, rows: kept, skipped, omittedRows: rows.length - kept.length, evaluations };
}
