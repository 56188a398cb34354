import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { plotArea, valueScale, valueTicks, yearScale, yearTicks, type Margin, CHART_MARGIN, type Plot, type Tick } from './chartScales';

/** One line to draw: a value per year of the chart (null where it has none). */
export interface LineSeries {
  readonly key: string;
  readonly values: readonly (number | null)[];
}

export interface PlacedLine {
  readonly key: string;
  readonly path: string;
  /** One point per year with a value. */
  readonly points: readonly { readonly year: number; readonly value: number; readonly x: number; readonly y: number }[];
}

export interface LinesLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly plot: Plot;
  readonly years: readonly number[];
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly lines: readonly PlacedLine[];
}

export interface LinesOptions {
  readonly formatTick: (value: number) => string;
  /** The value axis reaches at least this (the 100 % line of a utilisation chart). */
  readonly minTop?: number;
  readonly margin?: Margin;
}

/** Lines over years on a zero-based value axis: what the electricity, traffic and backhaul charts share. */
export function linesLayout(
  years: readonly number[],
  series: readonly LineSeries[],
  widthPx: number,
  heightPx: number,
  options: LinesOptions,
): LinesLayout {
  const plot = plotArea(widthPx, heightPx, options.margin ?? CHART_MARGIN);
  const first = years.length === 0 ? 0 : years[0];
  const last = years.length === 0 ? 1 : years[years.length - 1];
  const x = yearScale(first, last, plot);
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const y = valueScale(Math.max(options.minTop ?? 0, ...values), plot);
  const lines = series.map((s): PlacedLine => {
    const points = years.flatMap((year, i) => {
      const value = s.values[i];
      return value === null || value === undefined || !Number.isFinite(value) ? [] : [{ year, value, x: x(year), y: y(value) }];
    });
    const path =
      line<(typeof points)[number]>()
        .x((p) => p.x)
        .y((p) => p.y)(points) ?? '';
    return { key: s.key, path, points };
  });
  return {
    widthPx,
    heightPx,
    plot,
    years,
    x,
    y,
    xTicks: years.length === 0 ? [] : yearTicks(x, first, last),
    yTicks: valueTicks(y, plot, options.formatTick),
    lines,
  };
}
