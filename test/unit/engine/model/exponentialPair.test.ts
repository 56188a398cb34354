import quantile from '@stdlib/stats-base-dists-gamma-quantile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExponentialPairQuantile } from '../../../../src/engine/model/exponentialPair';
import { expectClose } from '../../helpers/approx';

const QS = [0.5, 0.95, 0.99];

/** P(X + Y ≤ t) for exponentials with means a > b, by the textbook form (accurate while b / a is not near 1). */
function textbookCdf(a: number, b: number, t: number): number {
  return 1 - (a * Math.exp(-t / a) - b * Math.exp(-t / b)) / (a - b);
}

const meanArb = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

describe('ExponentialPairQuantile(q).quantile(a, b)', () => {
  for (const q of QS) {
    const pair = new ExponentialPairQuantile(q);

    it(`is an Erlang-2 quantile (@stdlib gamma, shape 2) to 1e-13 relative when a = b, at q = ${q}`, () => {
      for (const a of [1e-3, 0.05, 1, 3, 250]) expectClose(pair.quantile(a, a), a * quantile(q, 2, 1), 1e-13);
    });

    it(`is the larger exponential's own quantile a ln(1 / (1 − q)) when b = 0, at q = ${q}`, () => {
      expect(pair.quantile(3, 0)).toBe(-3 * Math.log1p(-q));
      expect(pair.quantile(0, 0)).toBe(0);
    });

    it(`puts the textbook CDF at q to 1e-12 for b / a from 1e-6 to 0.9, at q = ${q}`, () => {
      fc.assert(
        fc.property(meanArb, fc.double({ min: 1e-6, max: 0.9, noNaN: true }), (a, r) => {
          const t = pair.quantile(a, a * r);
          expect(Math.abs(textbookCdf(a, a * r, t) - q)).toBeLessThan(1e-12);
        }),
        { numRuns: 500 },
      );
    });

    // The optimiser's bound uses means at most the final request's: the figure must not fall as either grows.
    it(`never falls (to 1e-14 relative) as either mean grows, through b → a, at q = ${q}`, () => {
      fc.assert(
        fc.property(meanArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1e-3, noNaN: true }), (a, r, step) => {
          const b = a * r;
          const base = pair.quantile(a, b);
          const widerB = Math.min(a, b * (1 + step) + 1e-300);
          expect(pair.quantile(a, widerB)).toBeGreaterThanOrEqual(base * (1 - 1e-14));
          expect(pair.quantile(a * (1 + step), b)).toBeGreaterThanOrEqual(base * (1 - 1e-14));
        }),
        { numRuns: 1000 },
      );
    });

    it(`has canExceed false only where the quantile is at most the figure, at q = ${q}`, () => {
      fc.assert(
        fc.property(meanArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 2, noNaN: true }), (a, r, scale) => {
          const exact = pair.quantile(a, a * r);
          const ms = exact * scale;
          if (!pair.canExceed(a, a * r, ms)) expect(exact).toBeLessThanOrEqual(ms);
          // Just below the quantile, it must always say it can.
          expect(pair.canExceed(a, a * r, exact * (1 - 1e-9))).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });
  }
});
