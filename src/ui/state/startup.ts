import { formatError } from '../../engine/scenario/errors';
import { hasShareFragment } from '../../document/share/hasShareFragment';
import type { AppState } from './app.svelte';

export interface SessionOptions {
  /** Restore and keep the workspace in local storage (not in an embedded view, whose host owns the document). */
  readonly autosave: boolean;
  /** The preset to start from when there is nothing to restore. */
  readonly preset: string;
}

/**
 * Opens the session: the workspace saved last time if there is one (so a
 * reload loses nothing), else the starting preset. Saved work that cannot be
 * read is set aside, never overwritten, and the user is told. Resolves true
 * on a fresh start: nothing restored and no link opened.
 */
export async function openSession(app: AppState, options: SessionOptions): Promise<boolean> {
  let restored = false;
  if (options.autosave) {
    const autosave = app.enableAutosave(() => window.localStorage);
    const reading = autosave.read();
    if (reading.ok === true) {
      app.restoreWorkspace(reading.workspace);
      restored = true;
      const count = reading.workspace.variants.length;
      const notes = reading.notes.length > 0 ? ` (${reading.notes.join('; ')})` : '';
      app.say('info', `Restored your last session: ${count} variant${count === 1 ? '' : 's'}${notes}. Ctrl+Z undoes from here.`);
    } else if (reading.ok === false) {
      app.say(
        'error',
        `Your last session could not be restored (${reading.errors.slice(0, 2).map(formatError).join('; ')}). It is kept aside in this browser's storage; a preset is shown instead.`,
      );
    }
    const flush = () => app.flushAutosave();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  }
  if (hasShareFragment(location.hash) && (await openSharedLink(app))) {
    // On top of a restored session the link is one undo step, so Ctrl+Z brings that work back.
    if (!restored) app.startHistoryHere();
    return false;
  }
  if (!restored) {
    await app.loadPreset(options.preset);
    app.startHistoryHere();
  }
  return !restored;
}

/**
 * Opens the scenario a share link carries. The fragment is then taken out of
 * the address, so a reload shows the work since, not the link again. A bad
 * link says what is wrong and changes nothing.
 */
async function openSharedLink(app: AppState): Promise<boolean> {
  // fflate is only needed for a link: it is loaded then.
  const { decodeShareFragment } = await import('../../document/share');
  const decoded = decodeShareFragment(location.hash);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  if (!decoded.ok) {
    app.say('error', `The shared link could not be opened: ${decoded.errors.slice(0, 3).map(formatError).join('; ')}`);
    return false;
  }
  return app.load(decoded.scenario, 'The shared link');
}
