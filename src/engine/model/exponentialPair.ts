/**
 * Quantile q of X + Y for independent exponentials with means a ≥ b ≥ 0 (a
 * hypoexponential; an Erlang-2 when the means are equal), for one fixed q.
 *
 * In u = t / a, the survival is S(u) = e^(−u) (1 + u φ(δ)), with
 * φ(δ) = (1 − e^(−δ)) / δ and δ = u (a − b) / b: the textbook
 * (a e^(−t/a) − b e^(−t/b)) / (a − b) (Ross, Introduction to Probability
 * Models, §5.2.4) rewritten so that it stays accurate as b → a.
 */
export class ExponentialPairQuantile {
  readonly q: number;
  /** ln(1 / (1 − q)): the quantile of a unit exponential. */
  readonly #tailLog: number;
  /** The quantile of two unit exponentials' sum. */
  readonly #erlangTwo: number;

  constructor(q: number) {
    this.q = q;
    this.#tailLog = -Math.log1p(-q);
    this.#erlangTwo = this.quantile(1, 1);
  }

  /**
   * The quantile to a few ulps. h(u) = ln S(u) − ln(1 − q) is decreasing and
   * concave (a sum of log-concave variables is log-concave), so Newton from
   * u = ln(1 / (1 − q)), where h ≥ 0, steps past the root once and then
   * falls to it monotonically: at most eight evaluations for q from 0.5 to
   * 0.999 and any b / a.
   */
  quantile(largerMs: number, smallerMs: number): number {
    const a = largerMs;
    const b = smallerMs;
    const tailLog = this.#tailLog;
    if (!(a > 0)) return 0;
    if (!(b > 0)) return a * tailLog;
    const c = (a - b) / b;
    let u = tailLog;
    for (let i = 0; i < 60; i++) {
      const delta = c * u;
      const phi = delta === 0 ? 1 : -Math.expm1(-delta) / delta;
      const h = Math.log1p(u * phi) - u + tailLog;
      // d/du of u φ(δ) is e^(−δ).
      const slope = Math.exp(-delta) / (1 + u * phi) - 1;
      const next = u - h / slope;
      // Past the first step the iterates only fall: one that does not has reached rounding.
      if (i > 0 && !(next < u)) break;
      u = next;
    }
    return a * u;
  }

  /**
   * Whether the quantile can be above `ms`, by two upper bounds that need no
   * inversion: the smaller part is stochastically at most the larger, so the
   * sum's quantile is at most two of the larger's, an Erlang-2; and with
   * r = b / a < 1, u φ(δ) = (1 − e^(−δ)) b / (a − b) ≤ r / (1 − r), so
   * S(u) ≤ e^(−u) / (1 − r) and u_q ≤ ln(1 / (1 − q)) − ln(1 − r).
   */
  canExceed(largerMs: number, smallerMs: number, ms: number): boolean {
    if (!(largerMs * this.#erlangTwo > ms)) return false;
    const r = smallerMs / largerMs;
    return !(r < 1 && largerMs * (this.#tailLog - Math.log1p(-r)) <= ms);
  }
}
