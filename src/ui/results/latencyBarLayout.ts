import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import type { LatencyBreakdown, LatencyComponent } from '../../engine/result';

/** Order and look of the latency components, shared by the bar, its legend and tooltips. */
export const LATENCY_COMPONENTS: readonly { key: LatencyComponent; label: string; colorVar: string; explain: string }[] = [
  { key: 'accessMs', label: 'Access', colorVar: '--lat-access', explain: 'Fixed per-link latency: radio scheduling, switching, peering' },
  { key: 'propagationMs', label: 'Propagation', colorVar: '--lat-propagation', explain: 'Path length × propagation delay per km' },
  {
    key: 'serialisationMs',
    label: 'Serialisation',
    colorVar: '--lat-serialisation',
    explain: 'Message size ÷ link (or per-device radio) rate',
  },
  {
    key: 'queueingMs',
    label: 'Link queueing',
    colorVar: '--lat-queueing',
    explain: 'M/G/1 wait (M/D/1 for one message size) on links shared by all workloads',
  },
  { key: 'computeMs', label: 'Compute', colorVar: '--lat-compute', explain: 'Work ÷ achieved accelerator throughput' },
  { key: 'computeQueueingMs', label: 'Compute queueing', colorVar: '--lat-compute-queue', explain: 'M/M/c wait for a free accelerator' },
  { key: 'returnMs', label: 'Return path', colorVar: '--lat-return', explain: 'Every part of the answer’s way back to the device' },
];

export interface BarSegment {
  readonly key: LatencyComponent;
  readonly label: string;
  readonly colorVar: string;
  readonly ms: number;
  readonly x: number;
  readonly width: number;
}

export interface BarLayout {
  readonly segments: readonly BarSegment[];
  readonly objectiveX: number;
  readonly p95X: number | null;
  readonly ticks: readonly { x: number; label: string }[];
}

/** D3 computes the stack and the scale; the component only draws rectangles at these places. */
export function latencyBarLayout(breakdown: LatencyBreakdown, p95Ms: number | null, objectiveMs: number, widthPx: number): BarLayout {
  const keys = LATENCY_COMPONENTS.map((c) => c.key);
  const [series] = [stack<LatencyBreakdown, LatencyComponent>().keys(keys)([breakdown])];
  const total = keys.reduce((t, k) => t + breakdown[k], 0);
  const domainMax = Math.max(total, p95Ms ?? 0, objectiveMs) * 1.08 || 1;
  const x = scaleLinear().domain([0, domainMax]).range([0, widthPx]);
  const segments = series.map((s, i) => {
    const [start, end] = s[0];
    const c = LATENCY_COMPONENTS[i];
    return { key: c.key, label: c.label, colorVar: c.colorVar, ms: end - start, x: x(start), width: Math.max(0, x(end) - x(start)) };
  });
  return {
    segments: segments.filter((s) => s.ms > 0),
    objectiveX: x(objectiveMs),
    p95X: p95Ms === null ? null : x(p95Ms),
    ticks: x.ticks(4).map((t) => ({ x: x(t), label: `${t}` })),
  };
}
