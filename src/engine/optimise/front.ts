/** A point on the latency–cost plane. */
export interface LatencyCost {
  readonly p95Ms: number;
  readonly costUsdPerMonth: number;
}

/** Whether a is at least as fast and as cheap as b, and strictly better in one. */
export function dominates(a: LatencyCost, b: LatencyCost): boolean {
  return a.p95Ms <= b.p95Ms && a.costUsdPerMonth <= b.costUsdPerMonth && (a.p95Ms < b.p95Ms || a.costUsdPerMonth < b.costUsdPerMonth);
}

/**
 * Marks the points no other point dominates (the latency–cost Pareto front),
 * by one sweep in order of latency: a point is on the front when it is the
 * cheapest of its latency and cheaper than every faster point.
 */
export function latencyCostFront(points: readonly LatencyCost[]): boolean[] {
  const order = points
    .map((_, i) => i)
    .sort((a, b) => points[a].p95Ms - points[b].p95Ms || points[a].costUsdPerMonth - points[b].costUsdPerMonth);
  const onFront = new Array<boolean>(points.length).fill(false);
  let cheapestFaster = Infinity;
  for (let i = 0; i < order.length;) {
    // Points of equal latency: only the cheapest among them can be on the front.
    const p95 = points[order[i]].p95Ms;
    const cheapest = points[order[i]].costUsdPerMonth;
    let j = i;
    while (j < order.length && points[order[j]].p95Ms === p95) {
      if (points[order[j]].costUsdPerMonth === cheapest && cheapest < cheapestFaster) onFront[order[j]] = true;
      j++;
    }
    cheapestFaster = Math.min(cheapestFaster, cheapest);
    i = j;
  }
  return onFront;
}
