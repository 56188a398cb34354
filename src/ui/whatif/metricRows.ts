import { LOWER_IS_BETTER, type HeadlineMetricKey, type HeadlineMetrics } from '../../engine/whatif/metrics';
import { formatMs, formatPercent, formatUsd } from '../format';

const gb = (x: number) => `${x.toLocaleString('en-US', { maximumFractionDigits: x < 10 ? 2 : 0 })} GB`;
const kwh = (x: number) => `${x.toLocaleString('en-US', { maximumFractionDigits: x < 10 ? 2 : 0 })} kWh`;

/** The rows of the comparison table, in reading order, with how each is shown. */
export const METRIC_ROWS: readonly { key: HeadlineMetricKey; label: string; explain: string; format: (x: number) => string }[] = [
  { key: 'worstP95Ms', label: 'Latency p95, worst', explain: 'Highest p95 among the workloads that have one', format: formatMs },
  { key: 'worstP99Ms', label: 'Latency p99, worst', explain: 'Highest p99 among the workloads that have one', format: formatMs },
  {
    key: 'workloadsWithoutResult',
    label: 'Workloads without a result',
    explain: 'Saturated, unreachable or without compute: they have no latency to count above',
    format: (x) => String(x),
  },
  { key: 'objectivePassRate', label: 'Objectives met', explain: 'Share of workloads whose p95 meets its objective', format: formatPercent },
  { key: 'costUsdPerMonth', label: 'Cost per month', explain: 'Compute, transport, egress, slices and bursts', format: formatUsd },
  { key: 'egressGbPerMonth', label: 'Cloud egress', explain: 'Data leaving cloud regions, GB/month', format: gb },
  { key: 'egressUsdPerMonth', label: 'Egress cost', explain: 'What that egress costs per month', format: formatUsd },
  { key: 'energyKwhPerMonth', label: 'Energy per month', explain: 'Compute with PUE plus network transport', format: kwh },
  { key: 'backhaulGbPerMonth', label: 'Backhaul', explain: 'Volume on wired links (fibre, internet, interconnect), GB/month', format: gb },
  {
    key: 'sovereigntyViolations',
    label: 'Sovereignty violations',
    explain: 'Raw personal data leaving its jurisdiction',
    format: (x) => String(x),
  },
  {
    key: 'resilientShare',
    label: 'N−1 resilient',
    explain: 'Share of workloads no single link or site failure disconnects or breaks',
    format: formatPercent,
  },
];

export type Verdict = 'better' | 'worse' | 'same';

/** Difference of a variant's metric from the baseline's, and whether that is better. */
export function compareMetric(
  key: HeadlineMetricKey,
  value: number | null,
  baseline: number | null,
): { delta: number | null; verdict: Verdict } {
  if (value === null || baseline === null) return { delta: null, verdict: 'same' };
  const delta = value - baseline;
  // Within a part in a million (or 1e-9 absolute) counts as no change: sums in a different order differ in the last bits.
  if (Math.abs(delta) <= Math.max(1e-9, 1e-6 * Math.abs(baseline))) return { delta: 0, verdict: 'same' };
  const lower = LOWER_IS_BETTER[key];
  return { delta, verdict: delta < 0 === lower ? 'better' : 'worse' };
}

/** "+12.4 ms", "−3 %", "+$1.2k" for a delta, in the metric's own format. */
export function formatDelta(key: HeadlineMetricKey, delta: number, format: (x: number) => string): string {
  const sign = delta > 0 ? '+' : '−';
  if (key === 'objectivePassRate' || key === 'resilientShare') return `${sign}${Math.round(Math.abs(delta) * 100)} pts`;
  return `${sign}${format(Math.abs(delta))}`;
}

export type { HeadlineMetrics };
