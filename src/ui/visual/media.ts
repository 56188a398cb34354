import type { MediumId } from '../../engine/catalogue/media';

/**
 * The one visual language for media: colour plus a dash pattern, so the
 * medium reads without colour too (radio dashed, internet dotted, metro fibre
 * solid, long-haul fibre in long dashes).
 */
export interface MediumLook {
  readonly colorVar: string;
  readonly dash: string;
  readonly short: string;
}

export const MEDIUM_LOOK: Record<MediumId, MediumLook> = {
  '5g-embb': { colorVar: '--medium-5g', dash: '8 5', short: '5G' },
  '5g-urllc': { colorVar: '--medium-urllc', dash: '3 3', short: 'URLLC' },
  'wifi-6': { colorVar: '--medium-wifi', dash: '10 4 2 4', short: 'Wi-Fi' },
  'metro-fibre': { colorVar: '--medium-metro', dash: '', short: 'Metro' },
  // Long dashes, nearly solid: fibre still, yet told from metro fibre without its colour.
  'long-haul-fibre': { colorVar: '--medium-longhaul', dash: '16 3', short: 'Long-haul' },
  internet: { colorVar: '--medium-internet', dash: '1 5', short: 'Internet' },
  'on-demand-interconnect': { colorVar: '--medium-interconnect', dash: '14 4', short: 'On-demand' },
};

/** Utilisation bands for link and site load: same thresholds everywhere. */
export function loadBand(utilisation: number): 'idle' | 'low' | 'medium' | 'high' | 'saturated' {
  if (utilisation >= 1) return 'saturated';
  if (utilisation >= 0.8) return 'high';
  if (utilisation >= 0.5) return 'medium';
  if (utilisation > 0) return 'low';
  return 'idle';
}

/** Stroke width by load band, px: load reads without colour (thin when quiet, thick when saturated). */
const BAND_WIDTH_PX = { idle: 2, low: 2.5, medium: 4, high: 5.5, saturated: 7.5 } as const;

/**
 * Stroke width for a utilisation, by its band rather than continuously: while
 * a slider drags the load, an edge's width changes only when it crosses a
 * band, so the browser repaints a few edges per result, not all of them.
 */
export function loadWidthPx(utilisation: number): number {
  return BAND_WIDTH_PX[loadBand(utilisation)];
}
