import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';
import { linkResultAt } from '../../../../src/engine/resultColumns';

/*
 * One 5G eMBB cell (100 Mbit/s per direction) that reserves 10 Mbit/s for a
 * URLLC slice, shared by 100 devices running two workloads:
 *
 *   control  urllcSlice: 1 kB (8,000 bits) × 2.5/s × 100 devices = 2 Mbit/s
 *            on the 10 Mbit/s slice: ρ = 0.2, S = 8,000 ÷ 10 Mbit/s = 0.8 ms,
 *            M/D/1 wait ρS/(2(1−ρ)) = 0.2 × 0.8 / 1.6 = 0.1 ms.
 *   video    best effort: 100 kB (800,000 bits) × 1.0125/s × 100 = 81 Mbit/s
 *            on the 90 Mbit/s left: ρ = 0.9, S = 0.8 Mbit ÷ 90 Mbit/s = 8.889 ms,
 *            M/D/1 wait 0.9 × 8.889 / 0.2 = 40 ms.
 */
const CAPACITY_MBPS = 100;
const SLICE_MBPS = 10;

const doc = scenario({
  sites: [site('phones', 'device', { deviceCount: 100 }), site('mec', 'nearEdge')],
  links: [link('cell', 'phones', 'mec', '5g-embb', CAPACITY_MBPS, { lengthKm: 1, sliceReservedMbps: SLICE_MBPS })],
  workloads: [
    workload('control', 'phones', [stage('act', 'mec')], { requestsPerSecondPerDevice: 2.5, inputKB: 1, urllcSlice: true }),
    workload('video', 'phones', [stage('analyse', 'mec')], { requestsPerSecondPerDevice: 1.0125, inputKB: 100 }),
  ],
});

const result = evaluateScenario(doc);
const control = result.workloads[0];
const video = result.workloads[1];

describe('evaluateScenario: a URLLC slice beside heavy best-effort traffic', () => {
  it('carries the slice workload in the slice and the other outside it', () => {
    expect(control.segments[0].links[0]).toMatchObject({ linkId: 'cell', inSlice: true, queueModel: 'M/D/1' });
    expect(video.segments[0].links[0]).toMatchObject({ linkId: 'cell', inSlice: false, queueModel: 'M/D/1' });
  });

  it('queues the slice workload only behind slice traffic: the M/D/1 wait of 2 Mbit/s on the 10 Mbit/s reserved, 0.1 ms', () => {
    const rho = 2 / SLICE_MBPS;
    const serviceMs = (8000 / (SLICE_MBPS * 1e6)) * 1000;
    expectClose(control.segments[0].links[0].utilisation, rho, 1e-12);
    expectClose(control.breakdown.queueingMs, (rho * serviceMs) / (2 * (1 - rho)), 1e-9);
    expectClose(control.breakdown.queueingMs, 0.1, 1e-9);
    expectClose(linkResultAt(result.links, 0).sliceUtilisation, rho, 1e-12);
  });

  it('gives the slice workload the URLLC access figures (1 ms one way) instead of eMBB (10 ms)', () => {
    expect(control.breakdown.accessMs).toBe(1);
    expect(control.segments[0].links[0].accessMs).toBe(1);
    expect(video.breakdown.accessMs).toBe(10);
  });

  it('queues best-effort traffic on the capacity the slice leaves: 81 Mbit/s on 90, ρ = 0.9, a 40 ms wait', () => {
    const rho = 81 / (CAPACITY_MBPS - SLICE_MBPS);
    const serviceMs = (800_000 / ((CAPACITY_MBPS - SLICE_MBPS) * 1e6)) * 1000;
    expectClose(video.segments[0].links[0].utilisation, 0.9, 1e-12);
    expectClose(video.breakdown.queueingMs, (rho * serviceMs) / (2 * (1 - rho)), 1e-9);
    expectClose(video.breakdown.queueingMs, 40, 1e-9);
  });

  it('has a lower p99 and jitter than its withoutSlice counterfactual, where it queues with the video', () => {
    expect(control.withoutSlice).not.toBeNull();
    const without = control.withoutSlice!;
    expect(control.p99Ms!).toBeLessThan(without.p99Ms);
    expect(control.jitterMs!).toBeLessThan(without.jitterMs);
    expect(control.meanMs!).toBeLessThan(without.meanMs);
    // Only the workload that rides the slice carries the counterfactual.
    expect(video.withoutSlice).toBeNull();
  });

  it('adds a slice premium line of reserved Mbit/s × $5/(Mbit/s·month) = $50', () => {
    const lines = result.cost.lines.filter((l) => l.category === 'slice');
    expect(lines).toHaveLength(1);
    expect(lines[0].elementIds).toEqual(['cell']);
    expectClose(lines[0].usdPerMonth, SLICE_MBPS * 5, 1e-12);
    expectClose(result.cost.sliceUsdPerMonth, 50, 1e-12);
  });
});
