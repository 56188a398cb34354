import quantile from '@stdlib/stats-base-dists-gamma-quantile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inverseGammaP } from '../../../../src/engine/model/gammaInverse';
import { gammaQuantileTable, GammaQuantileTable } from '../../../../src/engine/model/gammaQuantileTable';
import { shiftedGammaQuantile } from '../../../../src/engine/model/distribution';
import { expectClose } from '../../helpers/approx';

describe('GammaQuantileTable(p).quantile(shape)', () => {
  for (const p of [0.5, 0.95, 0.99]) {
    it(`agrees with the Halley inversion to 1e-8 (relative) at p = ${p} for shapes 0.01 to 1e7, on and off the grid`, () => {
      const table = gammaQuantileTable(p);
      fc.assert(
        fc.property(fc.double({ min: Math.log(0.01), max: Math.log(1e7), noNaN: true }), (logShape) => {
          const shape = Math.exp(logShape);
          expectClose(table.quantile(shape), inverseGammaP(shape, p), 1e-8);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('matches @stdlib at worked shapes: exponential (shape 1) median ln 2, and shape 2.5 at p = 0.95', () => {
    expectClose(new GammaQuantileTable(0.5).quantile(1), Math.LN2, 1e-9);
    expectClose(gammaQuantileTable(0.95).quantile(2.5), quantile(0.95, 2.5, 1), 1e-8);
  });

  it('is what shiftedGammaQuantile uses for its own p only: another p is inverted exactly', () => {
    const k = { k1: 10, k2: 4, k3: 6 };
    const table = gammaQuantileTable(0.95);
    expectClose(shiftedGammaQuantile(k, 0.95, 0, table), shiftedGammaQuantile(k, 0.95, 0), 1e-9);
    expect(shiftedGammaQuantile(k, 0.9, 0, table)).toBe(shiftedGammaQuantile(k, 0.9, 0));
  });
});
