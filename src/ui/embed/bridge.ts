import type { EvaluationResult } from '../../engine/result';
import type { ValidationError } from '../../engine/scenario/errors';
import type { Scenario } from '../../engine/scenario/schema';
import type { EmbedConfig } from './config';
import { errorMessage, PROTOCOL_VERSION, readHostMessage, type PageMessage } from './protocol';
import { isResultOf, summariseResult } from './summary';

/** Anything a message can be posted to: the parent frame, or the window a message came from. */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** A message as the bridge needs it: a MessageEvent's origin, data and source. */
export interface Received {
  readonly origin: string;
  readonly data: unknown;
  readonly source: MessageTarget | null;
}

/** What the page is showing, read when a host asks for a result. */
export interface Shown {
  readonly scenario: Scenario;
  readonly result: EvaluationResult | null;
  /** An evaluation has been asked for and not yet answered. */
  readonly evaluating: boolean;
}

export interface BridgeOptions {
  readonly config: Pick<EmbedConfig, 'allowedOrigins' | 'readOnly'>;
  /** The parent frame; null when the page is not in a frame (`window.parent === window`). */
  readonly parent: MessageTarget | null;
  /** The parent frame's origin when the browser tells it (`location.ancestorOrigins`); null when it does not. */
  readonly parentOrigin: string | null;
  /** Makes a validated scenario the page's document. */
  load(scenario: Scenario): void;
  shown(): Shown;
}

/**
 * The page's side of the postMessage API, free of the DOM and of Svelte: the
 * adapter (host.svelte.ts) feeds it messages and state changes. Messages from
 * origins not allowed are dropped without a word; everything else is read by
 * `readHostMessage` and answered to its sender only.
 */
export class EmbedBridge {
  readonly #options: BridgeOptions;
  /** The startup has put its first document on screen: a host's load now sticks. */
  #settled = false;
  /** A host's scenario that arrived before the startup settled: applied then, so the startup cannot overwrite it. */
  #pendingLoad: Scenario | null = null;
  /** Hosts that asked for a result while the page had none for what it shows. */
  #waiting: { readonly target: MessageTarget; readonly origin: string }[] = [];
  #lastPosted: EvaluationResult | null = null;

  constructor(options: BridgeOptions) {
    this.#options = options;
  }

  get settled(): boolean {
    return this.#settled;
  }

  /**
   * Says the startup is over (its document is on screen, or it has given up):
   * applies a host's scenario that came early and announces `tierscape:ready`.
   * Only the first call counts.
   */
  settle(): void {
    if (this.#settled) return;
    this.#settled = true;
    if (this.#pendingLoad !== null) {
      this.#options.load(this.#pendingLoad);
      this.#pendingLoad = null;
    }
    this.#toParent({ type: 'tierscape:ready', version: PROTOCOL_VERSION, readOnly: this.#options.config.readOnly });
  }

  receive(event: Received): void {
    if (!this.#options.config.allowedOrigins.includes(event.origin)) return;
    const request = readHostMessage(event.data);
    const reply = (message: PageMessage) => event.source?.postMessage(message, event.origin);
    switch (request.kind) {
      case 'ignored':
        return;
      case 'refused':
        reply(request.error);
        return;
      case 'load':
        if (this.#settled) this.#options.load(request.scenario);
        else this.#pendingLoad = request.scenario;
        return;
      case 'evaluate': {
        if (event.source === null) return;
        const shown = this.#options.shown();
        const fresh = shown.result !== null && !shown.evaluating && this.#settled && isResultOf(shown.result, shown.scenario);
        if (fresh) reply({ type: 'tierscape:result', result: summariseResult(shown.scenario, shown.result!) });
        else this.#waiting.push({ target: event.source, origin: event.origin });
        return;
      }
    }
  }

  /**
   * A new result is on screen: posts it to the parent and to every host
   * waiting for one, unless it is of an older document than the one shown
   * (that one's own result follows). Nothing is posted before
   * `tierscape:ready`: until then the page shows its own start-up document.
   */
  resultShown(result: EvaluationResult | null, scenario: Scenario): void {
    if (!this.#settled || result === null || result === this.#lastPosted || !isResultOf(result, scenario)) return;
    this.#lastPosted = result;
    this.#toParentAndWaiting({ type: 'tierscape:result', result: summariseResult(scenario, result) });
  }

  /** The engine failed or refused the document: hosts waiting for a result are told instead of left waiting. */
  engineFailed(message: string, errors: readonly ValidationError[] = []): void {
    this.#toParentAndWaiting(errorMessage('engineFailure', message, errors));
  }

  #toParentAndWaiting(message: PageMessage): void {
    this.#toParent(message);
    const waiting = this.#waiting.splice(0);
    // The parent has just been sent it (if its origin is allowed, and a waiting host's is).
    for (const { target, origin } of waiting) if (target !== this.#options.parent) target.postMessage(message, origin);
  }

  /**
   * Posts to the parent frame once for each allowed origin, each as the
   * target origin: the browser delivers only the one that is the parent's.
   * When the browser says the parent's origin, only that one is tried (a
   * mismatched target is otherwise reported in the console).
   */
  #toParent(message: PageMessage): void {
    const { parent, parentOrigin, config } = this.#options;
    if (parent === null) return;
    const known = parentOrigin !== null && parentOrigin !== 'null';
    for (const origin of config.allowedOrigins) if (!known || origin === parentOrigin) parent.postMessage(message, origin);
  }
}
