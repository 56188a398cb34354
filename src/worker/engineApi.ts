import { evaluateScenario } from '../engine/evaluate/evaluate';
import type { EvaluateOptions } from '../engine/evaluate/options';
import { resilienceSweep } from '../engine/evaluate/resilience';
import { validateScenario } from '../engine/scenario/validate';
import { headlineMetrics } from '../engine/whatif/metrics';
import { sensitivity, type SensitivityMetricKey } from '../engine/whatif/sensitivity';
import { strategyScenarios } from '../engine/whatif/strategies';
import type {
  ComparedVariant,
  CompareResponse,
  EngineApi,
  EvaluateResponse,
  ResilienceResponse,
  SensitivityResponse,
  StrategiesResponse,
} from './protocol';

const hasFailures = (options: EvaluateOptions) => (options.failed?.linkIds?.length ?? 0) > 0 || (options.failed?.siteIds?.length ?? 0) > 0;

function compareOne(document: unknown): ComparedVariant {
  const checked = validateScenario(document);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const result = evaluateScenario(checked.scenario, { whatIfs: false });
  const metrics = headlineMetrics(checked.scenario, result, resilienceSweep(checked.scenario));
  const workloads = result.workloads.map((w) => ({ id: w.id, name: w.name, p95Ms: w.p95Ms, meetsObjective: w.meetsObjective }));
  return { ok: true, metrics, workloads };
}

/**
 * The engine behind the worker boundary. Every document is validated here
 * too: the worker is an entry point like any other.
 */
export const engineApi: EngineApi = {
  evaluate(document: unknown, options: EvaluateOptions = {}): EvaluateResponse {
    const started = performance.now();
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const result = evaluateScenario(checked.scenario, options);
    const intact = hasFailures(options) ? evaluateScenario(checked.scenario, { ...options, failed: undefined }) : null;
    return { ok: true, result, intact, engineMs: performance.now() - started };
  },
  resilience(document: unknown): ResilienceResponse {
    const started = performance.now();
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    return { ok: true, report: resilienceSweep(checked.scenario), engineMs: performance.now() - started };
  },
  compare(documents: readonly unknown[]): CompareResponse {
    const started = performance.now();
    return { variants: documents.map(compareOne), engineMs: performance.now() - started };
  },
  sensitivity(document: unknown, metric: SensitivityMetricKey, fraction: number, maxAssumptions?: number): SensitivityResponse {
    const started = performance.now();
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    return {
      ok: true,
      report: sensitivity(checked.scenario, metric, fraction, maxAssumptions === undefined ? {} : { maxAssumptions }),
      engineMs: performance.now() - started,
    };
  },
  strategies(document: unknown): StrategiesResponse {
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    return { ok: true, strategies: strategyScenarios(checked.scenario) };
  },
};
