import quantile from '@stdlib/stats-base-dists-gamma-quantile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  componentCumulants,
  componentQuantile,
  normalQuantile,
  shiftedGammaQuantile,
  type Component,
} from '../../../../src/engine/model/distribution';
import { gammaP, inverseGammaP } from '../../../../src/engine/model/gammaInverse';
import { erlangC, mg1WaitMoments, mm1WaitMean, mmcWaitMean, mmcWaitShape } from '../../../../src/engine/model/queueing';
import { expectClose } from '../../helpers/approx';

/*
 * Worked closed-form values for the queueing model, each computed by hand
 * from the textbook formula it names (Kleinrock, Queueing Systems I, 1975;
 * Takács' recursion for the M/G/1 waiting-time moments). Times are in units
 * of the service time unless a test says otherwise.
 */

/** Σ λ_j s_j^n for n = 1..4 over classes of (arrivals per unit time, fixed service time). */
function rawMoments(classes: readonly { rate: number; service: number }[]): [number, number, number, number] {
  const sum = (n: number) => classes.reduce((t, c) => t + c.rate * c.service ** n, 0);
  return [sum(1), sum(2), sum(3), sum(4)];
}

describe('M/M/1: mm1WaitMean(ρ, S) = ρ/(1−ρ)·S', () => {
  it('waits one service time at ρ = 0.5 (S = 2 → 2)', () => {
    expectClose(mm1WaitMean(0.5, 2), 2, 1e-12);
  });

  it('waits nine service times at ρ = 0.9 (S = 2 → 18)', () => {
    expectClose(mm1WaitMean(0.9, 2), 18, 1e-12);
  });
});

describe('M/D/1: mg1WaitMoments with one class of fixed size', () => {
  // One class, λ = ρ/S: E[W] = λS²/(2(1−ρ)) = ρS/(2(1−ρ)), half the M/M/1 wait.
  it.each([
    [0.2, 5],
    [0.5, 2],
    [0.9, 10],
  ])('gives ρS/(2(1−ρ)) at ρ = %s, S = %s', (rho, service) => {
    const lambda = rho / service;
    const [w1] = mg1WaitMoments(lambda, rawMoments([{ rate: lambda, service }]));
    expectClose(w1, (rho * service) / (2 * (1 - rho)), 1e-12);
    expectClose(w1, mm1WaitMean(rho, service) / 2, 1e-12);
  });

  it('gives E[W²] = 2E[W]² + λE[S³]/(3(1−ρ)) = 5/6 at ρ = 0.5, S = 1', () => {
    // E[W] = λE[S²]/(2(1−ρ)) = 0.5/1 = 0.5; E[W²] = 2·0.25 + 0.5/(3·0.5) = 1/2 + 1/3.
    const [w1, w2] = mg1WaitMoments(0.5, rawMoments([{ rate: 0.5, service: 1 }]));
    expectClose(w1, 0.5, 1e-12);
    expectClose(w2, 5 / 6, 1e-12);
  });

  it('does not wait with no arrivals', () => {
    expect(mg1WaitMoments(0, [0, 0, 0, 0])).toEqual([0, 0, 0]);
  });
});

describe('M/G/1: Pollaczek–Khinchine E[W] = λE[S²]/(2(1−ρ)) for a two-class mix', () => {
  it('gives 5/6 for 0.2/ms of 1 ms messages mixed with 0.05/ms of 4 ms messages', () => {
    // λ = 0.25/ms; ρ = 0.2·1 + 0.05·4 = 0.4; λE[S²] = 0.2·1² + 0.05·4² = 1.0 ms;
    // E[W] = 1.0 / (2 · 0.6) = 0.8333 ms.
    const [w1] = mg1WaitMoments(
      0.25,
      rawMoments([
        { rate: 0.2, service: 1 },
        { rate: 0.05, service: 4 },
      ]),
    );
    expectClose(w1, 1 / 1.2, 1e-12);
  });

  it('waits longer than M/D/1 at the same load and mean size: size variance costs time', () => {
    // Same ρ = 0.4 and λ = 0.25, all messages 1.6 ms: E[W] = 0.4·1.6/(2·0.6) = 0.5333 < 0.8333.
    const [mixed] = mg1WaitMoments(
      0.25,
      rawMoments([
        { rate: 0.2, service: 1 },
        { rate: 0.05, service: 4 },
      ]),
    );
    const [fixed] = mg1WaitMoments(0.25, rawMoments([{ rate: 0.25, service: 1.6 }]));
    expectClose(fixed, (0.4 * 1.6) / 1.2, 1e-12);
    expect(mixed).toBeGreaterThan(fixed);
  });
});

