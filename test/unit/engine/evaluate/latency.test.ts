import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';
import { TWO_SITE_EXPECTED as E, twoSiteScenario } from '../../fixtures/twoSite';
import { linkResultAt } from '../../../../src/engine/resultColumns';

describe('evaluateScenario: latency of a request across two sites', () => {
  const result = evaluateScenario(twoSiteScenario());
  const w = result.workloads[0];

  it('is ok and reports the load it was evaluated at', () => {
    expect(w.status).toBe('ok');
    expect(w.problem).toBeNull();
    expect(w.requestsPerSecond).toBe(10);
  });

  it('breaks the mean into access, propagation, serialisation, M/D/1 queueing and compute', () => {
    expectClose(w.breakdown.accessMs, E.accessMs, 1e-9);
    expectClose(w.breakdown.propagationMs, E.propagationMs, 1e-9);
    expectClose(w.breakdown.serialisationMs, E.serialisationMs, 1e-9);
    expectClose(w.breakdown.queueingMs, E.queueingMs, 1e-9);
    expectClose(w.breakdown.computeMs, E.computeMs, 1e-9);
    expectClose(w.breakdown.computeQueueingMs, E.computeQueueingMs, 1e-9);
    expect(w.breakdown.returnMs).toBe(0);
  });

  it('has a mean equal to the hand-computed sum, 44.508 ms', () => {
    const expected = E.accessMs + E.propagationMs + E.serialisationMs + E.queueingMs + E.computeMs + E.computeQueueingMs;
    expectClose(expected, 44.508, 1e-4);
    expectClose(w.meanMs!, expected, 1e-9);
  });

  it('takes p50, p95 and p99 from a three-moment fit that a 200,000-sample Monte-Carlo run confirms within 2 %', () => {
    expect(w.tailMethod).toBe('threeMomentFit');
    expect(w.p50Ms!).toBeLessThan(w.p95Ms!);
    expect(w.p95Ms!).toBeLessThan(w.p99Ms!);
    const mc = evaluateScenario(twoSiteScenario(), { monteCarlo: { samples: 200_000, seed: 7 } }).workloads[0].monteCarlo!;
    expectClose(mc.meanMs, w.meanMs!, 0.01);
    expectClose(w.p95Ms!, mc.p95Ms, 0.02);
    expectClose(w.p99Ms!, mc.p99Ms, 0.02);
    expect(w.meetsObjective).toBe(w.p95Ms! <= 100);
  });

  it('uses M/M/1 when the link says its message sizes are exponential', () => {
    const mm1 = evaluateScenario(twoSiteScenario({ queueModel: 'mm1' })).workloads[0];
    expectClose(mm1.breakdown.queueingMs, (0.2 / 0.8) * 20, 1e-9);
    expect(mm1.segments[0].links[0].queueModel).toBe('M/M/1');
    expect(w.segments[0].links[0].queueModel).toBe('M/D/1');
  });

  it('lists one network segment and one compute segment whose times add up to the mean', () => {
    expect(w.segments.map((s) => [s.kind, s.fromSiteId, s.toSiteId])).toEqual([
      ['network', 'phones', 'dc'],
      ['compute', 'dc', 'dc'],
    ]);
    expect(w.segments[0].links.map((l) => l.linkId)).toEqual(['uplink']);
    expectClose(w.segments[0].meanMs, E.accessMs + E.propagationMs + E.serialisationMs + E.queueingMs, 1e-9);
    expectClose(w.segments[1].meanMs, E.computeMs + E.computeQueueingMs, 1e-9);
  });

  it('reports the link load and one-way latency', () => {
    const l = linkResultAt(result.links, 0);
    expectClose(l.forwardMbps, 10, 1e-12);
    expect(l.reverseMbps).toBe(0);
    expectClose(l.utilisation, 0.2, 1e-12);
    expect(l.saturated).toBe(false);
    expectClose(l.oneWayLatencyMs, E.accessMs + E.propagationMs, 1e-12);
  });
});

