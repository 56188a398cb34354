import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, type Scenario } from '../../../../src/engine';
import { ASSUMPTION_DOMAINS } from '../../../../src/engine/whatif/assumptionDomains';
import { sensitivity, SENSITIVITY_METRICS, type SensitivityReport, type SensitivityRow } from '../../../../src/engine/whatif/sensitivity';
import { arbitraryScenario } from '../../fixtures/arbitraryScenario';
import { twoSiteScenario } from '../../fixtures/twoSite';
import { expectClose } from '../../helpers/approx';
import { loadPreset, presetFiles } from '../../helpers/presets';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

const ELECTRICITY = 'economics.electricityUsdPerKwh';
const EFFICIENCY = 'compute.inferenceEfficiency';

const rowOf = (report: SensitivityReport, key: string): SensitivityRow => {
  const row = report.rows.find((r) => r.key === key);
  if (row === undefined) throw new Error(`no row for ${key}`);
  return row;
};

const hasNull = (r: SensitivityRow) => r.metricAtLow === null || r.metricAtHigh === null;

/** Rows in report order: null metrics last, larger swings first, ties by key. */
function expectRanked(rows: readonly SensitivityRow[]): void {
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    const order = hasNull(a) !== hasNull(b) ? (hasNull(a) ? 1 : -1) : a.swing !== b.swing ? b.swing - a.swing : a.key < b.key ? -1 : 1;
    expect(order, `${a.key} (${a.swing}) before ${b.key} (${b.swing})`).toBeLessThan(0);
  }
}

describe('sensitivity(scenario, costUsdPerMonth, fraction) on the two-site scenario', () => {
  /*
   * The regional DC's one L4 is owned: its line is purchase ÷ 48 months plus
   * facility kW × 730 h × $0.13/kWh, and nothing else in the cost depends on
   * the electricity price (the internet link has a flat fee; network energy
   * is counted in kWh, not priced). The L4 runs at ρ = 10/s × 10 ms = 0.1:
   *   IT power       16 W idle + 0.1 × (72 − 16) W   = 21.6 W
   *   facility       21.6 W × PUE 1.56               = 33.696 W
   *   electricity    0.033696 kW × 730 h × $0.13/kWh = $3.1977504 a month
   * so ± f on the price moves the cost by ± f × $3.1977504: a swing of 2f × that.
   */
  const electricityUsdPerMonth = 0.033696 * 730 * 0.13;
  const fraction = 0.25;
  const report = sensitivity(twoSiteScenario(), 'costUsdPerMonth', fraction);

  it('swings the cost by 2 × fraction × (kWh × price) for the electricity price', () => {
    const row = rowOf(report, ELECTRICITY);
    expectClose(row.swing, 2 * fraction * electricityUsdPerMonth, 1e-9);
    expectClose(row.metricAtLow! - report.baseMetricValue!, -fraction * electricityUsdPerMonth, 1e-9);
    expectClose(row.metricAtHigh! - report.baseMetricValue!, fraction * electricityUsdPerMonth, 1e-9);
  });

  it('reports the base metric of an ordinary evaluation', () => {
    expect(report.baseMetricValue).toBe(evaluateScenario(twoSiteScenario()).cost.totalUsdPerMonth);
  });

  it('varies the value by ± fraction: 0.13 → 0.0975 and 0.1625 USD/kWh', () => {
    const row = rowOf(report, ELECTRICITY);
    expect([row.baseValue, row.lowValue, row.highValue, row.unit]).toEqual([0.13, 0.13 * 0.75, 0.13 * 1.25, 'USD/kWh']);
    expect([row.lowClamped, row.highClamped, row.clampReason]).toEqual([false, false, null]);
  });

  it('gives swing 0 to an assumption the cost does not touch (internet access latency)', () => {
    const row = rowOf(report, 'medium.internet.accessLatencyMs');
    expect(row.swing).toBe(0);
    expect(row.metricAtLow).toBe(report.baseMetricValue);
    expect(row.metricAtHigh).toBe(report.baseMetricValue);
  });

  it('ranks the rows by swing, largest first, ties by key', () => {
    expectRanked(report.rows);
    expect(report.rows[0].swing).toBeGreaterThan(0);
  });

  it('counts one evaluation for the base and one per side varied', () => {
    const varied = report.rows.reduce((n, r) => n + (r.lowValue !== r.baseValue ? 1 : 0) + (r.highValue !== r.baseValue ? 1 : 0), 0);
    expect(report.evaluations).toBe(1 + varied);
  });

  it('skips assumptions at 0 (the internet has no per-GB charge) and says why', () => {
    expect(report.skipped.map((s) => s.key)).toContain('medium.internet.costUsdPerGb');
    expect(report.rows.some((r) => r.baseValue === 0)).toBe(false);
  });
});

