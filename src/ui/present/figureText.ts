import type { StepFigure } from '../../engine/story/types';
import { formatMs, formatPercent, formatUsd } from '../format';

/** One value of a story figure, with its unit; `note` says why a value is missing ("saturated"). */
export function valueText(unit: StepFigure['unit'], value: number | null, note: string | null = null): string {
  if (value === null) return note ?? '—';
  switch (unit) {
    case 'ms':
      return formatMs(value);
    case 'USD/month':
      return `${formatUsd(value)}/mo`;
    case 'GB/month':
      return value >= 1000 ? `${(value / 1000).toFixed(value >= 10_000 ? 0 : 1)} TB/mo` : `${Math.round(value)} GB/mo`;
    case '%':
      return formatPercent(value / 100);
    case 'workloads':
    case 'violations':
      return String(Math.round(value));
  }
}

export type Verdict = 'better' | 'worse' | 'same' | 'none';

/** Whether the change is good news, so it is shown with an arrow and a word as well as a colour. */
export function verdict(figure: StepFigure): Verdict {
  const { before, after } = figure;
  if (before === null && after === null) return 'none';
  if (before === null) return figure.unit === 'ms' ? 'better' : 'none';
  if (after === null) return 'worse';
  const scale = Math.max(Math.abs(before), Math.abs(after), 1e-9);
  if (Math.abs(after - before) / scale < 0.005) return 'same';
  return after < before === figure.lowerIsBetter ? 'better' : 'worse';
}

/** "−87 %" or "+12 %" (or "cut off"): the change at a glance; null without a before. */
export function changeText(figure: StepFigure): string | null {
  const { before, after } = figure;
  if (before === null) return null;
  if (after === null) return figure.afterNote ?? 'none';
  if (figure.unit === '%') {
    const points = Math.round(after - before);
    return `${points >= 0 ? '+' : '−'}${Math.abs(points)} points`;
  }
  if (before === 0) return after === 0 ? '±0 %' : null;
  const change = Math.round(((after - before) / before) * 100);
  return change === 0 ? '±0 %' : change > 0 ? `+${change} %` : `−${-change} %`;
}
