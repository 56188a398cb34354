/**
 * Queueing formulas. Times are in the unit of the service time given.
 * ρ (rho) is utilisation; callers treat ρ ≥ 1 as saturated before calling.
 */

/** M/M/1 mean waiting time in queue: Wq = ρ/(1−ρ) · S (Kleinrock, Queueing Systems I, 1975). */
export function mm1WaitMean(rho: number, serviceTime: number): number {
  if (rho <= 0) return 0;
  return (rho / (1 - rho)) * serviceTime;
}

/**
 * Quantile q of the M/M/1 waiting time. P(Wq > t) = ρ·e^(−(1−ρ)t/S), so the
 * quantile is 0 when ρ ≤ 1−q (most requests do not wait at all).
 */
export function mm1WaitQuantile(rho: number, serviceTime: number, q: number): number {
  const tail = 1 - q;
  if (rho <= tail) return 0;
  return (Math.log(rho / tail) * serviceTime) / (1 - rho);
}

/**
 * Erlang C: probability that an arrival waits in an M/M/c queue with offered
 * load a = λ·S (erlangs) on c servers. Computed with the stable Erlang B
 * recursion B(k) = a·B(k−1) / (k + a·B(k−1)), then C = B / (1 − ρ(1 − B)).
 */
export function erlangC(servers: number, offeredLoad: number): number {
  if (offeredLoad <= 0) return 0;
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  const rho = offeredLoad / servers;
  return b / (1 - rho * (1 - b));
}

/** M/M/c mean waiting time: Wq = C(c, a) · S / (c(1−ρ)). */
export function mmcWaitMean(servers: number, rho: number, serviceTime: number): number {
  if (rho <= 0) return 0;
  const c = erlangC(servers, rho * servers);
  return (c * serviceTime) / (servers * (1 - rho));
}

/** Quantile q of the M/M/c waiting time: P(Wq > t) = C · e^(−c(1−ρ)t/S). */
export function mmcWaitQuantile(servers: number, rho: number, serviceTime: number, q: number): number {
  if (rho <= 0) return 0;
  const c = erlangC(servers, rho * servers);
  const tail = 1 - q;
  if (c <= tail) return 0;
  return (Math.log(c / tail) * serviceTime) / (servers * (1 - rho));
}

/**
 * First three moments of the M/G/1 waiting time by Takács' recursion:
 * E[W^k] = λ/(1−ρ) · Σ_{i=1..k} C(k,i) · E[S^(i+1)]/(i+1) · E[W^(k−i)].
 * `rawMoments` are Σ λ_j s_j^n for n = 1..4 over the classes of jobs
 * (λ_j arrivals per unit time, s_j service time), so E[S^n] = rawMoments[n-1]/λ.
 * k = 1 gives Pollaczek–Khinchine: E[W] = λE[S²] / (2(1−ρ)).
 */
export function mg1WaitMoments(lambda: number, rawMoments: readonly [number, number, number, number]): [number, number, number] {
  const rho = rawMoments[0];
  if (lambda <= 0 || rho <= 0) return [0, 0, 0];
  const f = 1 / (1 - rho);
  // λ·E[S^n] = rawMoments[n−1]
  const ls2 = rawMoments[1];
  const ls3 = rawMoments[2];
  const ls4 = rawMoments[3];
  const w1 = f * (ls2 / 2);
  const w2 = f * (ls2 * w1 + ls3 / 3);
  const w3 = f * ((3 / 2) * ls2 * w2 + ls3 * w1 + ls4 / 4);
  return [w1, w2, w3];
}

/** The M/M/c waiting time as "waits with probability C, then Exp(c(1−ρ)/S)". */
export function mmcWaitShape(servers: number, rho: number, serviceTime: number): { p: number; rate: number } {
  return { p: erlangC(servers, rho * servers), rate: (servers * (1 - rho)) / serviceTime };
}
