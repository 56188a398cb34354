import type { EvaluationResult, WorkloadStatus } from '../../engine/result';
import type { Scenario } from '../../engine/scenario/schema';
import { headlineMetrics } from '../../engine/whatif/metrics';

/** One workload's figures, as a host receives them. Latencies are null when the workload has none (saturated, unreachable). */
export interface WorkloadSummary {
  readonly id: string;
  readonly name: string;
  /** `ok`, or why it has no latency: `saturated`, `unreachable`, `noCompute`. */
  readonly status: WorkloadStatus;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly p99Ms: number | null;
  readonly objectiveP95Ms: number;
  readonly meetsObjective: boolean;
  /** Its share of the monthly cost (by its share of each site's work and each link's traffic), USD. */
  readonly costUsdPerMonth: number;
}

/**
 * The result a host receives: plain numbers, strings and arrays only, so it
 * survives the structured clone of postMessage (the engine's result holds
 * typed-array columns and every cost formula; a host wants the headline).
 */
export interface ResultSummary {
  readonly scenarioName: string;
  readonly costUsdPerMonth: number;
  readonly egressUsdPerMonth: number;
  readonly energyKwhPerMonth: number;
  readonly averagePowerKw: number;
  /** Highest p95 (p99) among workloads with a latency, ms; null when none has one. */
  readonly worstP95Ms: number | null;
  readonly worstP99Ms: number | null;
  /** Workloads meeting their p95 objective, of `workloadCount`. */
  readonly objectivesMet: number;
  readonly workloadCount: number;
  readonly sovereigntyViolations: number;
  readonly warningCount: number;
  readonly workloads: readonly WorkloadSummary[];
}

/** A latency the host can read as JSON too: NaN and ±∞ do not survive JSON.stringify. */
const latency = (ms: number | null): number | null => (ms !== null && Number.isFinite(ms) ? ms : null);

export function summariseResult(scenario: Scenario, result: EvaluationResult): ResultSummary {
  const headline = headlineMetrics(scenario, result);
  return {
    scenarioName: result.scenarioName,
    costUsdPerMonth: headline.costUsdPerMonth,
    egressUsdPerMonth: headline.egressUsdPerMonth,
    energyKwhPerMonth: headline.energyKwhPerMonth,
    averagePowerKw: result.energy.totalAverageKw,
    worstP95Ms: latency(headline.worstP95Ms),
    worstP99Ms: latency(headline.worstP99Ms),
    objectivesMet: result.workloads.filter((w) => w.meetsObjective).length,
    workloadCount: result.workloads.length,
    sovereigntyViolations: headline.sovereigntyViolations,
    warningCount: result.warnings.length,
    workloads: result.workloads.map((w) => ({
      id: w.id,
      name: w.name,
      status: w.status,
      p50Ms: latency(w.p50Ms),
      p95Ms: latency(w.p95Ms),
      p99Ms: latency(w.p99Ms),
      objectiveP95Ms: w.objectiveP95Ms,
      meetsObjective: w.meetsObjective,
      costUsdPerMonth: w.costUsdPerMonth,
    })),
  };
}

const sameIds = (a: readonly string[], b: readonly { id: string }[]) => a.length === b.length && a.every((id, i) => id === b[i].id);

/**
 * Whether a result is of this document's topology: same name, and the same
 * sites, links and workloads (ids and names) in the same order. The page
 * shows an answer for an older document until the next arrives; a host must
 * not be told that the scenario it just loaded has the previous one's figures.
 */
export function isResultOf(result: EvaluationResult, scenario: Scenario): boolean {
  return (
    result.scenarioName === scenario.name &&
    sameIds(result.sites.ids, scenario.sites) &&
    sameIds(result.links.ids, scenario.links) &&
    result.workloads.length === scenario.workloads.length &&
    result.workloads.every((w, i) => w.id === scenario.workloads[i].id && w.name === scenario.workloads[i].name)
  );
}
