import type { Scenario } from '../engine/scenario/schema';

/** A named what-if: one scenario document among the workspace's alternatives. */
export interface Variant {
  readonly id: string;
  readonly name: string;
  readonly scenario: Scenario;
}

/** At most this many variants are compared side by side (a table a person can read at a glance). */
export const MAX_COMPARED = 4;

/** A variant id not yet used: v1, v2, … */
export function nextVariantId(variants: readonly Variant[]): string {
  const used = new Set(variants.map((v) => v.id));
  for (let n = variants.length + 1; ; n++) if (!used.has(`v${n}`)) return `v${n}`;
}

/** A name not yet used, from a wanted one: "Edge inference", "Edge inference (2)", … */
export function uniqueVariantName(variants: readonly Variant[], wanted: string): string {
  const names = new Set(variants.map((v) => v.name));
  const base = wanted.trim() || 'Variant';
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} (${n})`)) return `${base} (${n})`;
}
