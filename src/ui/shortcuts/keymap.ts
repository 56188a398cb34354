import { isNativeTextEditing } from '../io/shortcuts';
import type { AppState } from '../state/app.svelte';

/**
 * The page's keyboard shortcuts, in one list: the window's key handler runs
 * them and the help overlay shows them, so the two cannot disagree. Keys that
 * only work inside one widget (the canvas, a dialog) are listed in
 * WIDGET_KEYS for the overlay.
 */
export interface Shortcut {
  /** As shown to the user, such as "Ctrl+Z" or "?". */
  readonly keys: string;
  readonly does: string;
  /** Whether a key event is this shortcut. */
  readonly matches: (event: KeyboardEvent) => boolean;
  readonly run: (app: AppState) => void;
}

const command = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey;
const plain = (event: KeyboardEvent) => !event.ctrlKey && !event.metaKey && !event.altKey;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: 'Ctrl+Z',
    does: 'Undo',
    matches: (e) => command(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    run: (app) => app.undo(),
  },
  {
    keys: 'Shift+Ctrl+Z or Ctrl+Y',
    does: 'Redo',
    matches: (e) => command(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || (!e.shiftKey && e.key.toLowerCase() === 'y')),
    run: (app) => app.redo(),
  },
  { keys: '1', does: 'Canvas view', matches: (e) => plain(e) && e.key === '1', run: (app) => (app.centreView = 'topology') },
  { keys: '2', does: 'Map view', matches: (e) => plain(e) && e.key === '2', run: (app) => (app.centreView = 'map') },
  { keys: '3', does: 'Projections view', matches: (e) => plain(e) && e.key === '3', run: (app) => (app.centreView = 'projections') },
  { keys: 'T', does: 'Template gallery', matches: (e) => plain(e) && e.key.toLowerCase() === 't', run: (app) => (app.gallery = 'browse') },
  {
    keys: 'P',
    does: 'Present the template’s story',
    matches: (e) => plain(e) && e.key.toLowerCase() === 'p',
    run: (app) => (app.presenting = true),
  },
  {
    keys: '?',
    does: 'This list of shortcuts',
    matches: (e) => !e.ctrlKey && !e.metaKey && e.key === '?',
    run: (app) => (app.helpOpen = true),
  },
];

/** Keys that work inside one part of the page, for the help overlay. */
export const WIDGET_KEYS: readonly { readonly where: string; readonly keys: string; readonly does: string }[] = [
  { where: 'Anywhere', keys: 'Tab / Shift+Tab', does: 'Move between controls' },
  { where: 'Canvas', keys: 'Tab', does: 'Focus each link, then each site' },
  { where: 'Canvas', keys: 'Enter or Space', does: 'Select the focused site or link (with Fail on click: fail or restore it)' },
  { where: 'Canvas', keys: 'Arrow keys', does: 'Move the selected site 10 units (Shift: 100); one undo step per burst' },
  { where: 'Canvas', keys: 'Delete or Backspace', does: 'Remove what is selected' },
  { where: 'Canvas', keys: 'Escape', does: 'Clear the selection' },
  { where: 'Map', keys: 'Arrow keys / + − / 0', does: 'Pan / zoom / fit the scenario (with the map focused)' },
  { where: 'Map', keys: 'Enter or Space', does: 'Select the focused site' },
  { where: 'Map', keys: 'Arrow keys', does: 'Nudge the focused site 8 px (Shift: 40 px); one undo step per burst' },
  { where: 'Map tray', keys: 'Enter, arrows, Enter', does: 'Pick up a site not on the map, move the marker, drop it (Escape cancels)' },
  { where: 'Results tabs', keys: '← / → / Home / End', does: 'Switch tab' },
  { where: 'Tooltips (i)', keys: 'Escape', does: 'Close the tooltip' },
  { where: 'Presentation', keys: '→ or Space / ←', does: 'Next / previous step' },
  { where: 'Presentation', keys: 'Escape', does: 'Leave the presentation' },
  { where: 'Dialogs', keys: 'Escape', does: 'Close' },
];

/** Whether the page's shortcuts should stay out of this event: typing in a field, or a modal view that has its own keys. */
function leaveAlone(event: KeyboardEvent, app: AppState): boolean {
  if (event.defaultPrevented || isNativeTextEditing(event.target)) return true;
  // A select or range input uses letters and digits itself.
  const target = event.target;
  if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === 'range')) return !command(event);
  return app.presenting || app.gallery !== null || app.helpOpen;
}

/** The window's key handler: runs the first shortcut the event matches. */
export function handleShortcut(event: KeyboardEvent, app: AppState): void {
  if (leaveAlone(event, app)) return;
  const shortcut = SHORTCUTS.find((s) => s.matches(event));
  if (shortcut === undefined) return;
  // Views that are not there (an embed) are not switched to: the embed does not install this handler.
  shortcut.run(app);
  event.preventDefault();
}
