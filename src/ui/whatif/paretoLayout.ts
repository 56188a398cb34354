import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ParetoPoint } from '../../engine/optimise/types';

/** Margins of the plot inside the chart, px: room for tick labels left and below. */
export const PARETO_MARGIN = { top: 12, right: 14, bottom: 40, left: 62 } as const;

export interface ParetoDot {
  readonly x: number;
  readonly y: number;
  readonly point: ParetoPoint;
  /** Index into the result's points, to refer back to it. */
  readonly index: number;
}

export interface ParetoTick {
  readonly at: number;
  readonly label: string;
}

export interface ParetoLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly dots: readonly ParetoDot[];
  /** The latency–cost front as a step line, cheapest-for-its-speed points joined in latency order. */
  readonly frontPath: string;
  readonly xTicks: readonly ParetoTick[];
  readonly yTicks: readonly ParetoTick[];
}

/**
 * Scales and shapes of the Pareto scatter, latency (p95 ms) across and cost
 * (USD/month) up; D3 computes them, the Svelte component draws them. The
 * axes start a little below the smallest value, not at zero: what matters is
 * the spread between placements, which would vanish on a zero-based axis.
 */
export function paretoLayout(
  points: readonly ParetoPoint[],
  widthPx: number,
  heightPx: number,
  formatMs: (ms: number) => string,
  formatUsd: (usd: number) => string,
): ParetoLayout {
  const plot = {
    left: PARETO_MARGIN.left,
    right: widthPx - PARETO_MARGIN.right,
    top: PARETO_MARGIN.top,
    bottom: heightPx - PARETO_MARGIN.bottom,
  };
  const xs = points.map((p) => p.p95Ms);
  const ys = points.map((p) => p.costUsdPerMonth);
  const pad = (lo: number, hi: number) => {
    const span = hi - lo || Math.abs(hi) * 0.1 || 1;
    return [lo - span * 0.06, hi + span * 0.06];
  };
  const x = scaleLinear()
    .domain(points.length === 0 ? [0, 1] : pad(Math.min(...xs), Math.max(...xs)))
    .range([plot.left, plot.right])
    .nice();
  const y = scaleLinear()
    .domain(points.length === 0 ? [0, 1] : pad(Math.min(...ys), Math.max(...ys)))
    .range([plot.bottom, plot.top])
    .nice();
  const dots = points.map((point, index) => ({ x: x(point.p95Ms), y: y(point.costUsdPerMonth), point, index }));
  const front = dots.filter((d) => d.point.onFront).sort((a, b) => a.point.p95Ms - b.point.p95Ms);
  const frontPath =
    line<ParetoDot>()
      .x((d) => d.x)
      .y((d) => d.y)(front) ?? '';
  return {
    widthPx,
    heightPx,
    plot,
    dots,
    frontPath,
    xTicks: x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 90))).map((t) => ({ at: x(t), label: formatMs(t) })),
    yTicks: y.ticks(Math.max(2, Math.floor((plot.bottom - plot.top) / 45))).map((t) => ({ at: y(t), label: formatUsd(t) })),
  };
}
