import { wrap, type Remote } from 'comlink';
import type { EngineApi, EvaluateResponse } from './protocol';

export interface EngineClientCallbacks {
  onResponse(response: EvaluateResponse, document: unknown): void;
  onFailure(message: string): void;
}

/**
 * Main-thread side of the engine worker. Requests are coalesced: while the
 * worker is busy only the newest document waits, so a burst of edits costs
 * one evaluation in flight plus one queued, and the latest edit always wins.
 */
export class EngineClient {
  readonly #worker: Worker;
  readonly #api: Remote<EngineApi>;
  readonly #callbacks: EngineClientCallbacks;
  #queued: unknown = undefined;
  #busy = false;

  constructor(callbacks: EngineClientCallbacks) {
    this.#callbacks = callbacks;
    this.#worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'tierscape-engine' });
    this.#worker.addEventListener('error', (event) =>
      callbacks.onFailure(`The engine worker failed: ${event.message || 'could not start'}`),
    );
    this.#api = wrap<EngineApi>(this.#worker);
  }

  request(document: unknown): void {
    this.#queued = document;
    if (!this.#busy) void this.#pump();
  }

  async #pump(): Promise<void> {
    this.#busy = true;
    while (this.#queued !== undefined) {
      const document = this.#queued;
      this.#queued = undefined;
      try {
        const response = await this.#api.evaluate(document);
        // Shown even when a newer document waits: answers arrive in order, so
        // the display only moves forward and keeps up during a drag.
        this.#callbacks.onResponse(response, document);
      } catch (error) {
        this.#callbacks.onFailure(`The engine failed: ${(error as Error).message}`);
      }
    }
    this.#busy = false;
  }

  terminate(): void {
    this.#worker.terminate();
  }
}
