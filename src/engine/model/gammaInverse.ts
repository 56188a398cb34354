/**
 * The regularised lower incomplete gamma function P(a, x) and its inverse,
 * after Numerical Recipes (3rd ed., §6.2: gammp by series or continued
 * fraction; §6.2.1 invgammp by Halley's method). Used for the quantiles of a
 * gamma distribution, which the engine fits to composed latency cumulants.
 * Checked against @stdlib's gamma quantile in the tests.
 */

const EPS = 1e-13;
const FPMIN = 1e-300;

/** ln Γ(x) by the Lanczos approximation (g = 7, n = 9), accurate to ~15 digits for x > 0. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  const c = LANCZOS;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function seriesP(a: number, x: number, gln: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 0; n < 100000; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - gln);
}

function continuedFractionQ(a: number, x: number, gln: number): number {
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - gln) * h;
}

/** P(a, x) = γ(a, x) / Γ(a), the CDF of a unit-scale gamma distribution with shape a. */
export function gammaP(a: number, x: number, gln: number = logGamma(a)): number {
  if (x <= 0) return 0;
  return x < a + 1 ? seriesP(a, x, gln) : 1 - continuedFractionQ(a, x, gln);
}

/** The x with P(a, x) = p: the p-quantile of a unit-scale gamma distribution with shape a. */
export function inverseGammaP(a: number, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return Infinity;
  const a1 = a - 1;
  const gln = logGamma(a);
  let x: number;
  let lna1 = 0;
  let afac = 0;
  if (a > 1) {
    lna1 = Math.log(a1);
    afac = Math.exp(a1 * (lna1 - 1) - gln);
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    x = Math.max(1e-3, a * Math.pow(1 - 1 / (9 * a) - z / (3 * Math.sqrt(a)), 3));
  } else {
    const t = 1 - a * (0.253 + a * 0.12);
    x = p < t ? Math.pow(p / t, 1 / a) : 1 - Math.log(1 - (p - t) / (1 - t));
  }
  for (let j = 0; j < 100; j++) {
    if (x <= 0) return 0;
    const err = gammaP(a, x, gln) - p;
    const t = a > 1 ? afac * Math.exp(-(x - a1) + a1 * (Math.log(x) - lna1)) : Math.exp(-x + a1 * Math.log(x) - gln);
    const u = err / t;
    const step = u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - 1)));
    x -= step;
    if (x <= 0) x = 0.5 * (x + step);
    // Halley converges cubically: a step this small leaves an error far below it.
    if (Math.abs(step) < 1e-7 * x) break;
  }
  return x;
}
