import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { DIURNAL_PROFILE } from '../../../../src/engine/catalogue/traffic';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';
import { linkResultAt } from '../../../../src/engine/resultColumns';

/*
 * An on-demand interconnect of 1,000 Mbit/s that adds 1,000 Mbit/s of burst
 * capacity when the baseline passes 80 %. `devices` each send one 125 kB
 * (1 Mbit) request a second, so the average load is `devices` Mbit/s. The
 * default busy-hour factor (1.6) leaves the daily profile as catalogued.
 * Burst is priced at $0.30 per Gbit/s·hour, 730 h a month.
 */
const doc = (devices: number) =>
  scenario({
    sites: [site('phones', 'device', { deviceCount: devices }), site('dc', 'regionalDc')],
    links: [link('dx', 'phones', 'dc', 'on-demand-interconnect', 1000, { lengthKm: 10, burstCapacityMbps: 1000, burstThreshold: 0.8 })],
    workloads: [workload('upload', 'phones', [stage('store', 'dc')], { requestsPerSecondPerDevice: 1, inputKB: 125 })],
  });

const HOURS_PER_DAY_TO_MONTH = 730 / 24;
const USD_PER_GBPS_HOUR = 0.3;

describe('the daily profile the burst hours are counted on', () => {
  it('has the hourly values the hand counts below use: peak 1.6 at 20:00, ≥ 1.05 from 08:00 to 22:00, ≤ 0.8 otherwise', () => {
    expect(DIURNAL_PROFILE).toHaveLength(24);
    expect(Math.max(...DIURNAL_PROFILE)).toBe(1.6);
    expect(DIURNAL_PROFILE.slice(17, 22)).toEqual([1.35, 1.45, 1.55, 1.6, 1.5]);
    expect(DIURNAL_PROFILE.filter((f) => f > 1.3 && f < 1.35)).toEqual([]);
    expect([...DIURNAL_PROFILE.slice(0, 8), DIURNAL_PROFILE[23]].every((f) => f <= 0.8)).toBe(true);
    expect(DIURNAL_PROFILE.slice(8, 23).every((f) => f >= 1.05)).toBe(true);
  });
});

describe('evaluateScenario: on-demand burst below its threshold all day', () => {
  // 300 Mbit/s: ρ = 0.3, and 0.3 × 1.6 = 0.48 < 0.8 even in the busiest hour.
  const result = evaluateScenario(doc(300));

  it('never switches the burst on and has no burst cost line', () => {
    expect(linkResultAt(result.links, 0).burstOn).toBe(false);
    expect(linkResultAt(result.links, 0).burstHoursPerMonth).toBe(0);
    expect(result.cost.lines.filter((l) => l.category === 'burst')).toEqual([]);
    expect(result.cost.burstUsdPerMonth).toBe(0);
  });

  it('queues on the baseline capacity alone and carries no withoutBurst counterfactual', () => {
    const w = result.workloads[0];
    expectClose(w.segments[0].links[0].utilisation, 0.3, 1e-12);
    // M/D/1 with S = 1 Mbit ÷ 1,000 Mbit/s = 1 ms.
    expectClose(w.breakdown.queueingMs, (0.3 * 1) / (2 * 0.7), 1e-9);
    expect(w.withoutBurst).toBeNull();
  });
});

describe('evaluateScenario: on-demand burst in the busy hours only', () => {
  // 600 Mbit/s: ρ = 0.6 on average, past 0.8 where the profile exceeds 0.8/0.6 = 1.333:
  // 17:00 (1.35), 18:00 (1.45), 19:00 (1.55), 20:00 (1.6), 21:00 (1.5): 5 hours a day.
  const result = evaluateScenario(doc(600));

  it('counts 5 burst hours a day: 5 × 730/24 = 152.08 hours a month', () => {
    expectClose(linkResultAt(result.links, 0).burstHoursPerMonth, 5 * HOURS_PER_DAY_TO_MONTH, 1e-12);
  });

  it('prices those hours: 5 h/day × 730/24 days × 1 Gbit/s × $0.30 = $45.63', () => {
    const burst = result.cost.lines.filter((l) => l.category === 'burst');
    expect(burst).toHaveLength(1);
    expectClose(burst[0].usdPerMonth, 5 * HOURS_PER_DAY_TO_MONTH * 1 * USD_PER_GBPS_HOUR, 1e-12);
    expectClose(result.cost.burstUsdPerMonth, 45.625, 1e-12);
  });

  it('does not count the burst as capacity at the average load, where it is off', () => {
    expect(linkResultAt(result.links, 0).burstOn).toBe(false);
    expectClose(result.workloads[0].segments[0].links[0].utilisation, 0.6, 1e-12);
  });
});

