import { wrap, type Remote } from 'comlink';
import type { EvaluateOptions } from '../engine/evaluate/options';
import type { CompareResponse, EngineApi, EvaluateResponse, ResilienceResponse } from './protocol';

export interface EngineClientCallbacks {
  onResponse(response: EvaluateResponse, document: unknown): void;
  onResilience(response: ResilienceResponse, document: unknown): void;
  onComparison(response: CompareResponse, documents: readonly unknown[]): void;
  onFailure(message: string): void;
}

interface Job {
  run(api: Remote<EngineApi>): Promise<void>;
}

/**
 * Main-thread side of the engine worker. Requests are coalesced: while the
 * worker is busy only the newest document waits, so a burst of edits (a
 * slider drag) costs one evaluation in flight plus one queued, and the latest
 * always wins. The live evaluation goes first; then one-off jobs (sensitivity,
 * optimiser) in order; then the newest comparison of variants; and when the
 * worker falls idle, the N−1 sweep of the latest document.
 */
export class EngineClient {
  readonly #worker: Worker;
  readonly #api: Remote<EngineApi>;
  readonly #callbacks: EngineClientCallbacks;
  #queued: { document: unknown; options: EvaluateOptions } | undefined = undefined;
  #comparison: readonly unknown[] | undefined = undefined;
  readonly #jobs: Job[] = [];
  #resilienceDue: unknown = undefined;
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
    this.#wake();
  }

  requestComparison(documents: readonly unknown[]): void {
    this.#comparison = documents;
    this.#wake();
  }

  /** Runs a one-off request after the live evaluation; its answer comes back by promise. */
  run<T>(call: (api: Remote<EngineApi>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#jobs.push({ run: (api) => call(api).then(resolve, reject) });
      this.#wake();
    });
  }

  #wake(): void {
    if (!this.#busy) void this.#pump();
  }

  async #pump(): Promise<void> {
    this.#busy = true;
    for (;;) {
      try {
        if (this.#queued !== undefined) {
          const { document, options } = this.#queued;
          this.#queued = undefined;
          // Shown even when a newer document waits: answers arrive in order, so
          // the display only moves forward and keeps up during a drag.
          this.#callbacks.onResponse(await this.#api.evaluate(document, options), document);
          // The N−1 sweep is always of the scenario as drawn, whatever failures are injected.
          this.#resilienceDue = document;
        } else if (this.#jobs.length > 0) {
          await this.#jobs.shift()!.run(this.#api);
        } else if (this.#comparison !== undefined) {
          const documents = this.#comparison;
          this.#comparison = undefined;
          this.#callbacks.onComparison(await this.#api.compare(documents), documents);
        } else if (this.#resilienceDue !== undefined) {
          const document = this.#resilienceDue;
          this.#resilienceDue = undefined;
          this.#callbacks.onResilience(await this.#api.resilience(document), document);
        } else break;
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
