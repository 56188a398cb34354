import { evaluateScenario } from '../engine/evaluate/evaluate';
import { validateScenario } from '../engine/scenario/validate';
import type { EngineApi, EvaluateResponse } from './protocol';

/**
 * The engine behind the worker boundary. Every document is validated here
 * too: the worker is an entry point like any other.
 */
export const engineApi: EngineApi = {
  evaluate(document: unknown): EvaluateResponse {
    const started = performance.now();
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const result = evaluateScenario(checked.scenario);
    return { ok: true, result, engineMs: performance.now() - started };
  },
};
