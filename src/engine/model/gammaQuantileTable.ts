import { inverseGammaP } from './gammaInverse';

// ln(shape) from −2.5 to 14 (shape 0.08 to 1.2 million) in steps of 1/128. The
// percentiles every workload reports are read from a table over this grid: a
// Halley inversion per percentile per workload dominated large evaluations.
const LOG_SHAPE_MIN = -2.5;
const LOG_SHAPE_MAX = 14;
const STEPS_PER_UNIT = 128;
const NODES = (LOG_SHAPE_MAX - LOG_SHAPE_MIN) * STEPS_PER_UNIT + 1;

/**
 * The p-quantile of a unit-scale gamma distribution for one fixed p, by
 * four-point Lagrange interpolation of ln x_p over ln(shape) between exact
 * inversions (inverseGammaP) on a fine grid. ln x_p is smooth in ln(shape),
 * so the interpolation agrees with the inversion to about 1e-9 relative
 * (the tests hold it to 1e-8). Shapes off the grid are inverted directly.
 */
export class GammaQuantileTable {
  readonly p: number;
  readonly #logQuantile = new Float64Array(NODES);

  constructor(p: number) {
    this.p = p;
    for (let i = 0; i < NODES; i++) {
      this.#logQuantile[i] = Math.log(inverseGammaP(Math.exp(LOG_SHAPE_MIN + i / STEPS_PER_UNIT), p));
    }
  }

  quantile(shape: number): number {
    const at = (Math.log(shape) - LOG_SHAPE_MIN) * STEPS_PER_UNIT;
    const i = Math.floor(at);
    if (!(i >= 1 && i <= NODES - 3)) return inverseGammaP(shape, this.p);
    // Lagrange weights for nodes i − 1 … i + 2 at offset f from node i.
    const f = at - i;
    const y = this.#logQuantile;
    const w0 = (-f * (f - 1) * (f - 2)) / 6;
    const w1 = ((f + 1) * (f - 1) * (f - 2)) / 2;
    const w2 = (-(f + 1) * f * (f - 2)) / 2;
    const w3 = ((f + 1) * f * (f - 1)) / 6;
    return Math.exp(w0 * y[i - 1] + w1 * y[i] + w2 * y[i + 1] + w3 * y[i + 2]);
  }
}

const tables = new Map<number, GammaQuantileTable>();

/** The table for p, built on first use (about two thousand inversions, a few ms) and kept. */
export function gammaQuantileTable(p: number): GammaQuantileTable {
  let table = tables.get(p);
  if (table === undefined) {
    table = new GammaQuantileTable(p);
    tables.set(p, table);
  }
  return table;
}
