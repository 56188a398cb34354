import type { ScaleLinear } from 'd3-scale';
import { area, line, stack } from 'd3-shape';
import type { TierPowerYear } from '../../engine/projections/types';
import { plotArea, valueScale, valueTicks, yearScale, yearTicks, type Plot, type Tick } from './chartScales';
import { compactNumber } from './chartFormat';

/** The stack, bottom to top: devices, then the edge, then the cloud. */
export const POWER_LAYERS = [
  { key: 'deviceKw', label: 'Devices', colorVar: '--tier-device' },
  { key: 'edgeKw', label: 'Edge (far and near)', colorVar: '--tier-near-edge' },
  { key: 'cloudKw', label: 'Cloud and regional DC', colorVar: '--tier-cloud' },
] as const;

export type PowerLayerKey = (typeof POWER_LAYERS)[number]['key'];

/** The unit the axis counts in, so its ticks read 120, not 0.12 or 120,000. */
export interface PowerUnit {
  readonly unit: 'W' | 'kW' | 'MW';
  /** Multiplies a value in kW into this unit. */
  readonly perKw: number;
}

export function powerUnit(maxKw: number): PowerUnit {
  if (maxKw < 1) return { unit: 'W', perKw: 1000 };
  if (maxKw >= 1000) return { unit: 'MW', perKw: 0.001 };
  return { unit: 'kW', perKw: 1 };
}

export interface PowerLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly plot: Plot;
  readonly years: readonly number[];
  readonly x: ScaleLinear<number, number>;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** What the value axis counts in. */
  readonly unit: PowerUnit['unit'];
  /**
   * One area per layer, in stacking order, with where its name goes: the
   * middle of the layer at the last year, and how thick it is there (a
   * name goes only where it fits, so the layers do not rest on colour alone).
   */
  readonly areas: readonly {
    readonly key: PowerLayerKey;
    readonly path: string;
    readonly endMidY: number;
    readonly endThicknessPx: number;
  }[];
  /** Top of the stack at each year (the current total), px. */
  readonly totalYs: readonly number[];
  /** The all-in-cloud variant's total as a line; empty without one. */
  readonly allInCloudPath: string;
}

/**
 * The scenario's power by year, stacked by tier with d3's stack; the
 * all-in-cloud total drawn over it as a line on the same kW axis.
 */
export function powerLayout(
  current: readonly TierPowerYear[],
  allInCloud: readonly TierPowerYear[] | null,
  widthPx: number,
  heightPx: number,
): PowerLayout {
  const plot = plotArea(widthPx, heightPx);
  const years = current.map((p) => p.year);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 1;
  const x = yearScale(first, last, plot);
  const stackTotals = current.map((p) => p.deviceKw + p.edgeKw + p.cloudKw);
  const maxKw = Math.max(0, ...stackTotals, ...(allInCloud ?? []).map((p) => p.totalKw));
  const unit = powerUnit(maxKw);
  const y = valueScale(maxKw * 1.05, plot);
  const series = stack<TierPowerYear, PowerLayerKey>()
    .keys(POWER_LAYERS.map((l) => l.key))
    .value((d, key) => d[key])([...current]);
  const shape = area<[number, number]>()
    .x((_, i) => x(years[i]))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]));
  const areas = series.map((s) => {
    const end = s[s.length - 1] ?? [0, 0];
    return {
      key: s.key,
      path: shape(s.map((d) => [d[0], d[1]] as [number, number])) ?? '',
      endMidY: (y(end[0]) + y(end[1])) / 2,
      endThicknessPx: Math.abs(y(end[0]) - y(end[1])),
    };
  });
  const allInCloudPath =
    allInCloud === null
      ? ''
      : (line<TierPowerYear>()
          .x((p) => x(p.year))
          .y((p) => y(p.totalKw))(allInCloud) ?? '');
  return {
    widthPx,
    heightPx,
    plot,
    years,
    x,
    xTicks: years.length === 0 ? [] : yearTicks(x, first, last),
    yTicks: valueTicks(y, plot, (kw) => compactNumber(kw * unit.perKw)),
    unit: unit.unit,
    areas,
    totalYs: stackTotals.map((t) => y(t)),
    allInCloudPath,
  };
}
