import { untrack } from 'svelte';
import type { AppState } from '../state/app.svelte';
import { EmbedBridge, type MessageTarget } from './bridge';
import type { EmbedConfig } from './config';

export interface HostConnection {
  /**
   * Says the startup is over even if it loaded nothing (it also counts as
   * over at its first whole-document load): a host's early scenario is shown
   * and `tierscape:ready` is posted. Only the first call counts.
   */
  announceReady(): void;
  stop(): void;
}

/** The parent frame's origin, when the browser tells it (Chromium and Safari do, Firefox does not). */
function parentOrigin(win: Window): string | null {
  return win.location.ancestorOrigins?.[0] ?? null;
}

/**
 * Connects the page to a host through postMessage (see bridge.ts for the
 * rules): listens for its messages, and posts `tierscape:ready` once the
 * startup has shown its first document, then each result as it is shown.
 */
export function connectHost(app: AppState, config: EmbedConfig, win: Window = window): HostConnection {
  const framed = win.parent !== win;
  const bridge = new EmbedBridge({
    config,
    parent: framed ? win.parent : null,
    parentOrigin: framed ? parentOrigin(win) : null,
    load: (scenario) => app.load(scenario, "The host page's scenario"),
    shown: () => ({ scenario: app.scenario, result: app.result, evaluating: app.evaluating }),
  });
  const onMessage = (event: MessageEvent) =>
    bridge.receive({ origin: event.origin, data: event.data, source: event.source as MessageTarget | null });
  win.addEventListener('message', onMessage);

  const stopEffects = $effect.root(() => {
    $effect(() => {
      if (app.loadCount > 0) untrack(() => bridge.settle());
    });
    $effect(() => {
      const result = app.result;
      untrack(() => bridge.resultShown(result, app.scenario));
    });
    $effect(() => {
      const failure = app.engineFailure;
      const refused = app.engineErrors;
      untrack(() => {
        if (failure !== null) bridge.engineFailed(failure);
        else if (refused.length > 0) bridge.engineFailed('The engine refused the scenario', refused);
      });
    });
  });

  return {
    announceReady: () => bridge.settle(),
    stop: () => {
      win.removeEventListener('message', onMessage);
      stopEffects();
    },
  };
}
