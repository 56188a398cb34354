/** Quantile by linear interpolation between order statistics (Hyndman & Fan type 7, as numpy and R default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns each timed run's duration, ms. */
export function timeRuns(fn: () => unknown, warmup: number, runs: number, afterEach: () => void = () => {}): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const durationsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    durationsMs.push(performance.now() - start);
    afterEach();
  }
  return durationsMs;
}

/**
 * Runs `fn` untimed until both `minRuns` runs and `minMs` have passed: V8
 * tiers hot code up and sizes its young generation by what survives, and a
 * worker that re-evaluates on every slider step runs in that settled state.
 */
export function warmUp(fn: () => unknown, minRuns: number, minMs: number): void {
  const start = performance.now();
  for (let i = 0; i < minRuns || performance.now() - start < minMs; i++) fn();
}
