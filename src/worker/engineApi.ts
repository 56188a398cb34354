import { evaluateScenario } from '../engine/evaluate/evaluate';
import type { EvaluateOptions } from '../engine/evaluate/options';
import { resilienceSweep } from '../engine/evaluate/resilience';
import { validateScenario } from '../engine/scenario/validate';
import type { EngineApi, EvaluateResponse, ResilienceResponse } from './protocol';

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
    return { ok: true, result, engineMs: performance.now() - started };
  },
  resilience(document: unknown): ResilienceResponse {
    const started = performance.now();
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    return { ok: true, report: resilienceSweep(checked.scenario), engineMs: performance.now() - started };
  },
};