describe('mg1WaitMoments with exponential service moments reproduces M/M/1', () => {
  // Exponential service at rate μ: E[S^n] = n!/μ^n, so λE[S^n] = λ·n!/μ^n. The
  // M/M/1 wait is 0 w.p. 1−ρ and Exp(μ−λ) w.p. ρ: E[W^k] = k!·ρ/(μ−λ)^k.
  it.each([
    [0.1, 1],
    [0.5, 1],
    [0.9, 1],
    [3, 4],
    [0.02, 0.025],
  ])('gives E[W] = ρ/(μ−λ), E[W²] = 2ρ/(μ−λ)², E[W³] = 6ρ/(μ−λ)³ at λ = %s, μ = %s (1e-9 relative)', (lambda, mu) => {
    const rho = lambda / mu;
    const raw: [number, number, number, number] = [lambda / mu, (2 * lambda) / mu ** 2, (6 * lambda) / mu ** 3, (24 * lambda) / mu ** 4];
    const [w1, w2, w3] = mg1WaitMoments(lambda, raw);
    const gap = mu - lambda;
    expectClose(w1, rho / gap, 1e-9);
    expectClose(w2, (2 * rho) / gap ** 2, 1e-9);
    expectClose(w3, (6 * rho) / gap ** 3, 1e-9);
    expectClose(w1, mm1WaitMean(rho, 1 / mu), 1e-9);
  });
});

describe('M/M/c: Erlang C and mmcWaitShape', () => {
  it('erlangC(2, 1) = 1/3: B(2, 1) = 1/5, C = B/(1 − ρ(1 − B)) = 0.2/0.6', () => {
    expectClose(erlangC(2, 1), 1 / 3, 1e-12);
  });

  it('erlangC(10, 8) ≈ 0.4092 (standard Erlang C table, 4 digits)', () => {
    expectClose(erlangC(10, 8), 0.4092, 5e-4);
  });

  it('erlangC(1, ρ) = ρ: one server makes every arrival that finds it busy wait', () => {
    for (const rho of [0.05, 0.3, 0.7, 0.99]) expectClose(erlangC(1, rho), rho, 1e-12);
  });

  it('mmcWaitShape(c, ρ, S) waits with probability C(c, cρ) for Exp(c(1−ρ)/S): c = 2, ρ = 0.5, S = 10 → p = 1/3, rate 0.1', () => {
    const shape = mmcWaitShape(2, 0.5, 10);
    expectClose(shape.p, 1 / 3, 1e-12);
    expectClose(shape.rate, 0.1, 1e-12);
  });

  it('mmcWaitShape has mean p/rate = mmcWaitMean, and for c = 1 is M/M/1 (p = ρ, rate (1−ρ)/S)', () => {
    for (const [c, rho, s] of [
      [1, 0.6, 3],
      [4, 0.8, 2],
      [10, 0.8, 5],
      [64, 0.95, 1],
    ]) {
      const shape = mmcWaitShape(c, rho, s);
      expectClose(shape.p / shape.rate, mmcWaitMean(c, rho, s), 1e-12);
    }
    const one = mmcWaitShape(1, 0.6, 3);
    expectClose(one.p, 0.6, 1e-12);
    expectClose(one.rate, 0.4 / 3, 1e-12);
  });
});

