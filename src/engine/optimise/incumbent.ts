import { compareLeaves } from './order';
import type { Tally } from './tally';
import { OK, type Verdict } from './verdicts';

/** A final check of a placement that would become the incumbent: OK, or the reason it fails and why. */
export type Acceptance = (placement: Int32Array) => { readonly verdict: Verdict; readonly message: string };

/**
 * The best placement found so far under one order of figures. A candidate
 * replaces it only when strictly better and, if an acceptance check is
 * given, when that check passes too (a rejected one is counted in the tally).
 */
export class Incumbent {
  readonly #order: readonly number[];
  readonly #accept: Acceptance | null;
  readonly #stageCount: number;
  values: Float64Array | null = null;
  placement: Int32Array | null = null;
  verifications = 0;

  constructor(order: readonly number[], stageCount: number, accept: Acceptance | null) {
    this.#order = order;
    this.#stageCount = stageCount;
    this.#accept = accept;
  }

  better(values: ArrayLike<number>, placement: ArrayLike<number>): boolean {
    return this.values === null || compareLeaves(this.#order, values, placement, this.values, this.placement!, this.#stageCount) < 0;
  }

  /** Takes the placement if it is better and accepted; returns whether it did. */
  offer(values: Float64Array, placement: Int32Array, tally: Tally): boolean {
    if (!this.better(values, placement)) return false;
    if (this.#accept !== null) {
      this.verifications++;
      const check = this.#accept(placement);
      if (check.verdict !== OK) {
        tally.add(check.verdict, 1, () => check.message);
        return false;
      }
    }
    this.values = values.slice();
    this.placement = placement.slice();
    return true;
  }

  /**
   * Whether every completion of a prefix with this bound comes after the
   * incumbent. The bound is below each completion's figures one by one, so it
   * is also lexicographically first: if it already comes after, so do they.
   */
  rulesOut(bound: Float64Array, prefix: Int32Array, placed: number): boolean {
    if (this.values === null) return false;
    return compareLeaves(this.#order, bound, prefix, this.values, this.placement!, placed) > 0;
  }
}
