import { componentQuantile, type Component } from '../model/distribution';
import { ExponentialPairQuantile } from '../model/exponentialPair';

/** The two widest exponential means among a request's access parts (shiftedExp), ms. */
export interface AccessSpread {
  largestMs: number;
  secondMs: number;
}

/** Folds one exponential mean into the two widest so far. */
export function addToSpread(spread: AccessSpread, expMeanMs: number): void {
  if (expMeanMs > spread.largestMs) {
    spread.secondMs = spread.largestMs;
    spread.largestMs = expMeanMs;
  } else if (expMeanMs > spread.secondMs) {
    spread.secondMs = expMeanMs;
  }
}

/** What summarise gathers of a request's random parts for PartsFloor, in its one pass over them. */
export interface RandomParts extends AccessSpread {
  /** The largest 1 / rate among the atomExp waits, ms. */
  widestWaitMs: number;
}

/**
 * The least the q-quantile of a request can be, for one q. Every part is
 * non-negative and independent, so the sum is at least any subset's sum plus
 * the other parts' floors, pointwise, and its quantile at least that subset's
 * quantile plus those floors:
 * - the two widest access parts: the floor (every fixed part and every random
 *   part's minimum) plus their exponential parts' exact joint quantile;
 * - any one wait with a closed-form quantile (atomExp: M/M/1, M/M/c).
 * A moment fit need not respect this: a few wide parts among many narrow
 * ones can give a sum whose fitted skew is too small for its tail.
 */
export class PartsFloor {
  readonly #pair: ExponentialPairQuantile;
  /** ln(1 / (1 − q)): an atomExp's quantile is at most this over its rate. */
  readonly #tailLog: number;

  constructor(q: number) {
    this.#pair = new ExponentialPairQuantile(q);
    this.#tailLog = -Math.log1p(-q);
  }

  /** `estimateMs`, or the least the quantile can be where that is higher. */
  atLeast(estimateMs: number, floorMs: number, parts: RandomParts, components: readonly Component[]): number {
    const q = this.#pair.q;
    let tailMs = 0;
    // The closed-form ceilings skip the logarithms and the inversion where they cannot matter.
    if (floorMs + parts.widestWaitMs * this.#tailLog > estimateMs) {
      for (let i = 0; i < components.length; i++) {
        const c = components[i];
        if (c.kind === 'atomExp') tailMs = Math.max(tailMs, componentQuantile(c, q)!);
      }
    }
    const { largestMs, secondMs } = parts;
    if (largestMs > 0 && this.#pair.canExceed(largestMs, secondMs, Math.max(tailMs, estimateMs - floorMs))) {
      tailMs = Math.max(tailMs, this.#pair.quantile(largestMs, secondMs));
    }
    return Math.max(estimateMs, floorMs + tailMs);
  }
}
