import type { EvaluationResult, TailMethod, WorkloadStatus } from '../../engine/result';
import type { Scenario } from '../../engine/scenario/schema';

/**
 * One workload's results as a flat row: a line of the workloads CSV and an
 * element of `workloads` in the JSON export. Times are ms; null where the
 * result has no figure (an unreachable workload has no percentiles).
 */
export interface WorkloadRecord {
  readonly id: string;
  readonly name: string;
  /** ok, saturated, unreachable or noCompute. */
  readonly status: WorkloadStatus;
  /** Why the status is not ok, in words. */
  readonly problem: string | null;
  /** The device group the requests start from (null when the scenario no longer has the workload). */
  readonly sourceSiteId: string | null;
  /** Where each stage runs, in order: `stageId@siteId → stageId@siteId`. */
  readonly placement: string | null;
  readonly routingPolicy: string;
  readonly urllcSlice: boolean;
  /** All devices together, after the drivers. */
  readonly requestsPerSecond: number;
  readonly meanMs: number | null;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly p99Ms: number | null;
  /** Standard deviation of the latency. */
  readonly jitterMs: number | null;
  /** deterministic, exact or threeMomentFit: how the percentiles were obtained. */
  readonly tailMethod: TailMethod;
  readonly objectiveP95Ms: number;
  readonly meetsObjective: boolean;
  /** The mean split into its parts (they add up to meanMs). */
  readonly meanAccessMs: number;
  readonly meanPropagationMs: number;
  readonly meanSerialisationMs: number;
  readonly meanQueueingMs: number;
  readonly meanComputeMs: number;
  readonly meanComputeQueueingMs: number;
  readonly meanReturnMs: number;
  /** Share of the monthly cost, by the workload's share of each site's work and each link's traffic. */
  readonly costUsdPerMonth: number;
  readonly costUsdPerThousandRequests: number | null;
  /** The seeded Monte-Carlo check, when it was run. */
  readonly monteCarloSamples: number | null;
  readonly monteCarloP95Ms: number | null;
  readonly monteCarloP99Ms: number | null;
  /** The same workload with slices switched off, when it rides one. */
  readonly withoutSliceP95Ms: number | null;
  readonly withoutSliceP99Ms: number | null;
  /** The same workload with on-demand bursts off, when a burst is on its path. */
  readonly withoutBurstP95Ms: number | null;
}

/** The workload columns in order: the CSV header. */
export const WORKLOAD_FIELDS = [
  'id',
  'name',
  'status',
  'problem',
  'sourceSiteId',
  'placement',
  'routingPolicy',
  'urllcSlice',
  'requestsPerSecond',
  'meanMs',
  'p50Ms',
  'p95Ms',
  'p99Ms',
  'jitterMs',
  'tailMethod',
  'objectiveP95Ms',
  'meetsObjective',
  'meanAccessMs',
  'meanPropagationMs',
  'meanSerialisationMs',
  'meanQueueingMs',
  'meanComputeMs',
  'meanComputeQueueingMs',
  'meanReturnMs',
  'costUsdPerMonth',
  'costUsdPerThousandRequests',
  'monteCarloSamples',
  'monteCarloP95Ms',
  'monteCarloP99Ms',
  'withoutSliceP95Ms',
  'withoutSliceP99Ms',
  'withoutBurstP95Ms',
] as const satisfies readonly (keyof WorkloadRecord)[];

/**
 * A row per workload of the result. Rows follow the result, and the scenario
 * adds what the result does not carry (source and placement), matched by id:
 * the result on screen can be a step behind the document while the next one
 * is computed, and an export of it must still be the figures shown.
 */
export function workloadRecords(scenario: Scenario, result: EvaluationResult): WorkloadRecord[] {
  const drawn = new Map(scenario.workloads.map((w) => [w.id, w]));
  return result.workloads.map((w): WorkloadRecord => {
    const workload = drawn.get(w.id);
    const b = w.breakdown;
    return {
      id: w.id,
      name: w.name,
      status: w.status,
      problem: w.problem,
      sourceSiteId: workload?.sourceSiteId ?? null,
      placement: workload === undefined ? null : workload.stages.map((s) => `${s.id}@${s.siteId}`).join(' → '),
      routingPolicy: w.routingPolicy,
      urllcSlice: w.urllcSlice,
      requestsPerSecond: w.requestsPerSecond,
      meanMs: w.meanMs,
      p50Ms: w.p50Ms,
      p95Ms: w.p95Ms,
      p99Ms: w.p99Ms,
      jitterMs: w.jitterMs,
      tailMethod: w.tailMethod,
      objectiveP95Ms: w.objectiveP95Ms,
      meetsObjective: w.meetsObjective,
      meanAccessMs: b.accessMs,
      meanPropagationMs: b.propagationMs,
      meanSerialisationMs: b.serialisationMs,
      meanQueueingMs: b.queueingMs,
      meanComputeMs: b.computeMs,
      meanComputeQueueingMs: b.computeQueueingMs,
      meanReturnMs: b.returnMs,
      costUsdPerMonth: w.costUsdPerMonth,
      costUsdPerThousandRequests: w.costUsdPerThousandRequests,
      monteCarloSamples: w.monteCarlo?.samples ?? null,
      monteCarloP95Ms: w.monteCarlo?.p95Ms ?? null,
      monteCarloP99Ms: w.monteCarlo?.p99Ms ?? null,
      withoutSliceP95Ms: w.withoutSlice?.p95Ms ?? null,
      withoutSliceP99Ms: w.withoutSlice?.p99Ms ?? null,
      withoutBurstP95Ms: w.withoutBurst?.p95Ms ?? null,
    };
  });
}