describe('inverseGammaP(a, p): the p-quantile of a unit-scale gamma distribution', () => {
  const shapes = [0.05, 0.1, 0.25, 0.5, 0.9, 1, 1.5, 2, 3.7, 5, 10, 25, 50, 100];
  const ps = [0.01, 0.5, 0.9, 0.95, 0.99, 0.999];

  it.each(shapes)('matches @stdlib gamma quantile(p, %s, 1) within 1e-7 relative for p in {0.01 … 0.999}', (a) => {
    for (const p of ps) expectClose(inverseGammaP(a, p), quantile(p, a, 1), 1e-7);
  });

  it('is the exponential quantile −ln(1−p) at a = 1', () => {
    for (const p of ps) expectClose(inverseGammaP(1, p), -Math.log(1 - p), 1e-10);
  });

  // @stdlib's own quantile loses accuracy for shapes above a few hundred, so
  // large shapes are checked by the round trip through the CDF instead.
  it('round-trips through gammaP to 1e-10 (absolute in p) for a ∈ [0.01, 5000], p ∈ [0.001, 0.999]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 5000, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (a, p) => {
        const x = inverseGammaP(a, p);
        expect(Math.abs(gammaP(a, x) - p), `a = ${a}, p = ${p}, x = ${x}`).toBeLessThanOrEqual(1e-10);
      }),
      { numRuns: 500, seed: 20_260_302 },
    );
  });

  it('is 0 at p = 0 and Infinity at p = 1', () => {
    expect(inverseGammaP(2, 0)).toBe(0);
    expect(inverseGammaP(2, 1)).toBe(Infinity);
  });
});

describe('componentQuantile(component, q): exact quantiles of one random part', () => {
  it('shiftedExp: min + mean·ln(1/(1−q)); 2 + 3·ln 20 at q = 0.95', () => {
    const c: Component = { kind: 'shiftedExp', minMs: 2, expMeanMs: 3 };
    expectClose(componentQuantile(c, 0.95)!, 2 + 3 * Math.log(20), 1e-12);
    expectClose(componentQuantile(c, 0.5)!, 2 + 3 * Math.LN2, 1e-12);
  });

  it('atomExp: ln(p/(1−q))/rate above the atom; 10·ln 10 for p = 0.5, rate 0.1, q = 0.95', () => {
    const c: Component = { kind: 'atomExp', p: 0.5, ratePerMs: 0.1 };
    expectClose(componentQuantile(c, 0.95)!, 10 * Math.log(10), 1e-12);
    expectClose(componentQuantile(c, 0.99)!, 10 * Math.log(50), 1e-12);
  });

  it('atomExp: 0 at or inside the atom at zero (q ≤ 1 − p)', () => {
    const c: Component = { kind: 'atomExp', p: 0.5, ratePerMs: 0.1 };
    expect(componentQuantile(c, 0.5)).toBe(0);
    expect(componentQuantile(c, 0.3)).toBe(0);
  });

  it('mg1: no closed form, so null', () => {
    const c: Component = { kind: 'mg1', rho: 0.5, moments: [1, 3, 10] };
    expect(componentQuantile(c, 0.95)).toBeNull();
  });
});

describe('shiftedGammaQuantile(cumulants, q, floor)', () => {
  it.each([0.5, 3, 40])('reproduces an exponential of mean %s exactly from k1 = m, k2 = m², k3 = 2m³ (shape 1, no shift)', (m) => {
    const k = { k1: m, k2: m * m, k3: 2 * m ** 3 };
    for (const q of [0.01, 0.5, 0.9, 0.95, 0.99, 0.999]) expectClose(shiftedGammaQuantile(k, q, 0), -m * Math.log(1 - q), 1e-9);
  });

  it("agrees with componentCumulants of a shiftedExp: its fit is the component's own exact quantile", () => {
    const c: Component = { kind: 'shiftedExp', minMs: 4, expMeanMs: 2.5 };
    for (const q of [0.5, 0.95, 0.99]) expectClose(shiftedGammaQuantile(componentCumulants(c), q, 4), componentQuantile(c, q)!, 1e-9);
  });

  it('is a normal quantile k1 + σ·z_q when k3 = 0: 10 + 2 × 1.6448536 at q = 0.95', () => {
    const k = { k1: 10, k2: 4, k3: 0 };
    expectClose(shiftedGammaQuantile(k, 0.95, 0), 10 + 2 * 1.6448536269514722, 1e-9);
    expectClose(shiftedGammaQuantile(k, 0.5, 0), 10, 1e-9);
    expectClose(shiftedGammaQuantile(k, 0.01, 0), 10 - 2 * 2.3263478740408408, 1e-9);
    expectClose(normalQuantile(0.975), 1.959963984540054, 1e-9);
  });

  it('never returns less than the floor, the smallest value the sum can take', () => {
    expect(shiftedGammaQuantile({ k1: 10, k2: 4, k3: 0 }, 0.01, 9)).toBe(9);
    expect(shiftedGammaQuantile({ k1: 5, k2: 0, k3: 0 }, 0.99, 0)).toBe(5);
  });
});
