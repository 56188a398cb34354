import { evaluateScenario } from '../src/engine/evaluate/evaluate';
import type { Scenario } from '../src/engine/scenario/schema';
import { validateScenario } from '../src/engine/scenario/validate';
import { collectGarbage, MemoryPeak } from './memory';
import { median, quantile, timeRuns } from './stats';

export interface EvaluateTiming {
  readonly sites: number;
  readonly links: number;
  readonly workloads: number;
  readonly evaluateMs: readonly number[];
  readonly validateMs: readonly number[];
  /** Peaks sampled after each evaluation (before collection), so they include that run's garbage. */
  readonly peakHeapUsedMb: number;
  readonly peakRssMb: number;
  /** Saturated sites and links in the result, a check that the scenario is not saturated everywhere. */
  readonly saturatedSites: number;
  readonly saturatedLinks: number;
}

/** Times validation and evaluation of one scenario, after warm-up, from a collected heap. */
export function timeEvaluation(scenario: Scenario, warmup: number, runs: number): EvaluateTiming {
  const validated = validateScenario(scenario);
  if (!validated.ok) throw new Error(`synthetic scenario is invalid: ${JSON.stringify(validated.errors.slice(0, 3))}`);
  const validateMs = timeRuns(() => validateScenario(scenario), warmup, runs);

  collectGarbage();
  const memory = new MemoryPeak();
  memory.sample();
  const evaluateMs = timeRuns(
    () => evaluateScenario(validated.scenario),
    warmup,
    runs,
    () => memory.sample(),
  );
  const result = evaluateScenario(validated.scenario);
  return {
    sites: scenario.sites.length,
    links: scenario.links.length,
    workloads: scenario.workloads.length,
    evaluateMs,
    validateMs,
    peakHeapUsedMb: memory.heapUsedMb,
    peakRssMb: memory.rssMb,
    saturatedSites: result.sites.filter((s) => s.saturated).length,
    saturatedLinks: result.links.filter((l) => l.saturated).length,
  };
}

export const summarise = (ms: readonly number[]) => ({ medianMs: median(ms), p95Ms: quantile(ms, 0.95) });
