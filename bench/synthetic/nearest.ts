import type { LatLon } from '../../src/engine/geo';

/**
 * Nearest-neighbour look-ups by straight chord through the globe, which ranks
 * points exactly as great-circle distance does and costs no trigonometry per
 * comparison. Brute force: the generator asks at most ~10⁷ comparisons.
 */
export class NearestIndex {
  readonly #xyz: Float64Array;

  constructor(points: readonly LatLon[]) {
    this.#xyz = new Float64Array(points.length * 3);
    points.forEach((p, i) => {
      const phi = (p.lat * Math.PI) / 180;
      const lambda = (p.lon * Math.PI) / 180;
      this.#xyz[3 * i] = Math.cos(phi) * Math.cos(lambda);
      this.#xyz[3 * i + 1] = Math.cos(phi) * Math.sin(lambda);
      this.#xyz[3 * i + 2] = Math.sin(phi);
    });
  }

  /** The `k` candidates nearest to point `from` (an index into the same points), nearest first, never `from` itself. */
  nearest(from: number, candidates: readonly number[], k: number, exclude: ReadonlySet<number> = EMPTY): number[] {
    const best: { index: number; d: number }[] = [];
    const p = this.#xyz;
    const x = p[3 * from];
    const y = p[3 * from + 1];
    const z = p[3 * from + 2];
    for (const c of candidates) {
      if (c === from || exclude.has(c)) continue;
      const dx = p[3 * c] - x;
      const dy = p[3 * c + 1] - y;
      const dz = p[3 * c + 2] - z;
      const d = dx * dx + dy * dy + dz * dz;
      if (best.length === k && d >= best[k - 1].d) continue;
      let at = best.length === k ? k - 1 : best.length;
      if (best.length < k) best.push({ index: c, d });
      while (at > 0 && best[at - 1].d > d) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = { index: c, d };
    }
    return best.map((b) => b.index);
  }
}

const EMPTY: ReadonlySet<number> = new Set();
