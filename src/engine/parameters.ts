import { CATALOGUE } from './catalogue/registry';
import type { Confidence } from './catalogue/figure';

/** An assumption in play for a result: the default, what the user set, and where it came from. */
export interface Assumption {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly defaultValue: number;
  readonly unit: string;
  readonly source: string;
  readonly confidence: Confidence;
  readonly overridden: boolean;
  /** A what-if driver scales the value in play: `value` is already scaled, the user's own figure is value ÷ this. */
  readonly driverFactor?: number;
}

/**
 * Reads catalogue defaults through the scenario's overrides and remembers
 * which were read, so a result lists exactly the assumptions behind it.
 */
export class Parameters {
  readonly #overrides: Readonly<Record<string, number>>;
  readonly #multipliers: Readonly<Record<string, number>>;
  readonly #used = new Set<string>();

  /** `multipliers` scale some keys on top of the overrides: what-if drivers such as the egress price factor. */
  constructor(overrides: Readonly<Record<string, number>> = {}, multipliers: Readonly<Record<string, number>> = {}) {
    this.#overrides = overrides;
    this.#multipliers = multipliers;
  }

  get(key: string): number {
    const entry = CATALOGUE.get(key);
    if (entry === undefined) throw new Error(`unknown assumption key "${key}"`);
    this.#used.add(key);
    const override = this.#overrides[key];
    const value = override !== undefined && Number.isFinite(override) ? override : entry.figure.value;
    return value * (this.#multipliers[key] ?? 1);
  }

  /** The assumptions read so far, in catalogue order. */
  assumptions(): Assumption[] {
    const out: Assumption[] = [];
    for (const entry of CATALOGUE.values()) {
      if (!this.#used.has(entry.key)) continue;
      const override = this.#overrides[entry.key];
      const overridden = override !== undefined && Number.isFinite(override);
      const factor = this.#multipliers[entry.key] ?? 1;
      out.push({
        key: entry.key,
        label: entry.label,
        value: (overridden ? override : entry.figure.value) * factor,
        defaultValue: entry.figure.value,
        unit: entry.figure.unit,
        source: entry.figure.source,
        confidence: entry.figure.confidence,
        overridden,
        ...(factor !== 1 ? { driverFactor: factor } : {}),
      });
    }
    return out;
  }

  /** Keys the scenario overrides that no catalogue entry has: reported, never silently ignored. */
  unknownOverrideKeys(): string[] {
    return Object.keys(this.#overrides).filter((key) => !CATALOGUE.has(key));
  }
}
