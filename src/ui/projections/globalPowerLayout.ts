import type { ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { GlobalPowerProjection, SourcedSeries, YearValue } from '../../engine/projections/types';
import { plotArea, valueScale, valueTicks, yearScale, yearTicks, type Plot, type Tick } from './chartScales';
import { compactNumber } from './chartFormat';

export interface PlacedPoint {
  readonly year: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
}

/** One year of the published range, for the band. */
interface BandYear {
  readonly year: number;
  readonly low: number;
  readonly high: number;
}

export interface GlobalPowerLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly plot: Plot;
  /** Years the hover snaps to: every year any series has. */
  readonly years: readonly number[];
  readonly x: ScaleLinear<number, number>;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** McKinsey's low–high range as one closed area. */
  readonly bandPath: string;
  readonly userPath: string;
  readonly userPoints: readonly PlacedPoint[];
  /** The user's value in the claim's year (2030), marked on its line. */
  readonly user2030: PlacedPoint | null;
  /** The article's claimed 2030 capacity. */
  readonly claim: PlacedPoint;
}

/** The McKinsey low and high series joined by year: only years both give. */
export function bandYears(low: SourcedSeries, high: SourcedSeries): BandYear[] {
  const highByYear = new Map(high.points.map((p) => [p.year, p.value]));
  return low.points.flatMap((p) => {
    const h = highByYear.get(p.year);
    return h === undefined ? [] : [{ year: p.year, low: Math.min(p.value, h), high: Math.max(p.value, h) }];
  });
}

/**
 * Capacity in GW against year: the published range as a band, the user's
 * compound-growth line and the article's claim as a point at 2030. Only GW
 * series go here; the TWh series has its own panel (seriesLayout).
 */
export function globalPowerLayout(global: GlobalPowerProjection, widthPx: number, heightPx: number): GlobalPowerLayout {
  const plot = plotArea(widthPx, heightPx);
  const band = bandYears(global.capacityLow, global.capacityHigh);
  const claimYear = global.claim.year;
  const allYears = [...band.map((b) => b.year), ...global.user.points.map((p) => p.year), claimYear];
  const first = Math.min(...allYears);
  const last = Math.max(...allYears);
  const x = yearScale(first, last, plot);
  const maxValue = Math.max(...band.map((b) => b.high), ...global.user.points.map((p) => p.value), global.claim.claimedGw);
  // Headroom above the highest value for the series names at the top left.
  const y = valueScale(maxValue * 1.12, plot);
  const bandPath =
    area<BandYear>()
      .x((b) => x(b.year))
      .y0((b) => y(b.low))
      .y1((b) => y(b.high))(band) ?? '';
  const place = (p: YearValue): PlacedPoint => ({ year: p.year, value: p.value, x: x(p.year), y: y(p.value) });
  const userPoints = global.user.points.map(place);
  const userPath =
    line<PlacedPoint>()
      .x((p) => p.x)
      .y((p) => p.y)(userPoints) ?? '';
  const user2030 = userPoints.find((p) => p.year === claimYear) ?? null;
  return {
    widthPx,
    heightPx,
    plot,
    years: [...new Set(allYears)].sort((a, b) => a - b),
    x,
    xTicks: yearTicks(x, first, last),
    yTicks: valueTicks(y, plot, compactNumber),
    bandPath,
    userPath,
    userPoints,
    user2030,
    claim: place({ year: claimYear, value: global.claim.claimedGw }),
  };
}
