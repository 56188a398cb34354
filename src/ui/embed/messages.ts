import { formatError } from '../../engine/scenario/errors';
import { validateScenario } from '../../engine/scenario/validate';
import type { AppState } from '../state/app.svelte';

/** What a host page may send: a scenario to show. */
export type HostMessage = { readonly type: 'tierscape:load'; readonly scenario: unknown };

/** Reads a message as a host message, or null for anything else (other apps share the channel). */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as { type?: unknown; scenario?: unknown };
  if (message.type === 'tierscape:load' && 'scenario' in message) return { type: 'tierscape:load', scenario: message.scenario };
  return null;
}

/**
 * Listens for host messages from the allowed origins (this page's own by
 * default) and loads a valid scenario; a bad one is answered with
 * `tierscape:error` naming what is wrong, and the current scenario stays.
 */
export function listenForHostMessages(app: AppState, isAllowed: (origin: string) => boolean = (o) => o === location.origin): () => void {
  const onMessage = (event: MessageEvent) => {
    if (!isAllowed(event.origin)) return;
    const message = parseHostMessage(event.data);
    if (message === null) return;
    const reply = (data: unknown) => (event.source as Window | null)?.postMessage(data, { targetOrigin: event.origin });
    const checked = validateScenario(message.scenario);
    if (!checked.ok) {
      reply({ type: 'tierscape:error', message: `The scenario was not loaded: ${checked.errors.slice(0, 5).map(formatError).join('; ')}` });
      return;
    }
    app.load(checked.scenario, 'The embedded scenario');
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
