import type { LinkTrafficProjection, TrafficProjection } from '../../engine/projections/types';
import { linesLayout, type LinesLayout } from './linesLayout';
import { formatUtilisation } from './chartFormat';

/** Lines drawn at most: beyond eight, neither colours nor labels stay apart. */
export const MAX_TRAFFIC_LINES = 8;

/** Eight colours that stay distinct in both themes, one per drawn link, in order. */
export const TRAFFIC_COLOURS = [
  '--medium-metro',
  '--medium-interconnect',
  '--medium-urllc',
  '--tier-far-edge',
  '--tier-device',
  '--load-medium',
  '--medium-internet',
  '--medium-longhaul',
] as const;

/**
 * A dash pattern per drawn link, in the same order as the colours: the
 * lines differ by pattern too, for readers who cannot tell the colours
 * apart (WCAG 1.4.1). Short enough to show within a 14 px legend swatch.
 */
export const TRAFFIC_DASHES = ['', '6 2', '2 2', '6 2 2 2', '1 3', '10 3', '3 3 1 3', '4 1'] as const;

export interface SaturationMarker {
  readonly linkId: string;
  readonly year: number;
  readonly utilisation: number;
  readonly x: number;
  readonly y: number;
}

export interface TrafficLayout extends LinesLayout {
  /** The drawn links, in drawing order: those that saturate first, then the busiest. */
  readonly shown: readonly LinkTrafficProjection[];
  /** y of the 100 % line. */
  readonly fullY: number;
  readonly markers: readonly SaturationMarker[];
}

/** Peak utilisation over the horizon. */
const peak = (link: LinkTrafficProjection) => Math.max(0, ...link.utilisation);

/**
 * The links worth drawing: those that saturate, earliest first, then the
 * busiest at their peak, `max` in all.
 */
export function linksToShow(links: readonly LinkTrafficProjection[], max = MAX_TRAFFIC_LINES): LinkTrafficProjection[] {
  return [...links].sort((a, b) => (a.saturationYear ?? Infinity) - (b.saturationYear ?? Infinity) || peak(b) - peak(a)).slice(0, max);
}

/** Utilisation by year for the links that saturate first, with the 100 % line and a marker where each crosses it. */
export function trafficLayout(traffic: TrafficProjection, widthPx: number, heightPx: number): TrafficLayout {
  const shown = linksToShow(traffic.links);
  const base = linesLayout(
    traffic.years,
    shown.map((l) => ({ key: l.linkId, values: l.utilisation })),
    widthPx,
    heightPx,
    { formatTick: formatUtilisation, minTop: 1.1 },
  );
  const markers = shown.flatMap((l): SaturationMarker[] => {
    const i = l.saturationYear === null ? -1 : traffic.years.indexOf(l.saturationYear);
    if (i < 0) return [];
    const utilisation = l.utilisation[i];
    return [{ linkId: l.linkId, year: traffic.years[i], utilisation, x: base.x(traffic.years[i]), y: base.y(utilisation) }];
  });
  return { ...base, shown, fullY: base.y(1), markers };
}
