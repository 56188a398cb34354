/**
 * A decimal number written as plain text ("52.37403", "1e10", "-0.5"), or
 * null. Stricter than Number(): no hex, no "Infinity", no empty string as 0,
 * and nothing that is not finite.
 */
export function readDecimal(text: string | undefined): number | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed.length > 64 || !/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
