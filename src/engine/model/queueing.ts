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
