import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** The plotting area inside a chart, px. */
export interface Plot {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** A tick on an axis: where it sits, px, and what it says. */
export interface Tick {
  readonly at: number;
  readonly label: string;
}

/** Room left for the value ticks (left), the year ticks and axis title (below). */
export const CHART_MARGIN: Margin = { top: 26, right: 16, bottom: 30, left: 56 };

/** Roughly one value tick per this many px of height, one year tick per this many px of width. */
const PX_PER_VALUE_TICK = 42;
const PX_PER_YEAR_TICK = 46;

export function plotArea(widthPx: number, heightPx: number, margin: Margin = CHART_MARGIN): Plot {
  return {
    left: margin.left,
    right: Math.max(margin.left + 1, widthPx - margin.right),
    top: margin.top,
    bottom: Math.max(margin.top + 1, heightPx - margin.bottom),
  };
}

/** Years across the plot; a single year is widened by half a year each side so it still has a place. */
export function yearScale(firstYear: number, lastYear: number, plot: Plot): ScaleLinear<number, number> {
  const [lo, hi] = firstYear === lastYear ? [firstYear - 0.5, lastYear + 0.5] : [firstYear, lastYear];
  return scaleLinear().domain([lo, hi]).range([plot.left, plot.right]);
}

/** Whole years only, thinned to fit the width: every year, every second, every fifth… */
export function yearTicks(x: ScaleLinear<number, number>, firstYear: number, lastYear: number): Tick[] {
  const [left, right] = x.range();
  const room = Math.max(1, Math.floor((right - left) / PX_PER_YEAR_TICK));
  const span = lastYear - firstYear;
  const step = [1, 2, 5, 10].find((s) => span / s <= room) ?? 10;
  const ticks: Tick[] = [];
  for (let year = firstYear; year <= lastYear; year++)
    if ((year - firstYear) % step === 0) ticks.push({ at: x(year), label: String(year) });
  return ticks;
}

/** A value axis from zero to a little above `max`, rounded to nice numbers; never degenerate. */
export function valueScale(max: number, plot: Plot): ScaleLinear<number, number> {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  return scaleLinear().domain([0, top]).range([plot.bottom, plot.top]).nice(valueTickCount(plot));
}

export function valueTickCount(plot: Plot): number {
  return Math.max(2, Math.floor((plot.bottom - plot.top) / PX_PER_VALUE_TICK));
}

export function valueTicks(y: ScaleLinear<number, number>, plot: Plot, format: (value: number) => string): Tick[] {
  return y.ticks(valueTickCount(plot)).map((t) => ({ at: y(t), label: format(t) }));
}

/** Index of the year nearest to a pointer at `px` across the plot (for the hover tooltip); -1 with no years. */
export function nearestYearIndex(years: readonly number[], x: ScaleLinear<number, number>, px: number): number {
  if (years.length === 0) return -1;
  const year = x.invert(px);
  let best = 0;
  for (let i = 1; i < years.length; i++) if (Math.abs(years[i] - year) < Math.abs(years[best] - year)) best = i;
  return best;
}
