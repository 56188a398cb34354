import { inverseGammaP } from './gammaInverse';
import type { GammaQuantileTable } from './gammaQuantileTable';

/**
 * The random parts of a request's latency, each with closed-form moments, an
 * exact quantile where one exists, and an exact sampler for the Monte-Carlo
 * check. Times are in ms.
 */
export type Component =
  /** Fixed minimum plus an exponential part: radio scheduling and access jitter. */
  | { readonly kind: 'shiftedExp'; readonly minMs: number; readonly expMeanMs: number }
  /** Waits with probability p, then for Exp(rate): M/M/1 and M/M/c waiting times. */
  | { readonly kind: 'atomExp'; readonly p: number; readonly ratePerMs: number }
  /**
   * M/G/1 waiting time for a mix of message sizes (Pollaczek–Khinchine): a
   * geometric number of residual service times. The moments are what the
   * closed forms need; the Monte-Carlo sampler gathers the size mix itself.
   */
  | { readonly kind: 'mg1'; readonly rho: number; readonly moments: readonly [number, number, number] };

/** The first three cumulants of a distribution; they add for independent sums. */
export interface Cumulants {
  k1: number;
  k2: number;
  k3: number;
}

export function cumulantsFromMoments(m1: number, m2: number, m3: number): Cumulants {
  return { k1: m1, k2: Math.max(0, m2 - m1 * m1), k3: m3 - 3 * m1 * m2 + 2 * m1 * m1 * m1 };
}

export function componentCumulants(c: Component): Cumulants {
  switch (c.kind) {
    case 'shiftedExp': {
      const m = c.expMeanMs;
      return { k1: c.minMs + m, k2: m * m, k3: 2 * m * m * m };
    }
    case 'atomExp': {
      const r = c.ratePerMs;
      return cumulantsFromMoments(c.p / r, (2 * c.p) / (r * r), (6 * c.p) / (r * r * r));
    }
    case 'mg1':
      return cumulantsFromMoments(c.moments[0], c.moments[1], c.moments[2]);
  }
}

/**
 * Adds a component's cumulants to `into` without allocating: the tail of
 * every workload is summed this way, so it runs tens of thousands of times.
 */
export function addCumulants(c: Component, into: Cumulants): void {
  let m1: number;
  let m2: number;
  let m3: number;
  switch (c.kind) {
    case 'shiftedExp': {
      const m = c.expMeanMs;
      into.k1 += c.minMs + m;
      into.k2 += m * m;
      into.k3 += 2 * m * m * m;
      return;
    }
    case 'atomExp': {
      const r = c.ratePerMs;
      m1 = c.p / r;
      m2 = (2 * c.p) / (r * r);
      m3 = (6 * c.p) / (r * r * r);
      break;
    }
    case 'mg1':
      m1 = c.moments[0];
      m2 = c.moments[1];
      m3 = c.moments[2];
      break;
  }
  into.k1 += m1;
  into.k2 += Math.max(0, m2 - m1 * m1);
  into.k3 += m3 - 3 * m1 * m2 + 2 * m1 * m1 * m1;
}

/** Exact quantile of one component, where a closed form exists. */
export function componentQuantile(c: Component, q: number): number | null {
  switch (c.kind) {
    case 'shiftedExp':
      return c.minMs + c.expMeanMs * Math.log(1 / (1 - q));
    case 'atomExp':
      return q <= 1 - c.p ? 0 : Math.log(c.p / (1 - q)) / c.ratePerMs;
    case 'mg1':
      // Exact only for one class of fixed size, and even then not in closed form.
      return null;
  }
}

// Acklam's rational approximation to the standard normal quantile.
const ACKLAM_A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const ACKLAM_B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const ACKLAM_C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/** Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = ACKLAM_A;
  const b = ACKLAM_B;
  const c = ACKLAM_C;
  const d = ACKLAM_D;
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/**
 * Quantile of a sum from its cumulants by a shifted gamma with the same mean,
 * variance and skewness (a three-moment fit); a normal when there is no skew.
 * Never below `floorMs`, the sum's smallest possible value. A table for q,
 * when given, stands in for the inversion.
 */
export function shiftedGammaQuantile(k: Cumulants, q: number, floorMs: number, table: GammaQuantileTable | null = null): number {
  const { k1, k2, k3 } = k;
  if (k2 <= 1e-18) return Math.max(floorMs, k1);
  const sd = Math.sqrt(k2);
  if (k3 <= 1e-12 * sd * k2) return Math.max(floorMs, k1 + sd * normalQuantile(q));
  const shape = (4 * k2 * k2 * k2) / (k3 * k3);
  const scale = k3 / (2 * k2);
  const shift = k1 - shape * scale;
  return Math.max(floorMs, shift + scale * (table !== null && table.p === q ? table.quantile(shape) : inverseGammaP(shape, q)));
}
