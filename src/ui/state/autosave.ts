import { readSavedWorkspace, savedWorkspace, type Workspace, type WorkspaceReading } from '../../document/workspace';

/** Where the workspace is kept between visits, and where an unreadable one is set aside so it is never lost. */
export const WORKSPACE_KEY = 'tierscape:workspace';
export const UNREADABLE_KEY = 'tierscape:workspace:unreadable';

export type SaveStatus =
  { readonly kind: 'idle' } | { readonly kind: 'saved'; readonly at: Date } | { readonly kind: 'failed'; readonly message: string };

/** Quiet time after a change before it is written, ms: a slider drag is written once, when it settles. */
const SAVE_DELAY_MS = 400;

/** Why storage refused, in words a user can act on. */
function storageProblem(error: unknown, bytes?: number): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    const size = bytes === undefined ? '' : ` (the workspace needs ${Math.ceil(bytes / 1024).toLocaleString('en-US')} kB)`;
    return `Autosave failed: the browser's storage for this page is full${size}. Your work is still open: save it to a file (Save…) and free some space.`;
  }
  if (name === 'SecurityError')
    return 'Autosave is off: this browser blocks storage for this page. Save your work to a file (Save…) before you leave.';
  return `Autosave failed: ${(error as Error)?.message ?? String(error)}. Save your work to a file (Save…).`;
}

/**
 * Keeps the workspace in the browser's local storage: read once at start,
 * written shortly after every change and at once when the page is hidden.
 * Storage that is full or blocked is reported through `onStatus`, never
 * swallowed.
 */
export class Autosave {
  readonly #storage: () => Storage;
  readonly #onStatus: (status: SaveStatus) => void;
  #pending: Workspace | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(storage: () => Storage, onStatus: (status: SaveStatus) => void) {
    this.#storage = storage;
    this.#onStatus = onStatus;
  }

  /** The saved workspace, if there is one. A saved text that cannot be read is set aside under UNREADABLE_KEY. */
  read(): WorkspaceReading | { readonly ok: 'none' } | { readonly ok: 'blocked'; readonly message: string } {
    let text: string | null;
    try {
      text = this.#storage().getItem(WORKSPACE_KEY);
    } catch (error) {
      const message = storageProblem(error);
      this.#onStatus({ kind: 'failed', message });
      return { ok: 'blocked', message };
    }
    if (text === null) return { ok: 'none' };
    const reading = readSavedWorkspace(text);
    if (!reading.ok) {
      try {
        this.#storage().setItem(UNREADABLE_KEY, text);
      } catch {
        // Already reported by the caller's message; the text is still in WORKSPACE_KEY until the next save.
      }
    }
    return reading;
  }

  /** Writes the workspace soon (once edits pause). */
  schedule(workspace: Workspace): void {
    this.#pending = workspace;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  /** Writes a scheduled workspace now. */
  flush(): void {
    clearTimeout(this.#timer);
    const workspace = this.#pending;
    if (workspace === null) return;
    this.#pending = null;
    const text = JSON.stringify(savedWorkspace(workspace));
    try {
      this.#storage().setItem(WORKSPACE_KEY, text);
      this.#onStatus({ kind: 'saved', at: new Date() });
    } catch (error) {
      this.#onStatus({ kind: 'failed', message: storageProblem(error, text.length * 2) });
    }
  }
}
