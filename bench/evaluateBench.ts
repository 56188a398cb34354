import { evaluateScenario } from '../src/engine/evaluate/evaluate';
import type { Scenario } from '../src/engine/scenario/schema';
import { validateScenario } from '../src/engine/scenario/validate';
import { collectGarbage, MemoryPeak } from './memory';
import { median, quantile, timeRuns, warmUp } from './stats';

export interface EvaluateTiming {
  readonly sites: number;
  readonly links: number;
  readonly workloads: number;
  /** The first evaluation in the process for this scenario, before any warm-up. */
  readonly coldMs: number;
  readonly evaluateMs: readonly number[];
  readonly validateMs: readonly number[];
  /** Peaks sampled after each evaluation (before collection), so they include that run's garbage. */
  readonly peakHeapUsedMb: number;
  readonly peakRssMb: number;
  /** Saturated sites and links in the result, a check that the scenario is not saturated everywhere. */
  readonly saturatedSites: number;
  readonly saturatedLinks: number;
}

export interface EvaluationPlan {
  readonly scenario: Scenario;
  /** Warm-up: at least this many runs and this many ms (see warmUp). */
  readonly warmup: number;
  readonly warmupMs: number;
  readonly runs: number;
}

/** Times one cold evaluation, then validation and evaluation after warm-up, from a collected heap. */
export function timeEvaluation({ scenario, warmup, warmupMs, runs }: EvaluationPlan): EvaluateTiming {
  const validated = validateScenario(scenario);
  if (!validated.ok) throw new Error(`synthetic scenario is invalid: ${JSON.stringify(validated.errors.slice(0, 3))}`);
  collectGarbage();
  const coldStart = performance.now();
  evaluateScenario(validated.scenario);
  const coldMs = performance.now() - coldStart;
  const validateMs = timeRuns(() => validateScenario(scenario), warmup, runs);

  warmUp(() => evaluateScenario(validated.scenario), warmup, warmupMs);
  collectGarbage();
  const memory = new MemoryPeak();
  memory.sample();
  const evaluateMs = timeRuns(
    () => evaluateScenario(validated.scenario),
    0,
    runs,
    () => memory.sample(),
  );
  const result = evaluateScenario(validated.scenario);
  return {
    sites: scenario.sites.length,
    links: scenario.links.length,
    workloads: scenario.workloads.length,
    coldMs,
    evaluateMs,
    validateMs,
    peakHeapUsedMb: memory.heapUsedMb,
    peakRssMb: memory.rssMb,
    saturatedSites: result.sites.saturated.reduce((n, x) => n + x, 0),
    saturatedLinks: result.links.saturated.reduce((n, x) => n + x, 0),
  };
}

export const summarise = (ms: readonly number[]) => ({ medianMs: median(ms), p95Ms: quantile(ms, 0.95) });