describe('sensitivity(scenario, worstP95Ms, fraction)', () => {
  it('gives swing 0 to the electricity price, which no latency depends on', () => {
    expect(rowOf(sensitivity(twoSiteScenario(), 'worstP95Ms', 0.1), ELECTRICITY).swing).toBe(0);
  });

  it('moves p95 by exactly ± f × 6 ms for the internet access latency, a pure shift while it stays above the jitter', () => {
    // Access is a floor of (access − jitter) plus an exponential part of mean jitter: with jitter 1 ms,
    // access 5.4–6.6 ms moves only the floor, and every percentile with it.
    const doc = twoSiteScenario({ assumptionOverrides: { 'medium.internet.jitterMs': 1 } });
    const row = rowOf(sensitivity(doc, 'worstP95Ms', 0.1), 'medium.internet.accessLatencyMs');
    expect([row.lowValue, row.highValue]).toEqual([6 * 0.9, 6 * 1.1]);
    expectClose(row.swing, 2 * 0.1 * 6, 1e-9);
  });

  it('keeps a row whose variant has no latency (saturated) at the bottom with swing 0', () => {
    // 3,448.5 GFLOP at 10/s on one L4 at 36,300 GFLOP/s: ρ = 0.95. At 90 % efficiency the L4 saturates.
    const report = sensitivity(twoSiteScenario({ gflopsPerRequest: 3448.5 }), 'worstP95Ms', 0.1);
    const row = rowOf(report, EFFICIENCY);
    expect(row.metricAtLow).toBeNull();
    expect(row.metricAtHigh).not.toBeNull();
    expect(row.swing).toBe(0);
    const firstNull = report.rows.findIndex(hasNull);
    expect(report.rows.slice(firstNull).every(hasNull)).toBe(true);
    expectRanked(report.rows);
  });
});

describe('sensitivity: clamping to a figure’s domain', () => {
  it('holds the inference efficiency at 1 and says so', () => {
    const report = sensitivity(twoSiteScenario({ assumptionOverrides: { [EFFICIENCY]: 0.95 } }), 'worstP95Ms', 0.1);
    const row = rowOf(report, EFFICIENCY);
    expect([row.lowValue, row.highValue, row.lowClamped, row.highClamped]).toEqual([0.95 * 0.9, 1, false, true]);
    expect(row.clampReason).toBe(ASSUMPTION_DOMAINS.get(EFFICIENCY)!.why);
  });

  it('holds a radio route factor of 1 at 1, and spends no evaluation on that side', () => {
    const report = sensitivity(loadPreset('smart-city.json'), 'worstP95Ms', 0.2);
    const row = rowOf(report, 'medium.5g-embb.routeFactor');
    expect([row.lowValue, row.lowClamped, row.metricAtLow]).toEqual([1, true, report.baseMetricValue]);
  });

  it('never pushes a user value outside the domain further in, past the base', () => {
    const report = sensitivity(twoSiteScenario({ assumptionOverrides: { 'medium.internet.routeFactor': 12 } }), 'worstP95Ms', 0.1);
    const row = rowOf(report, 'medium.internet.routeFactor');
    expect([row.lowValue, row.highValue]).toEqual([12 * 0.9, 12]);
  });
});

