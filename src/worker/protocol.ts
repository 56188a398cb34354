import type { EvaluateOptions } from '../engine/evaluate/options';
import type { EvaluationResult, ResilienceReport } from '../engine/result';
import type { ValidationError } from '../engine/scenario/errors';

/** What the engine worker answers to a request: a result, or why the document was refused. */
export type EvaluateResponse =
  | { readonly ok: true; readonly result: EvaluationResult; readonly engineMs: number }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

export type ResilienceResponse =
  | { readonly ok: true; readonly report: ResilienceReport; readonly engineMs: number }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** The worker's API as comlink exposes it. */
export interface EngineApi {
  evaluate(document: unknown, options?: EvaluateOptions): EvaluateResponse;
  resilience(document: unknown): ResilienceResponse;
}
