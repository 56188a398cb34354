/**
 * Undo and redo over immutable snapshots. Edits share every part they do not
 * change, so a snapshot costs little more than what changed. Continuous edits
 * (a slider dragged, a number typed digit by digit) are one step: an entry
 * pushed with the same coalescing key within `coalesceMs` of the last replaces
 * it rather than adding a step.
 */
export interface HistoryOptions {
  /** Steps kept behind the present; the oldest go first. */
  readonly limit: number;
  readonly coalesceMs: number;
}

/** At least the 200 steps users are promised, with room to spare. */
export const DEFAULT_HISTORY: HistoryOptions = { limit: 500, coalesceMs: 800 };

export class History<T> {
  readonly #options: HistoryOptions;
  #past: T[] = [];
  #future: T[] = [];
  #present: T;
  #lastKey: string | null = null;
  #lastAtMs = -Infinity;

  constructor(present: T, options: HistoryOptions = DEFAULT_HISTORY) {
    this.#present = present;
    this.#options = options;
  }

  get present(): T {
    return this.#present;
  }
  get canUndo(): boolean {
    return this.#past.length > 0;
  }
  get canRedo(): boolean {
    return this.#future.length > 0;
  }
  get undoSteps(): number {
    return this.#past.length;
  }

  /**
   * Records a new present. With a key equal to the last push's, within the
   * coalescing window, the step before it is kept and only the present moves.
   */
  push(next: T, coalesceKey: string | null = null, nowMs: number = Date.now()): void {
    const coalesce = coalesceKey !== null && coalesceKey === this.#lastKey && nowMs - this.#lastAtMs <= this.#options.coalesceMs;
    if (!coalesce) {
      this.#past.push(this.#present);
      if (this.#past.length > this.#options.limit) this.#past.splice(0, this.#past.length - this.#options.limit);
    }
    this.#present = next;
    this.#future = [];
    this.#lastKey = coalesceKey;
    this.#lastAtMs = nowMs;
  }

  /** Steps back; returns the new present, or null when there is nothing to undo. */
  undo(): T | null {
    const previous = this.#past.pop();
    if (previous === undefined) return null;
    this.#future.push(this.#present);
    this.#present = previous;
    this.#lastKey = null;
    return previous;
  }

  redo(): T | null {
    const next = this.#future.pop();
    if (next === undefined) return null;
    this.#past.push(this.#present);
    this.#present = next;
    this.#lastKey = null;
    return next;
  }

  /** Replaces the present without making a step (a change not worth undoing on its own, such as which variant is shown). */
  amend(present: T): void {
    this.#present = present;
    this.#lastKey = null;
  }

  /** Forgets every step: a new present with nothing behind or ahead of it. */
  reset(present: T): void {
    this.#past = [];
    this.#future = [];
    this.#present = present;
    this.#lastKey = null;
  }
}
