import type { StepFigure } from '../../engine/story/types';
import { changeText as percentChange, gbText, msText, percentText, usdText } from '../../engine/story/wording';

/** One value of a story figure, with its unit; `note` says why a value is missing ("saturated"). */
export function valueText(unit: StepFigure['unit'], value: number | null, note: string | null = null): string {
  if (value === null) return note ?? '—';
  switch (unit) {
    // The captions' own wording, so the big numbers and the sentences under them agree.
    case 'ms':
      return msText(value);
    case 'USD/month':
      return `${usdText(value)}/mo`;
    case 'GB/month':
      return `${gbText(value)}/mo`;
    case '%':
      return percentText(value / 100);
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

/** "−87 %" or "+12 %" (or "cut off"): the change at a glance, as the captions write it; null without a before. */
export function changeText(figure: StepFigure): string | null {
  const { before, after } = figure;
  if (before === null) return null;
  if (after === null) return figure.afterNote ?? 'none';
  if (figure.unit === '%') {
    const points = Math.round(after - before);
    return `${points >= 0 ? '+' : '−'}${Math.abs(points)} points`;
  }
  if (before === 0) return after === 0 ? '±0 %' : null;
  return percentChange(before, after);
}
