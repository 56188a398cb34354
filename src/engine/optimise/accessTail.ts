import { ExponentialPairQuantile } from '../model/exponentialPair';

/** The quantile the engine reports as p95 (latency.ts summarise). */
const P95_QUANTILE = 0.95;

/**
 * What a request's two widest access parts put above its floor at p95, at
 * least: the joint quantile of their exponential parts, which the engine's
 * p95 is never below either (partsFloor.ts). It grows with each mean, so
 * means known to be at most the final request's widest two give a lower
 * bound. A search meets the same few pairs of media over and over: each
 * pair is inverted once.
 */
export class AccessTail {
  readonly #pair = new ExponentialPairQuantile(P95_QUANTILE);
  readonly #byLargest = new Map<number, Map<number, number>>();

  /** The p95 of the two widest exponential parts with means among a, b and c, ms. */
  ms(a: number, b: number, c: number): number {
    // Sort three so that largest ≥ second; the least is dropped.
    let largest = a;
    let second = b;
    if (second > largest) {
      largest = b;
      second = a;
    }
    if (c > largest) {
      second = largest;
      largest = c;
    } else if (c > second) second = c;
    if (!(largest > 0)) return 0;
    let bySecond = this.#byLargest.get(largest);
    if (bySecond === undefined) {
      bySecond = new Map<number, number>();
      this.#byLargest.set(largest, bySecond);
    }
    let tailMs = bySecond.get(second);
    if (tailMs === undefined) {
      tailMs = this.#pair.quantile(largest, second);
      bySecond.set(second, tailMs);
    }
    return tailMs;
  }
}
