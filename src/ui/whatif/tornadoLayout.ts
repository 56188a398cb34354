import { scaleLinear } from 'd3-scale';
import type { SensitivityRow } from '../../engine/whatif/sensitivity';

/** Geometry of the chart, px. Rows are tall enough for 12px labels with air between them. */
export const TORNADO_GEOMETRY = {
  rowHeightPx: 26,
  barHeightPx: 16,
  /** Room above the first row for the base value's label. */
  topPx: 22,
  /** Room below the last row for the axis and its labels. */
  axisPx: 26,
  rightPx: 12,
  /** Between a row's label and the plot. */
  labelGapPx: 8,
  /** Label column at most this wide, and at most this share of the chart. */
  maxLabelWidthPx: 220,
  maxLabelShare: 0.4,
  /** Average width of a character of the 12px system font, px: enough to truncate labels before they reach the plot. */
  charWidthPx: 6.6,
  /** Roughly one tick per this many px of plot. */
  pxPerTick: 80,
} as const;

export type TornadoSide = 'low' | 'high';

export interface TornadoBar {
  readonly side: TornadoSide;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The assumption's value on this side, in the row's unit. */
  readonly assumptionValue: number;
  readonly metricValue: number;
  readonly clamped: boolean;
  /** The exact numbers, for a tooltip. */
  readonly title: string;
}

export interface TornadoRowLayout {
  readonly key: string;
  /** The full label, and one cut to fit the label column. */
  readonly label: string;
  readonly shortLabel: string;
  /** Baseline of the row's label text (vertically centred on the bars). */
  readonly labelY: number;
  readonly bars: readonly TornadoBar[];
  /** Either side has no metric (no workload with a result there): nothing drawn on that side. */
  readonly noResult: boolean;
}

export interface TornadoLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly labelWidthPx: number;
  readonly plotLeftPx: number;
  readonly plotRightPx: number;
  /** Where the base metric sits; null without one, and then no bar is drawn. */
  readonly baseX: number | null;
  /** Top and bottom of the base line and the plot. */
  readonly plotTopPx: number;
  readonly plotBottomPx: number;
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly rows: readonly TornadoRowLayout[];
}

/** A figure as people write it: four significant digits, thousands grouped. */
export function formatFigure(x: number): string {
  return Number(x.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 12 });
}

/** Cuts a label to `maxChars`, ending in an ellipsis. */
export function truncateLabel(label: string, maxChars: number): string {
  if (label.length <= maxChars) return label;
  return `${label.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** Extent of the base and every metric value drawn, padded when it is a single point so the scale is not degenerate. */
function metricExtent(base: number, rows: readonly SensitivityRow[]): [number, number] {
  let lo = base;
  let hi = base;
  for (const r of rows) {
    for (const m of [r.metricAtLow, r.metricAtHigh]) {
      if (m === null) continue;
      if (m < lo) lo = m;
      if (m > hi) hi = m;
    }
  }
  if (lo === hi) {
    const pad = Math.abs(base) * 0.1 || 1;
    return [lo - pad, hi + pad];
  }
  return [lo, hi];
}

function barTitle(row: SensitivityRow, side: TornadoSide, base: number, metric: number, formatMetric: (v: number) => string): string {
  const value = side === 'low' ? row.lowValue : row.highValue;
  const clamped = side === 'low' ? row.lowClamped : row.highClamped;
  const delta = metric - base;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const held = clamped && row.clampReason !== null ? ` (held there: ${row.clampReason})` : '';
  return (
    `${row.label}: ${formatFigure(value)} ${row.unit} instead of ${formatFigure(row.baseValue)}${held}` +
    ` → ${formatMetric(metric)} (base ${formatMetric(base)}, ${sign}${formatMetric(Math.abs(delta))})`
  );
}

/**
 * Where each bar of a tornado chart goes. D3 gives the linear scale of the
 * metric and its ticks; the component only draws rectangles at these places.
 * Each row has a bar from the base value to the metric with the assumption
 * lowered, and one to the metric with it raised. When both land on the same
 * side of the base they would hide each other, so each takes half the row.
 */
export function tornadoLayout(
  rows: readonly SensitivityRow[],
  baseMetricValue: number | null,
  widthPx: number,
  formatMetric: (v: number) => string,
): TornadoLayout {
  const g = TORNADO_GEOMETRY;
  const labelWidthPx = Math.min(g.maxLabelWidthPx, widthPx * g.maxLabelShare);
  const plotLeftPx = labelWidthPx + g.labelGapPx;
  const plotRightPx = Math.max(plotLeftPx + 1, widthPx - g.rightPx);
  const plotTopPx = g.topPx;
  const plotBottomPx = g.topPx + rows.length * g.rowHeightPx;
  const maxChars = Math.max(4, Math.floor(labelWidthPx / g.charWidthPx));
  const tickCount = Math.max(2, Math.floor((plotRightPx - plotLeftPx) / g.pxPerTick));

  const base = baseMetricValue;
  const x = scaleLinear()
    .domain(base === null ? [0, 1] : metricExtent(base, rows))
    .range([plotLeftPx, plotRightPx])
    .nice(tickCount);
  const baseX = base === null ? null : x(base);

  const rowLayouts = rows.map((row, i): TornadoRowLayout => {
    const top = plotTopPx + i * g.rowHeightPx;
    const barTop = top + (g.rowHeightPx - g.barHeightPx) / 2;
    const noResult = row.metricAtLow === null || row.metricAtHigh === null;
    const bars: TornadoBar[] = [];
    if (base !== null && baseX !== null) {
      const lowX = row.metricAtLow === null ? baseX : x(row.metricAtLow);
      const highX = row.metricAtHigh === null ? baseX : x(row.metricAtHigh);
      const sameSide = (lowX - baseX) * (highX - baseX) > 0;
      const height = sameSide ? g.barHeightPx / 2 : g.barHeightPx;
      const sides: [TornadoSide, number | null, number, number, boolean][] = [
        ['low', row.metricAtLow, lowX, row.lowValue, row.lowClamped],
        ['high', row.metricAtHigh, highX, row.highValue, row.highClamped],
      ];
      for (const [side, metric, endX, assumptionValue, clamped] of sides) {
        if (metric === null) continue;
        bars.push({
          side,
          x: Math.min(baseX, endX),
          y: sameSide && side === 'high' ? barTop + height : barTop,
          width: Math.abs(endX - baseX),
          height,
          assumptionValue,
          metricValue: metric,
          clamped,
          title: barTitle(row, side, base, metric, formatMetric),
        });
      }
    }
    return {
      key: row.key,
      label: row.label,
      shortLabel: truncateLabel(row.label, maxChars),
      // 12px text: its baseline about 4px below the row's middle centres it.
      labelY: top + g.rowHeightPx / 2 + 4,
      bars,
      noResult,
    };
  });

  return {
    widthPx,
    heightPx: plotBottomPx + g.axisPx,
    labelWidthPx,
    plotLeftPx,
    plotRightPx,
    baseX,
    plotTopPx,
    plotBottomPx,
    ticks: base === null ? [] : x.ticks(tickCount).map((t) => ({ x: x(t), label: formatMetric(t) })),
    rows: rowLayouts,
  };
}
