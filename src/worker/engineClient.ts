import { wrap, type Remote } from 'comlink';
import type { EvaluateOptions } from '../engine/evaluate/options';
import type { EngineApi, EvaluateResponse, ResilienceResponse } from './protocol';

export interface EngineClientCallbacks {
  onResponse(response: EvaluateResponse, document: unknown): void;
  onResilience(response: ResilienceResponse, document: unknown): void;
  onFailure(message: string): void;
}

/**
 * Main-thread side of the engine worker. Requests are coalesced: while the
 * worker is busy only the newest document waits, so a burst of edits costs
 * one evaluation in flight plus one queued, and the latest edit always wins.
 * When the worker falls idle, it runs the N−1 sweep for the latest document.
 */
export class EngineClient {
  readonly #worker: Worker;
  readonly #api: Remote<EngineApi>;
  readonly #callbacks: EngineClientCallbacks;
  #queued: { document: unknown; options: EvaluateOptions } | undefined = undefined;
  #busy = false;

  constructor(callbacks: EngineClientCallbacks) {
    this.#callbacks = callbacks;
    this.#worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'tierscape-engine' });
    this.#worker.addEventListener('error', (event) =>
      callbacks.onFailure(`The engine worker failed: ${event.message || 'could not start'}`),
    );
    this.#api = wrap<EngineApi>(this.#worker);
  }

  request(document: unknown, options: EvaluateOptions = {}): void {
    this.#queued = { document, options };
    if (!this.#busy) void this.#pump();
  }

  async #pump(): Promise<void> {
    this.#busy = true;
    let last: unknown = undefined;
    while (this.#queued !== undefined) {
      const { document, options } = this.#queued;
      this.#queued = undefined;
      try {
        // Shown even when a newer document waits: answers arrive in order, so
        // the display only moves forward and keeps up during a drag.
        this.#callbacks.onResponse(await this.#api.evaluate(document, options), document);
        last = document;
      } catch (error) {
        this.#callbacks.onFailure(`The engine failed: ${(error as Error).message}`);
      }
      if (this.#queued === undefined && last !== undefined) {
        try {
          this.#callbacks.onResilience(await this.#api.resilience(last), last);
        } catch (error) {
          this.#callbacks.onFailure(`The N−1 analysis failed: ${(error as Error).message}`);
        }
        last = undefined;
      }
    }
    this.#busy = false;
  }

  terminate(): void {
    this.#worker.terminate();
  }
}
