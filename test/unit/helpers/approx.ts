import { expect } from 'vitest';

/**
 * Asserts |actual − expected| ≤ relTol · |expected|. With expected = 0 the
 * tolerance is absolute, since a relative one would demand exact zero.
 */
export function expectClose(actual: number, expected: number, relTol: number): void {
  const allowed = expected === 0 ? relTol : relTol * Math.abs(expected);
  const error = Math.abs(actual - expected);
  expect(
    Number.isFinite(actual) && error <= allowed,
    `expected ${actual} to be within ${relTol} (relative) of ${expected}, off by ${error}`,
  ).toBe(true);
}

/** Asserts that no number anywhere inside `value` is NaN or ±Infinity: results must survive JSON. */
export function expectAllFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => expectAllFinite(item, `${path}[${i}]`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) expectAllFinite(item, `${path}.${key}`);
  }
}