describe('evaluateScenario: the way back', () => {
  it('adds the return leg to returnMs: access + propagation + serialisation + its own M/D/1 wait', () => {
    // 12.5 kB = 0.1 Mbit back at 50 Mbit/s: 2 ms on the wire; ρ = 1 Mbit/s ÷ 50 = 0.02.
    const w = evaluateScenario(twoSiteScenario({ returnsToDevice: true, outputKB: 12.5 })).workloads[0];
    const expectedReturn = 6 + 4.897 + 2 + (0.02 / (2 * 0.98)) * 2;
    expectClose(w.breakdown.returnMs, expectedReturn, 1e-9);
    expect(w.segments.at(-1)).toMatchObject({ kind: 'network', isReturn: true, fromSiteId: 'dc', toSiteId: 'phones' });
  });
});

describe('evaluateScenario: radio links', () => {
  it('serialises a device upload at the per-device radio rate, not the cell capacity', () => {
    // 5G eMBB gives one device 50 Mbit/s uplink (ITU-R M.2410) though the cell carries 500.
    const doc = scenario({
      sites: [site('phones', 'device'), site('mec', 'nearEdge')],
      links: [link('radio', 'phones', 'mec', '5g-embb', 500, { lengthKm: 1 })],
      workloads: [workload('w', 'phones', [stage('s', 'mec')], { inputKB: 125, requestsPerSecondPerDevice: 0.001 })],
    });
    expectClose(evaluateScenario(doc).workloads[0].breakdown.serialisationMs, 20, 1e-9);
  });
});

describe('evaluateScenario: stages on the device itself', () => {
  it('crosses no link and spends only compute time', () => {
    // Phone NPU: 22.5 TOP/s × 0.3 = 6,750 GFLOP/s; 67.5 GFLOP takes 10 ms.
    const doc = scenario({
      sites: [site('phones', 'device', { compute: { acceleratorId: 'phone-npu', count: 1 }, deviceCount: 1000 })],
      links: [],
      workloads: [
        workload('w', 'phones', [stage('s', 'phones', { gflopsPerRequest: 67.5 })], {
          requestsPerSecondPerDevice: 1,
          returnsToDevice: true,
        }),
      ],
    });
    const w = evaluateScenario(doc).workloads[0];
    expectClose(w.breakdown.computeMs, 10, 1e-9);
    // Each phone queues only its own requests: ρ = 1/s × 10 ms = 0.01.
    expectClose(w.breakdown.computeQueueingMs, (0.01 / 0.99) * 10, 1e-9);
    expect(w.breakdown.accessMs + w.breakdown.returnMs).toBe(0);
  });
});

describe('evaluateScenario: problems other than load', () => {
  it('marks a workload unreachable when no path joins its sites, with null times', () => {
    const doc = scenario({
      sites: [site('phones', 'device'), site('dc', 'regionalDc', { compute: { acceleratorId: 'l4', count: 1 } })],
      links: [],
      workloads: [workload('w', 'phones', [stage('s', 'dc', { gflopsPerRequest: 1 })])],
    });
    const result = evaluateScenario(doc);
    expect(result.workloads[0]).toMatchObject({ status: 'unreachable', meanMs: null, p95Ms: null, meetsObjective: false });
    expect(result.warnings.map((x) => x.kind)).toContain('unreachable');
  });

  it('marks a workload noCompute when a stage with work lands on a site without accelerators', () => {
    const doc = scenario({
      sites: [site('phones', 'device'), site('dc', 'regionalDc')],
      links: [link('l', 'phones', 'dc', 'internet', 1000, { lengthKm: 10 })],
      workloads: [workload('w', 'phones', [stage('s', 'dc', { gflopsPerRequest: 1 })])],
    });
    const result = evaluateScenario(doc);
    expect(result.workloads[0]).toMatchObject({ status: 'noCompute', meanMs: null, p95Ms: null });
    expect(result.warnings.map((x) => x.kind)).toContain('noCompute');
  });
});
