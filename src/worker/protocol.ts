import type { EvaluateOptions } from '../engine/evaluate/options';
import type { DocumentPatch } from './documentPatch';
import type { EvaluationResult, ResilienceReport } from '../engine/result';
import type { ValidationError } from '../engine/scenario/errors';
import type { HeadlineMetrics } from '../engine/whatif/metrics';
import type { SensitivityMetricKey, SensitivityReport } from '../engine/whatif/sensitivity';
import type { StrategyOutcome } from '../engine/whatif/strategies';
import type { Objective, OptimiseResult, ParetoResult } from '../engine/optimise/types';
import type { Scenario } from '../engine/scenario/schema';
import type { PlacementMilpResult, PlacementObjective } from '../engine/placementMilp/types';
import type { Projections } from '../engine/projections/types';
import type { Story } from '../engine/story/types';

/** Why a document was refused: every worker request validates it first. */
export interface Refusal {
  readonly ok: false;
  readonly errors: readonly ValidationError[];
}

/** What the engine worker answers to a request on a document: the answer's fields, or a refusal. */
export type Answer<T> = ({ readonly ok: true } & T) | Refusal;

export type EvaluateResponse = Answer<{
  readonly result: EvaluationResult;
  /** With failures asked for: the same document with nothing failed, to show their impact against. */
  readonly intact: EvaluationResult | null;
  readonly engineMs: number;
}>;

export type ResilienceResponse = Answer<{ readonly report: ResilienceReport; readonly engineMs: number }>;

/** One variant's figures for the side-by-side comparison. */
export type ComparedVariant = Answer<{
  readonly metrics: HeadlineMetrics;
  readonly workloads: readonly {
    readonly id: string;
    readonly name: string;
    readonly p95Ms: number | null;
    readonly meetsObjective: boolean;
  }[];
}>;

export interface CompareResponse {
  readonly variants: readonly ComparedVariant[];
  readonly engineMs: number;
}

export type SensitivityResponse = Answer<{ readonly report: SensitivityReport; readonly engineMs: number }>;

export type StrategiesResponse = Answer<{ readonly strategies: readonly StrategyOutcome[] }>;

export type OptimiseResponse = Answer<{
  readonly result: OptimiseResult;
  /** The scenario with the optimal placement, to open as a variant; null when infeasible. */
  readonly proposal: Scenario | null;
  readonly engineMs: number;
}>;

export type ParetoResponse = Answer<{ readonly result: ParetoResult; readonly engineMs: number }>;

export type OptimiseAllResponse = Answer<{ readonly result: PlacementMilpResult; readonly proposal: Scenario | null }>;

export type ProjectionsResponse = Answer<{ readonly projections: Projections; readonly engineMs: number }>;

export type StoryResponse = Answer<{ readonly story: Story; readonly engineMs: number }>;

/** The worker's API as comlink exposes it. */
export interface EngineApi {
  evaluate(document: unknown, options?: EvaluateOptions): EvaluateResponse;
  /**
   * Evaluates the last document this worker evaluated with a patch applied
   * (see documentPatch.ts). Refused, with nothing evaluated, when the worker
   * holds no document yet.
   */
  evaluatePatch(patch: DocumentPatch, options?: EvaluateOptions): EvaluateResponse;
  resilience(document: unknown): ResilienceResponse;
  compare(documents: readonly unknown[]): CompareResponse;
  sensitivity(document: unknown, metric: SensitivityMetricKey, fraction: number, maxAssumptions?: number): SensitivityResponse;
  strategies(document: unknown): StrategiesResponse;
  optimise(document: unknown, workloadId: string, objective: Objective): OptimiseResponse;
  pareto(document: unknown, workloadId: string): ParetoResponse;
  /** Every workload at once, sharing capacity: a MILP solved by HiGHS in the worker. */
  optimiseAll(document: unknown, objective: PlacementObjective): Promise<OptimiseAllResponse>;
  /**
   * The document year by year to the options' horizon, and global AI power.
   * Options ({ horizonYear, userGrowthPerYear }) are checked first: a bad one
   * is refused with its path (`options.horizonYear`), like a bad document.
   */
  projections(document: unknown, options: unknown): ProjectionsResponse;
  /**
   * A template's story for the presentation: the baseline, the edge, a cut,
   * a slice and a projection year, each evaluated. The request (both
   * documents and every id it names) is checked first.
   */
  story(request: unknown): StoryResponse;
}