describe('sensitivity: drivers, options and errors', () => {
  /** 100 devices take 1 Mbit/s each from a cloud region: 32,850 GB a month of internet egress on AWS bands. */
  const cloudToDevices = (drivers: Scenario['drivers']) =>
    scenario({
      sites: [site('phones', 'device', { deviceCount: 100 }), site('cloud', 'cloud', { compute: { acceleratorId: 'h100-sxm', count: 1 } })],
      links: [link('net', 'phones', 'cloud', 'internet', 1000, { lengthKm: 100 })],
      workloads: [
        workload('chat', 'phones', [stage('answer', 'cloud', { gflopsPerRequest: 1, outputKB: 125 })], {
          inputKB: 1,
          returnsToDevice: true,
        }),
      ],
      drivers,
    });

  it('varies the price in play under an egress price driver, not the driver applied twice', () => {
    // Band 2 holds 10,140 GB at $0.09 × 2: ± f on it moves egress by ± f × 10,140 × $0.18.
    const row = rowOf(sensitivity(cloudToDevices({ egressPriceFactor: 2 }), 'egressUsdPerMonth', 0.1), 'egress.aws.band2.usdPerGb');
    expect(row.baseValue).toBeCloseTo(0.18, 12);
    expectClose(row.swing, 2 * 0.1 * 10_140 * 0.18, 1e-9);
  });

  it('leaves the growth base year out: a share of a calendar year means nothing', () => {
    const report = sensitivity(cloudToDevices({ growthYear: 2030 }), 'costUsdPerMonth', 0.1);
    expect(report.skipped.map((s) => s.key)).toContain('growth.baseYear');
    expect(report.rows.some((r) => r.key === 'growth.baseYear')).toBe(false);
  });

  it('keeps only maxAssumptions rows, the largest swings, and counts the rest', () => {
    const all = sensitivity(twoSiteScenario(), 'costUsdPerMonth', 0.1);
    const top = sensitivity(twoSiteScenario(), 'costUsdPerMonth', 0.1, { maxAssumptions: 3 });
    expect(top.rows).toEqual(all.rows.slice(0, 3));
    expect(top.omittedRows).toBe(all.rows.length - 3);
    expect(top.evaluations).toBe(all.evaluations);
  });

  it('throws RangeError for a fraction outside (0, 1) or a bad maxAssumptions', () => {
    for (const f of [0, 1, -0.1, 1.5, NaN]) expect(() => sensitivity(twoSiteScenario(), 'costUsdPerMonth', f)).toThrow(RangeError);
    expect(() => sensitivity(twoSiteScenario(), 'costUsdPerMonth', 0.1, { maxAssumptions: 0 })).toThrow(RangeError);
    expect(() => sensitivity(twoSiteScenario(), 'costUsdPerMonth', 0.1, { maxAssumptions: 2.5 })).toThrow(RangeError);
  });

  it('leaves the scenario and its overrides as they were, and gives the same report twice', () => {
    const doc = twoSiteScenario({ assumptionOverrides: { [ELECTRICITY]: 0.2 } });
    const before = structuredClone(doc);
    const first = sensitivity(doc, 'costUsdPerMonth', 0.3);
    expect(doc).toEqual(before);
    expect(sensitivity(doc, 'costUsdPerMonth', 0.3)).toEqual(first);
    expect(rowOf(first, ELECTRICITY).baseValue).toBe(0.2);
  });
});

/** Each row's low and high values are base × (1 ∓ f), or a clamp of them nearer the base inside the domain. */
function expectScaledOrClamped(report: SensitivityReport, fraction: number): void {
  for (const r of report.rows) {
    for (const [value, scaled, clamped] of [
      [r.lowValue, r.baseValue * (1 - fraction), r.lowClamped],
      [r.highValue, r.baseValue * (1 + fraction), r.highClamped],
    ] as const) {
      if (!clamped) {
        expect(value, r.key).toBe(scaled);
        continue;
      }
      const domain = ASSUMPTION_DOMAINS.get(r.key)!;
      expect(r.clampReason, r.key).toBe(domain.why);
      expect(value === domain.min || value === domain.max || value === r.baseValue, r.key).toBe(true);
      expect(Math.abs(value - r.baseValue), r.key).toBeLessThan(Math.abs(scaled - r.baseValue));
    }
    expect(r.swing).toBe(hasNull(r) ? 0 : Math.abs(r.metricAtHigh! - r.metricAtLow!));
  }
  expectRanked(report.rows);
}

describe('sensitivity: properties', () => {
  const fractionArb = fc.double({ min: 0, max: 0.9, minExcluded: true, noNaN: true });

  it.each(presetFiles())('varies each assumption in %s by ± fraction unless clamped, for any metric and fraction in (0, 0.9]', (file) => {
    const doc = loadPreset(file);
    fc.assert(
      fc.property(fractionArb, fc.constantFrom(...SENSITIVITY_METRICS), (fraction, metric) => {
        expectScaledOrClamped(sensitivity(doc, metric, fraction), fraction);
      }),
      { numRuns: 15, seed: 20_260_611 },
    );
  });

  it('never throws on random valid scenarios, and every metric is finite or null', () => {
    fc.assert(
      fc.property(arbitraryScenario, fractionArb, (doc, fraction) => {
        const report = sensitivity(doc, 'worstP95Ms', fraction);
        expectScaledOrClamped(report, fraction);
        for (const r of report.rows) for (const m of [r.metricAtLow, r.metricAtHigh]) expect(m === null || Number.isFinite(m)).toBe(true);
      }),
      { numRuns: 25, seed: 20_260_611 },
    );
  });
});
