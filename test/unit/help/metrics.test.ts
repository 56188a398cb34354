import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADLINE_METRIC_HELP, LATENCY_COMPONENT_HELP, METRICS, type MetricHelp } from '../../../src/ui/help/metrics';
import { LOWER_IS_BETTER } from '../../../src/engine/whatif/metrics';
import { LATENCY_COMPONENTS } from '../../../src/ui/results/latencyBarLayout';
import { mg1WaitMoments, mm1WaitMean, mmcWaitMean } from '../../../src/engine/model/queueing';
import { gbPerMonth } from '../../../src/engine/model/units';
import { HOURS_PER_MONTH } from '../../../src/engine/catalogue/economics';

const entries = Object.entries(METRICS) as [string, MetricHelp][];

describe('METRICS, the glossary behind the ⓘ tooltips', () => {
  it('has a name, a meaning, a formula and a unit for every entry, and no two entries share a name', () => {
    for (const [id, help] of entries) {
      for (const field of ['name', 'meaning', 'formula', 'unit'] as const) expect(help[field].trim(), `${id}.${field}`).not.toBe('');
    }
    const names = entries.map(([, h]) => h.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names, for every entry, an engine file that exists', () => {
    for (const [id, help] of entries) expect(existsSync(resolve('src', help.source)), `${id}: src/${help.source}`).toBe(true);
  });

  it('explains every headline figure the Compare table shows and every part of the latency bar', () => {
    expect(Object.keys(HEADLINE_METRIC_HELP).sort()).toEqual(Object.keys(LOWER_IS_BETTER).sort());
    expect(Object.keys(LATENCY_COMPONENT_HELP).sort()).toEqual(LATENCY_COMPONENTS.map((c) => c.key).sort());
    for (const id of [...Object.values(HEADLINE_METRIC_HELP), ...Object.values(LATENCY_COMPONENT_HELP)]) expect(METRICS[id]).toBeDefined();
  });
});

/** The glossary's formulas checked against the engine's own functions, so the two cannot drift apart. */
describe('the glossary’s formulas are the engine’s', () => {
  it('M/M/1: Wq = ρ ÷ (1 − ρ) × S', () => {
    expect(METRICS.mm1.formula).toContain('ρ ÷ (1 − ρ) × S');
    expect(mm1WaitMean(0.6, 2)).toBeCloseTo((0.6 / 0.4) * 2, 12);
  });

  it('M/D/1: Wq = ρ ÷ (2(1 − ρ)) × S, half the M/M/1 wait', () => {
    expect(METRICS.md1.formula).toContain('ρ ÷ (2(1 − ρ)) × S');
    expect(METRICS.md1.meaning).toContain('half the M/M/1 wait');
    // One message size S at λ arrivals per unit time: the raw moments are λSⁿ.
    const [lambda, s] = [0.3, 2];
    const [wait] = mg1WaitMoments(lambda, [lambda * s, lambda * s ** 2, lambda * s ** 3, lambda * s ** 4]);
    const rho = lambda * s;
    expect(wait).toBeCloseTo((rho / (2 * (1 - rho))) * s, 12);
    expect(wait).toBeCloseTo(mm1WaitMean(rho, s) / 2, 12);
  });

  it('M/M/c: Wq = C(c, a) × S ÷ (c(1 − ρ)), which is M/M/1 for one server', () => {
    expect(METRICS.computeQueueing.formula).toContain('C(c, a) × S ÷ (c(1 − ρ))');
    expect(mmcWaitMean(1, 0.5, 3)).toBeCloseTo(mm1WaitMean(0.5, 3), 12);
  });

  it('hours in a month and GB from Mbit/s: the 730 h and the ÷ 8 ÷ 1000 the glossary states', () => {
    expect(HOURS_PER_MONTH.value).toBe(730);
    expect(METRICS.egressGb.formula).toContain('× hours in the month (730) × 3600 ÷ 8 ÷ 1000');
    expect(gbPerMonth(10, 730)).toBeCloseTo((10 * 730 * 3600) / 8 / 1000, 9);
  });

  it('utilisation is offered load over capacity, and energy is IT power × PUE × hours', () => {
    expect(METRICS.utilisation.formula).toMatch(/^ρ = offered load ÷ capacity/);
    expect(METRICS.energy.formula).toContain('IT power × PUE × hours (730)');
  });
});
