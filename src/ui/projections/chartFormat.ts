/** Figures as the projection charts print them: short enough for a tick, exact enough for a slide. */

/** 1234 → "1.2k", 0.5 → "0.5": for ticks whose axis title carries the unit. */
export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trim(value / 1e9)}G`;
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e3) return `${trim(value / 1e3)}k`;
  return trim(value);
}

function trim(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export const formatGw = (gw: number): string => `${Math.round(gw).toLocaleString('en-US')} GW`;
export const formatTwh = (twh: number): string => `${Math.round(twh).toLocaleString('en-US')} TWh`;
export const formatMultiple = (multiple: number): string => `×${multiple.toFixed(multiple >= 10 ? 1 : 2).replace(/0$/, '')}`;

export function formatGb(gb: number): string {
  if (gb >= 1e6) return `${(gb / 1e6).toFixed(2)} PB`;
  if (gb >= 1e3) return `${(gb / 1e3).toFixed(gb >= 1e4 ? 0 : 1)} TB`;
  return `${gb.toFixed(gb >= 100 ? 0 : 1)} GB`;
}

/** Utilisation as a percentage: 1.234 → "123 %". */
export const formatUtilisation = (fraction: number): string => `${Math.round(fraction * 100).toLocaleString('en-US')} %`;
