import type { Scenario } from '../scenario/schema';
import type { LinkTrafficProjection, TrafficProjection } from './types';
import type { YearFigures } from './yearlyEvaluator';

/** The first year whose utilisation is at least 1, or null when none within the years given. */
export function saturationYear(years: readonly number[], utilisation: readonly number[]): number | null {
  const at = utilisation.findIndex((u) => u >= 1);
  return at < 0 ? null : years[at];
}

/** The capacity that carries `loadMbps` at `targetUtilisation`: load ÷ target. */
export function capacityNeededMbps(loadMbps: number, targetUtilisation: number): number {
  return loadMbps / targetUtilisation;
}

/** Saturating links, earliest first, then the highest utilisation at the horizon; then by link id, so the order is total. */
export function bySaturation(links: readonly LinkTrafficProjection[]): LinkTrafficProjection[] {
  const last = (l: LinkTrafficProjection) => l.utilisation[l.utilisation.length - 1];
  return links
    .filter((l) => l.saturationYear !== null)
    .sort((a, b) => a.saturationYear! - b.saturationYear! || last(b) - last(a) || (a.linkId < b.linkId ? -1 : a.linkId > b.linkId ? 1 : 0));
}

export interface TrafficInputs {
  /** The scenario as drawn: link ids, ends and names. */
  readonly drawn: Scenario;
  /** One evaluation per projected year, in year order. */
  readonly yearly: readonly YearFigures[];
  /** Capacity of each link after the drivers (the capacity factor), Mbit/s. */
  readonly capacityMbps: Float64Array;
  readonly growth: TrafficProjection['growth'];
  readonly targetUtilisation: number;
}

/**
 * Each link's busier direction year by year. A link's load does not depend
 * on queueing, so a single-path flow grows by exactly (1 + device growth) ×
 * (1 + data growth) a year; load-aware routing can move traffic between
 * links as they fill, which is why the years are evaluated, not extrapolated.
 */
export function projectTraffic({ drawn, yearly, capacityMbps, growth, targetUtilisation }: TrafficInputs): TrafficProjection {
  const years = yearly.map((y) => y.year);
  const names = new Map(drawn.sites.map((s) => [s.id, s.name.trim() === '' ? s.id : s.name]));
  const links = drawn.links.map((link, i): LinkTrafficProjection => {
    const loadMbps = yearly.map((y) => y.busiestMbps[i]);
    const utilisation = yearly.map((y) => y.utilisation[i]);
    return {
      linkId: link.id,
      label: `${names.get(link.from)} – ${names.get(link.to)}`,
      capacityMbps: capacityMbps[i],
      loadMbps,
      utilisation,
      saturationYear: saturationYear(years, utilisation),
      capacityNeededMbps: capacityNeededMbps(loadMbps[loadMbps.length - 1], targetUtilisation),
    };
  });
  return { years, growth, targetUtilisation, links, firstToSaturate: bySaturation(links) };
}
