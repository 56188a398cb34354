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

/** Quiet time after the last edit before the N−1 sweep starts, ms. */
const RESILIENCE_PAUSE_MS = 400;

function startWorker(name: string, onFailure: (message: string) => void): { worker: Worker; api: Remote<EngineApi> } {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name });
  worker.addEventListener('error', (event) => onFailure(`The engine worker failed: ${event.message || 'could not start'}`));
  return { worker, api: wrap<EngineApi>(worker) };
}

/**
 * Main-thread side of the engine, in two workers. The live worker only
 * evaluates the document on screen: while it is busy only the newest
 * document waits, so a slider drag costs one evaluation in flight plus one
 * queued, and the latest always wins. The background worker takes what may
 * run long (one-off jobs such as the optimiser, the comparison of variants,
 * and the N−1 sweep once the edits pause), so a drag never waits behind it.
 */
export class EngineClient {
  readonly #live: { worker: Worker; api: Remote<EngineApi> };
  readonly #background: { worker: Worker; api: Remote<EngineApi> };
  readonly #callbacks: EngineClientCallbacks;
  #queued: { document: unknown; options: EvaluateOptions } | undefined = undefined;
  #liveBusy = false;
  #comparison: readonly unknown[] | undefined = undefined;
  readonly #jobs: Job[] = [];
  #resilienceDue: unknown = undefined;
  #backgroundBusy = false;
  /** When the latest evaluation was asked for: the N−1 sweep waits for a pause in the edits. */
  #lastRequestAt = 0;
  #resilienceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(callbacks: EngineClientCallbacks) {
    this.#callbacks = callbacks;
    this.#live = startWorker('tierscape-engine', callbacks.onFailure);
    this.#background = startWorker('tierscape-engine-background', callbacks.onFailure);
  }

  request(document: unknown, options: EvaluateOptions = {}): void {
    this.#queued = { document, options };
    this.#lastRequestAt = performance.now();
    // The N−1 sweep is always of the scenario as drawn, whatever failures are injected.
    this.#resilienceDue = document;
    if (!this.#liveBusy) void this.#pumpLive();
    this.#wakeBackground();
  }

  requestComparison(documents: readonly unknown[]): void {
    this.#comparison = documents;
    this.#wakeBackground();
  }

  /** Runs a one-off request in the background worker; its answer comes back by promise. */
  run<T>(call: (api: Remote<EngineApi>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#jobs.push({ run: (api) => call(api).then(resolve, reject) });
      this.#wakeBackground();
    });
  }

  async #pumpLive(): Promise<void> {
    this.#liveBusy = true;
    while (this.#queued !== undefined) {
      const { document, options } = this.#queued;
      this.#queued = undefined;
      try {
        // Shown even when a newer document waits: answers arrive in order, so
        // the display only moves forward and keeps up during a drag.
        this.#callbacks.onResponse(await this.#live.api.evaluate(document, options), document);
      } catch (error) {
        this.#callbacks.onFailure(`The engine failed: ${(error as Error).message}`);
      }
    }
    this.#liveBusy = false;
  }

  #wakeBackground(): void {
    if (!this.#backgroundBusy) void this.#pumpBackground();
  }

  async #pumpBackground(): Promise<void> {
    this.#backgroundBusy = true;
    const api = this.#background.api;
    for (;;) {
      try {
        if (this.#jobs.length > 0) {
          await this.#jobs.shift()!.run(api);
        } else if (this.#comparison !== undefined) {
          const documents = this.#comparison;
          this.#comparison = undefined;
          this.#callbacks.onComparison(await api.compare(documents), documents);
        } else if (this.#resilienceDue !== undefined) {
          const waitMs = RESILIENCE_PAUSE_MS - (performance.now() - this.#lastRequestAt);
          if (waitMs > 0) {
            clearTimeout(this.#resilienceTimer);
            this.#resilienceTimer = setTimeout(() => this.#wakeBackground(), waitMs);
            break;
          }
          const document = this.#resilienceDue;
          this.#resilienceDue = undefined;
          this.#callbacks.onResilience(await api.resilience(document), document);
        } else break;
      } catch (error) {
        this.#callbacks.onFailure(`The engine failed: ${(error as Error).message}`);
      }
    }
    this.#backgroundBusy = false;
  }

  terminate(): void {
    clearTimeout(this.#resilienceTimer);
    this.#live.worker.terminate();
    this.#background.worker.terminate();
  }
}
