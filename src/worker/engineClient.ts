import { wrap, type Remote } from 'comlink';
import type { EvaluateOptions } from '../engine/evaluate/options';
import { documentPatch, NO_DOCUMENT_TO_PATCH } from './documentPatch';
import { createEngineWorker } from '../offline/engineWorker';
import type { CompareResponse, EngineApi, EvaluateResponse, ResilienceResponse } from './protocol';

export interface EngineClientCallbacks {
  /** `newerWaiting`: a later document is already queued, so this answer is an intermediate one. */
  onResponse(response: EvaluateResponse, document: unknown, newerWaiting: boolean): void;
  onResilience(response: ResilienceResponse, document: unknown): void;
  onComparison(response: CompareResponse, documents: readonly unknown[]): void;
  onFailure(message: string): void;
}

interface Job {
  run(api: Remote<EngineApi>): Promise<void>;
  cancel(): void;
}

/** What a background job's promise is rejected with when the user stops it. */
export class JobCancelled extends Error {
  constructor() {
    super('stopped');
    this.name = 'JobCancelled';
  }
}

interface EngineWorker {
  readonly worker: Worker;
  readonly api: Remote<EngineApi>;
}

/** Quiet time after the last edit before the N−1 sweep starts, ms. */
const RESILIENCE_PAUSE_MS = 400;

/** A promise with its resolve function, for a one-shot signal. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function startWorker(name: string, onFailure: (message: string) => void): EngineWorker {
  // From a file beside the page when hosted, from a Blob URL in the single-file edition.
  const worker = createEngineWorker(name);
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
  readonly #live: EngineWorker;
  /** Replaced by a fresh worker when running jobs are stopped: a synchronous search can only be interrupted by terminating it. */
  #background: EngineWorker;
  /** The job the background worker is running now, if any. */
  #current: Job | undefined = undefined;
  /** Settles when the background jobs are stopped, so the pump stops waiting for an answer that will never come. */
  #stopped = signal();
  /** The latest comparison asked for, to ask again if the worker running it is stopped. */
  #lastComparison: readonly unknown[] | undefined = undefined;
  readonly #callbacks: EngineClientCallbacks;
  #queued: { document: unknown; options: EvaluateOptions } | undefined = undefined;
  #liveBusy = false;
  #comparison: readonly unknown[] | undefined = undefined;
  readonly #jobs: Job[] = [];
  #resilienceDue: unknown = undefined;
  #backgroundBusy = false;
  /** When the latest evaluation was asked for: the N−1 sweep waits for a pause in the edits. */
  #lastRequestAt = 0;
  /** The document the live worker evaluated last, which it keeps: the next one is sent as the changes from it. */
  #liveDocument: unknown = undefined;
  /** The latest document asked for, whose N−1 sweep is due again if its worker is stopped. */
  #lastDocument: unknown = undefined;
  #resilienceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(callbacks: EngineClientCallbacks) {
    this.#callbacks = callbacks;
    this.#live = startWorker('tierscape-engine', callbacks.onFailure);
    this.#background = startWorker('tierscape-engine-background', callbacks.onFailure);
  }

  request(document: unknown, options: EvaluateOptions = {}): void {
    this.#queued = { document, options };
    this.#lastDocument = document;
    this.#lastRequestAt = performance.now();
    // The N−1 sweep is always of the scenario as drawn, whatever failures are injected.
    this.#resilienceDue = document;
    if (!this.#liveBusy) void this.#pumpLive();
    this.#wakeBackground();
  }

  requestComparison(documents: readonly unknown[]): void {
    this.#comparison = documents;
    this.#lastComparison = documents;
    this.#wakeBackground();
  }

  /** Runs a one-off request in the background worker; its answer comes back by promise. */
  run<T>(call: (api: Remote<EngineApi>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#jobs.push({ run: (api) => call(api).then(resolve, reject), cancel: () => reject(new JobCancelled()) });
      this.#wakeBackground();
    });
  }

  /** Whether a one-off job is running or waiting in the background worker. */
  get jobsPending(): boolean {
    return this.#current !== undefined || this.#jobs.length > 0;
  }

  /**
   * Stops every running and waiting one-off job (their promises reject with
   * JobCancelled): the background worker is terminated and a fresh one
   * started, and the comparison and N−1 sweep it may have been running are
   * asked for again.
   */
  cancelJobs(): void {
    const cancelled = [...(this.#current === undefined ? [] : [this.#current]), ...this.#jobs.splice(0)];
    if (cancelled.length === 0) return;
    this.#background.worker.terminate();
    this.#background = startWorker('tierscape-engine-background', this.#callbacks.onFailure);
    this.#current = undefined;
    for (const job of cancelled) job.cancel();
    this.#comparison ??= this.#lastComparison;
    this.#resilienceDue ??= this.#lastDocument;
    this.#stopped.resolve();
    this.#stopped = signal();
    this.#wakeBackground();
  }

  async #pumpLive(): Promise<void> {
    this.#liveBusy = true;
    while (this.#queued !== undefined) {
      const { document, options } = this.#queued;
      this.#queued = undefined;
      try {
        // Shown even when a newer document waits: answers arrive in order, so
        // the display only moves forward and keeps up during a drag.
        const response = await this.#evaluateLive(document, options);
        this.#callbacks.onResponse(response, document, this.#queued !== undefined);
      } catch (error) {
        this.#callbacks.onFailure(`The engine failed: ${(error as Error).message}`);
      }
    }
    this.#liveBusy = false;
  }

  /** Sends only what changed since the live worker's last document, or the whole document when that cannot be done. */
  async #evaluateLive(document: unknown, options: EvaluateOptions): Promise<EvaluateResponse> {
    const before = this.#liveDocument;
    this.#liveDocument = undefined;
    const patch = before === undefined ? null : documentPatch(before, document);
    let response = patch === null ? null : await this.#live.api.evaluatePatch(patch, options);
    if (response === null || (!response.ok && response.errors[0]?.path === NO_DOCUMENT_TO_PATCH)) {
      response = await this.#live.api.evaluate(document, options);
    }
    this.#liveDocument = document;
    return response;
  }

  #wakeBackground(): void {
    if (!this.#backgroundBusy) void this.#pumpBackground();
  }

  async #pumpBackground(): Promise<void> {
    this.#backgroundBusy = true;
    for (;;) {
      const { api } = this.#background;
      const stopped = this.#stopped.promise;
      try {
        if (this.#jobs.length > 0) {
          const job = this.#jobs.shift()!;
          this.#current = job;
          await Promise.race([job.run(api), stopped]);
          if (this.#current === job) this.#current = undefined;
        } else if (this.#comparison !== undefined) {
          const documents = this.#comparison;
          this.#comparison = undefined;
          const answer = await Promise.race([api.compare(documents), stopped.then(() => null)]);
          if (answer !== null) this.#callbacks.onComparison(answer, documents);
        } else if (this.#resilienceDue !== undefined) {
          const waitMs = RESILIENCE_PAUSE_MS - (performance.now() - this.#lastRequestAt);
          if (waitMs > 0) {
            clearTimeout(this.#resilienceTimer);
            this.#resilienceTimer = setTimeout(() => this.#wakeBackground(), waitMs);
            break;
          }
          const document = this.#resilienceDue;
          this.#resilienceDue = undefined;
          const answer = await Promise.race([api.resilience(document), stopped.then(() => null)]);
          if (answer !== null) this.#callbacks.onResilience(answer, document);
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