describe('evaluateScenario: on-demand burst above its threshold on average', () => {
  // 900 Mbit/s: ρ = 0.9 > 0.8. Hours past 0.8/0.9 = 0.889 in the profile: 08:00 (1.05)
  // through 22:00 (1.15), fifteen hours; 07:00 and 23:00 (0.8) stay below.
  const result = evaluateScenario(doc(900));
  const w = result.workloads[0];

  it('switches the burst on and queues on baseline + burst: 900 on 2,000 Mbit/s, ρ = 0.45', () => {
    expect(linkResultAt(result.links, 0).burstOn).toBe(true);
    expectClose(w.segments[0].links[0].utilisation, 0.45, 1e-12);
    // M/D/1 with S = 1 Mbit ÷ 2,000 Mbit/s = 0.5 ms.
    expectClose(w.breakdown.queueingMs, (0.45 * 0.5) / (2 * 0.55), 1e-9);
    expectClose(w.breakdown.serialisationMs, 0.5, 1e-12);
  });

  it('counts 15 burst hours a day, 456.25 a month, and prices them at 15 × 730/24 × 1 Gbit/s × $0.30', () => {
    expectClose(linkResultAt(result.links, 0).burstHoursPerMonth, 15 * HOURS_PER_DAY_TO_MONTH, 1e-12);
    const burst = result.cost.lines.find((l) => l.category === 'burst')!;
    expect(burst.elementIds).toEqual(['dx']);
    expectClose(burst.usdPerMonth, 15 * HOURS_PER_DAY_TO_MONTH * 1 * USD_PER_GBPS_HOUR, 1e-12);
    expectClose(burst.usdPerMonth, 136.875, 1e-12);
  });

  it('carries a withoutBurst counterfactual that is slower: ρ = 0.9 on the baseline alone', () => {
    expect(w.withoutBurst).not.toBeNull();
    expect(w.withoutBurst!.meanMs).toBeGreaterThan(w.meanMs!);
    expect(w.withoutBurst!.p95Ms).toBeGreaterThan(w.p95Ms!);
    // Without the burst: 1 ms on the wire and an M/D/1 wait of 0.9 × 1 / 0.2 = 4.5 ms.
    const withBurstMs = 0.5 + (0.45 * 0.5) / 1.1;
    expectClose(w.withoutBurst!.meanMs - w.meanMs!, 1 + 4.5 - withBurstMs, 1e-9);
  });

  it('reports the total without bursts as a what-if: lower by the burst line', () => {
    expectClose(result.cost.totalUsdPerMonth - result.whatIfs.withoutBursts!.totalUsdPerMonth, 136.875, 1e-9);
  });
});

describe('evaluateScenario: average load past the baseline capacity, carried by the burst', () => {
  // 1,200 Mbit/s on average over a 1,000 Mbit/s baseline: the burst is on, and the
  // link has 2,000 Mbit/s while it is, so the reported load is 1,200 ÷ 2,000 = 0.6 at least.
  const result = evaluateScenario(doc(1200));
  const dx = linkResultAt(result.links, 0);

  it('reports the load against the capacity with the burst, not as a saturated link', () => {
    expect(dx.burstOn).toBe(true);
    expect(dx.utilisation).toBeGreaterThanOrEqual(0.6 - 1e-12);
    expect(dx.utilisation).toBeLessThan(1);
    expect(dx.saturated).toBe(false);
  });

  it('is saturated once bursts are switched off', () => {
    const off = evaluateScenario({ ...doc(1200), drivers: { burstsEnabled: false } });
    expect(linkResultAt(off.links, 0).saturated).toBe(true);
  });
});
