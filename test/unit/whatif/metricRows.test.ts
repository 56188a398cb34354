import { describe, expect, it } from 'vitest';
import { compareMetric, formatDelta, METRIC_ROWS } from '../../../src/ui/whatif/metricRows';
import { LOWER_IS_BETTER } from '../../../src/engine/whatif/metrics';

describe('compareMetric(key, value, baseline)', () => {
  it('calls a lower cost better and a lower pass rate worse', () => {
    expect(compareMetric('costUsdPerMonth', 90, 100)).toEqual({ delta: -10, verdict: 'better' });
    expect(compareMetric('objectivePassRate', 0.5, 1)).toEqual({ delta: -0.5, verdict: 'worse' });
  });

  it('treats a difference within a part in a million as the same, and a missing side as no comparison', () => {
    expect(compareMetric('energyKwhPerMonth', 1000.0001, 1000)).toEqual({ delta: 0, verdict: 'same' });
    expect(compareMetric('worstP95Ms', null, 12)).toEqual({ delta: null, verdict: 'same' });
  });

  it('has a row for every headline metric, each with a direction', () => {
    expect(METRIC_ROWS.map((r) => r.key).sort()).toEqual(Object.keys(LOWER_IS_BETTER).sort());
  });
});

describe('formatDelta(key, delta, format)', () => {
  it('gives shares in percentage points and other metrics in their own unit', () => {
    expect(formatDelta('objectivePassRate', -0.333, (x) => String(x))).toBe('−33 pts');
    expect(formatDelta('costUsdPerMonth', 1200, (x) => `$${x}`)).toBe('+$1200');
  });
});
