import { tick } from 'svelte';

/** Name of the measure each shown result records: from the edit to the frame that shows its result. */
export const EDIT_TO_RESULT = 'tierscape:edit-to-result';

/**
 * Times edits to their results on screen with the User Timing API, so a
 * benchmark (or anyone's DevTools) can read `performance.getEntriesByName(EDIT_TO_RESULT)`.
 * Keyed by the document object sent to the worker: a coalesced edit that
 * never gets its own result records nothing.
 */
export class EditTiming {
  readonly #started = new WeakMap<object, number>();

  edited(document: object): void {
    this.#started.set(document, performance.now());
  }

  /** Call when the result for `document` has been applied to the state. */
  shown(document: unknown): void {
    if (typeof document !== 'object' || document === null) return;
    const start = this.#started.get(document);
    if (start === undefined) return;
    this.#started.delete(document);
    // After Svelte has updated the DOM, the next frame is the one that paints it.
    void tick().then(() =>
      requestAnimationFrame(() => {
        performance.measure(EDIT_TO_RESULT, { start, end: performance.now() });
      }),
    );
  }
}
