import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarise, type ComposedLatency } from '../../../../src/engine/evaluate/latency';
import { addToSpread, PartsFloor, type RandomParts } from '../../../../src/engine/evaluate/partsFloor';
import type { Component } from '../../../../src/engine/model/distribution';
import { expectClose } from '../../helpers/approx';

/*
 * PartsFloor: the least a request's quantile can be, from its floor, its two
 * widest access parts and its single waits. Checked against seeded samples of
 * the sum itself: b is at most the q-quantile exactly when P(sum < b) ≤ q
 * (strictly below: a sum of waits alone has an atom at its floor), so the
 * share of samples below the bound must not exceed q by more than five
 * standard errors.
 */

const QS = [0.5, 0.95, 0.99];
const SAMPLES = 50_000;
const CONSTANT_MS = 10;

/** A small seeded generator (mulberry32), so the samples are the same every run. */
function generator(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(components: readonly Component[], random: () => number): number {
  let ms = CONSTANT_MS;
  for (const c of components) {
    if (c.kind === 'shiftedExp') ms += c.minMs - c.expMeanMs * Math.log(1 - random());
    else if (c.kind === 'atomExp') ms += random() < c.p ? -Math.log(1 - random()) / c.ratePerMs : 0;
  }
  return ms;
}

function composed(components: Component[]): ComposedLatency {
  return {
    status: 'ok',
    problem: null,
    breakdown: { accessMs: 0, propagationMs: 0, serialisationMs: 0, queueingMs: 0, computeMs: 0, computeQueueingMs: 0, returnMs: 0 },
    segments: [],
    constantMs: CONSTANT_MS,
    components,
    componentSlots: components.map(() => -1),
  };
}

/** The bound alone (no estimate to beat), as summarise gathers its inputs. */
function bound(components: readonly Component[], q: number): number {
  let floorMs = CONSTANT_MS;
  const parts: RandomParts = { largestMs: 0, secondMs: 0, widestWaitMs: 0 };
  for (const c of components) {
    if (c.kind === 'shiftedExp') {
      floorMs += c.minMs;
      addToSpread(parts, c.expMeanMs);
    } else if (c.kind === 'atomExp') parts.widestWaitMs = Math.max(parts.widestWaitMs, 1 / c.ratePerMs);
  }
  return new PartsFloor(q).atLeast(-Infinity, floorMs, parts, components);
}

const logUniform = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((x) => 10 ** x);
const accessArb = fc
  .record({ minMs: logUniform(-2, 1), expMeanMs: logUniform(-2, 1) })
  .map((c): Component => ({ kind: 'shiftedExp', ...c }));
const waitArb = fc
  .record({ p: fc.double({ min: 0, max: 0.99, noNaN: true }), meanMs: logUniform(-2, 2) })
  .map(({ p, meanMs }): Component => ({ kind: 'atomExp', p, ratePerMs: 1 / meanMs }));
const requestArb = fc
  .tuple(fc.array(accessArb, { minLength: 0, maxLength: 6 }), fc.array(waitArb, { maxLength: 4 }))
  .map(([access, waits]) => [...access, ...waits]);

describe('PartsFloor(q).atLeast', () => {
  it('is at most the true quantile: no more than q of 50,000 samples fall below it (+5 standard errors)', () => {
    let seed = 1;
    fc.assert(
      fc.property(requestArb, (components) => {
        const random = generator(seed++);
        const samples = Float64Array.from({ length: SAMPLES }, () => draw(components, random));
        for (const q of QS) {
          const b = bound(components, q);
          const below = samples.reduce((n, x) => n + (x < b ? 1 : 0), 0) / SAMPLES;
          expect(below, `q = ${q}, bound ${b}`).toBeLessThanOrEqual(q + 5 * Math.sqrt((q * (1 - q)) / SAMPLES));
        }
      }),
      { numRuns: 40, seed: 20_261_201 },
    );
  });

  it('is the exact quantile of two access parts alone (within 5 standard errors of 50,000 samples)', () => {
    const components: Component[] = [
      { kind: 'shiftedExp', minMs: 7, expMeanMs: 3 },
      { kind: 'shiftedExp', minMs: 0.5, expMeanMs: 1.2 },
    ];
    const random = generator(7);
    const samples = Float64Array.from({ length: SAMPLES }, () => draw(components, random));
    for (const q of QS) {
      const below = samples.reduce((n, x) => n + (x <= bound(components, q) ? 1 : 0), 0) / SAMPLES;
      expect(Math.abs(below - q)).toBeLessThanOrEqual(5 * Math.sqrt((q * (1 - q)) / SAMPLES));
    }
  });

  it('returns the estimate where that is higher', () => {
    const components: Component[] = [{ kind: 'shiftedExp', minMs: 1, expMeanMs: 1 }];
    expect(new PartsFloor(0.95).atLeast(1000, 11, { largestMs: 1, secondMs: 0, widestWaitMs: 0 }, components)).toBe(1000);
  });
});

describe('summarise', () => {
  it('never reports p50, p95 or p99 below PartsFloor', () => {
    fc.assert(
      fc.property(requestArb, (components) => {
        const s = summarise(composed(components));
        expect(s.p50Ms).toBeGreaterThanOrEqual(bound(components, 0.5));
        expect(s.p95Ms).toBeGreaterThanOrEqual(bound(components, 0.95));
        expect(s.p99Ms).toBeGreaterThanOrEqual(bound(components, 0.99));
      }),
      { numRuns: 500, seed: 20_261_202 },
    );
  });

  /*
   * A 100 ms wait met by 8 % of requests, behind two narrow access parts. The
   * three-moment fit put p99 at 206 ms, below the wait's own p99 plus the
   * floor (219.9 ms): 7 % under 400,000 samples' 221.3 ms. The p99 standard
   * error there is about 0.7 %, hence 2 %.
   */
  it('lifts a fitted p99 that falls below one wait’s own p99 plus the floor, to within 2 % of 400,000 samples', () => {
    const components: Component[] = [
      { kind: 'shiftedExp', minMs: 1, expMeanMs: 0.5 },
      { kind: 'shiftedExp', minMs: 1, expMeanMs: 0.5 },
      { kind: 'atomExp', p: 0.08, ratePerMs: 1 / 100 },
    ];
    const s = summarise(composed(components));
    const random = generator(12_345);
    const samples = Float64Array.from({ length: 400_000 }, () => draw(components, random)).sort();
    expectClose(s.p99Ms, samples[Math.floor(0.99 * samples.length)], 0.02);
    expect(s.p99Ms).toBeCloseTo(12 + Math.log(0.08 / 0.01) * 100, 9);
  });
});
