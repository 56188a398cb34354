/**
 * Plain-language numbers for the story's captions: few digits, units always
 * shown, changes as "a → b" or a signed percentage.
 */
export function msText(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return 'cut off';
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s`;
  if (ms >= 10) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function usdText(usd: number): string {
  if (usd >= 1e6) return `$${(usd / 1e6).toFixed(1)}M`;
  if (usd >= 10_000) return `$${Math.round(usd / 1000)}k`;
  if (usd >= 1000) return `$${(usd / 1000).toFixed(1)}k`;
  return `$${Math.round(usd)}`;
}

export function gbText(gb: number): string {
  if (gb >= 1e6) return `${(gb / 1e6).toFixed(1)} PB`;
  if (gb >= 1000) return `${(gb / 1000).toFixed(gb >= 10_000 ? 0 : 1)} TB`;
  return `${Math.round(gb)} GB`;
}

export const percentText = (fraction: number): string => `${Math.round(fraction * 100)} %`;

/** "−92 %", "+8 %", "±0 %"; null when there is nothing to compare against. */
export function changeText(before: number, after: number): string | null {
  if (!Number.isFinite(before) || !Number.isFinite(after) || before === 0) return null;
  const change = Math.round(((after - before) / before) * 100);
  if (change === 0) return '±0 %';
  return change > 0 ? `+${change} %` : `−${-change} %`;
}

/** "p95 latency 84 ms → 11 ms". */
export const fromTo = (label: string, before: string, after: string): string => `${label} ${before} → ${after}`;
