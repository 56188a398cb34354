import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of the few draws the generator needs; the same seed always gives the same sequence. */
export class Random {
  readonly #rng: ReturnType<typeof xoroshiro128plus>;

  constructor(seed: number) {
    this.#rng = xoroshiro128plus(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return uniformFloat64(this.#rng);
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Log-uniform in [min, max): as likely to fall in 1–10 as in 10–100. */
  logRange(min: number, max: number): number {
    return Math.exp(this.range(Math.log(min), Math.log(max)));
  }

  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const keys = Object.keys(weights) as K[];
    let left = this.next() * keys.reduce((sum, k) => sum + weights[k], 0);
    for (const key of keys) {
      left -= weights[key];
      if (left < 0) return key;
    }
    return keys[keys.length - 1];
  }

  /** A point within `radiusKm` of a centre, uniform over the disc (flat-earth offset, fine at metro scale). */
  near(centre: { lat: number; lon: number }, radiusKm: number): { lat: number; lon: number } {
    const r = radiusKm * Math.sqrt(this.next());
    const theta = this.range(0, 2 * Math.PI);
    const lat = centre.lat + (r * Math.cos(theta)) / KM_PER_DEGREE;
    const lon = centre.lon + (r * Math.sin(theta)) / (KM_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180));
    return { lat: round(lat, 4), lon: round(lon, 4) };
  }
}

/** Length of one degree of latitude, km (2π × 6,371 km ÷ 360). */
const KM_PER_DEGREE = 111.195;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
