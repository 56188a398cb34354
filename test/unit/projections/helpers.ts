import { expect } from 'vitest';

/** Every number in an SVG path, in order, for comparing against hand-computed coordinates. */
export const pathNumbers = (d: string): number[] => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);

/** Compares two lists of numbers to `digits` decimals. */
export function expectClose(actual: readonly number[], expected: readonly number[], digits = 6): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i], digits));
}
