import { MEDIA } from '../catalogue/media';
import type { EvaluationResult, ResilienceReport } from '../result';
import type { Scenario } from '../scenario/schema';

/**
 * The headline figures a what-if is judged by, one number each, so variants
 * can be compared side by side and assumptions ranked by what they move.
 */
export interface HeadlineMetrics {
  /** Highest p95 among workloads with a result, ms; null when none has one (see workloadsWithoutResult). */
  readonly worstP95Ms: number | null;
  readonly worstP99Ms: number | null;
  /** Workloads with no latency at all: saturated, unreachable or without compute. */
  readonly workloadsWithoutResult: number;
  /** Share of workloads meeting their p95 objective, 0–1; null without workloads. */
  readonly objectivePassRate: number | null;
  readonly costUsdPerMonth: number;
  readonly egressGbPerMonth: number;
  readonly egressUsdPerMonth: number;
  readonly energyKwhPerMonth: number;
  /** Volume on wired links (fibre, internet, interconnect): what leaves the radio access, GB/month. */
  readonly backhaulGbPerMonth: number;
  readonly sovereigntyViolations: number;
  /** Share of workloads no single link or site failure disconnects or breaks; null without a report. */
  readonly resilientShare: number | null;
}

export type HeadlineMetricKey = keyof HeadlineMetrics;

/** Whether a metric is better when it is lower (latency, cost) or higher (pass rate, resilience). */
export const LOWER_IS_BETTER: Readonly<Record<HeadlineMetricKey, boolean>> = {
  worstP95Ms: true,
  worstP99Ms: true,
  workloadsWithoutResult: true,
  objectivePassRate: false,
  costUsdPerMonth: true,
  egressGbPerMonth: true,
  egressUsdPerMonth: true,
  energyKwhPerMonth: true,
  backhaulGbPerMonth: true,
  sovereigntyViolations: true,
  resilientShare: false,
};

function maxOrNull(values: readonly (number | null)[]): number | null {
  let best: number | null = null;
  for (const v of values) if (v !== null && (best === null || v > best)) best = v;
  return best;
}

export function headlineMetrics(scenario: Scenario, result: EvaluationResult, resilience: ResilienceReport | null = null): HeadlineMetrics {
  const workloads = result.workloads;
  let backhaulGb = 0;
  scenario.links.forEach((link, i) => {
    if (MEDIA[link.medium].kind === 'wired') backhaulGb += result.links.gbPerMonth[i];
  });
  return {
    worstP95Ms: maxOrNull(workloads.map((w) => w.p95Ms)),
    worstP99Ms: maxOrNull(workloads.map((w) => w.p99Ms)),
    workloadsWithoutResult: workloads.filter((w) => w.status !== 'ok').length,
    objectivePassRate: workloads.length === 0 ? null : workloads.filter((w) => w.meetsObjective).length / workloads.length,
    costUsdPerMonth: result.cost.totalUsdPerMonth,
    egressGbPerMonth: result.cost.egressGbPerMonth,
    egressUsdPerMonth: result.cost.egressUsdPerMonth,
    energyKwhPerMonth: result.energy.totalKwhPerMonth,
    backhaulGbPerMonth: backhaulGb,
    sovereigntyViolations: result.sovereignty.length,
    resilientShare:
      resilience === null || resilience.workloads.length === 0
        ? null
        : resilience.workloads.filter((w) => w.survivesEverySingleFailure).length / resilience.workloads.length,
  };
}
