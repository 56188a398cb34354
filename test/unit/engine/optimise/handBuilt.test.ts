import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { applyPlacement, optimisePlacement, paretoPlacements } from '../../../../src/engine/optimise';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

/*
 * Cases whose answer can be worked out by hand, so the optimiser is checked
 * against arithmetic and not only against itself.
 */

const HOURS = 730;
const L4 = { peakGflopsPerSecond: 121_000, efficiency: 0.3, idleW: 16, maxW: 72, purchaseUsd: 2150, onDemandUsdPerHour: 0.8048 };

/**
 * 100 phones send 100 kB a second each to a classifier and get 100 kB back.
 * It can run on an owned L4 at the far edge (PUE 1.5, 10 km of free fibre
 * away) or on an on-demand L4 in a cloud region behind it (free links), whose
 * answers leave the region at AWS's internet egress tiers. It starts in the
 * cloud.
 */
function edgeOrCloud() {
  return scenario({
    sites: [
      site('phones', 'device', { deviceCount: 100 }),
      site('edge', 'farEdge', { compute: { acceleratorId: 'l4', count: 1 }, pue: 1.5, pricing: 'owned' }),
      site('cloud', 'cloud', { compute: { acceleratorId: 'l4', count: 1 }, pue: 1.2, pricing: 'onDemand', egressTariff: 'aws' }),
    ],
    links: [
      link('access', 'phones', 'edge', 'metro-fibre', 10_000, { lengthKm: 10, costUsdPerMonth: 0, costUsdPerGb: 0 }),
      link('backhaul', 'edge', 'cloud', 'internet', 10_000, { lengthKm: 500, costUsdPerMonth: 0, costUsdPerGb: 0 }),
    ],
    workloads: [
      workload('vision', 'phones', [stage('classify', 'cloud', { gflopsPerRequest: 36.3, outputKB: 100 })], {
        requestsPerSecondPerDevice: 1,
        inputKB: 100,
        returnsToDevice: true,
        latencyObjectiveP95Ms: 1000,
      }),
    ],
  });
}

describe('a workload whose cheapest placement is obvious', () => {
  // 100 requests/s × 1 ms of L4 time (36.3 GFLOP at 36,300 GFLOP/s) keep one L4 10 % busy.
  const utilisation = (100 * (36.3 / (L4.peakGflopsPerSecond * L4.efficiency))) / 1;
  const edgeKw = (u: number) => ((L4.idleW + u * (L4.maxW - L4.idleW)) / 1000) * 1.5;
  const edgeOwnedUsd = (u: number) => L4.purchaseUsd / 48 + edgeKw(u) * HOURS * 0.13;
  const cloudUsd = L4.onDemandUsdPerHour * HOURS;
  // Answers: 100/s × 100 kB = 80 Mbit/s = 26,280 GB a month, at 0 / $0.09 / $0.085 per GB past 100 GB / 10,240 GB.
  const egressGb = (80e6 * HOURS * 3600) / 8 / 1e9;
  const egressUsd = (10_240 - 100) * 0.09 + (egressGb - 10_240) * 0.085;

  it('puts the stage at the edge, at the cost worked out by hand', () => {
    expect(utilisation).toBeCloseTo(0.1, 12);
    expect(egressGb).toBeCloseTo(26_280, 9);
    const r = optimisePlacement(edgeOrCloud(), 0, { objective: 'cost' });
    expect(r.status).toBe('optimal');
    if (r.status !== 'optimal') return;
    expect(r.placement).toEqual(['edge']);
    expectClose(r.values.costUsdPerMonth, edgeOwnedUsd(utilisation) + cloudUsd, 1e-9);
    // Where it stands, the cloud adds the egress and leaves the edge idle.
    expectClose(r.current.costUsdPerMonth, edgeOwnedUsd(0) + cloudUsd + egressUsd, 1e-9);
    expectClose(r.improvement.costUsdPerMonth, egressUsd - (edgeOwnedUsd(utilisation) - edgeOwnedUsd(0)), 1e-9);
  });

  it('gives the figures evaluateScenario gives for the moved scenario', () => {
    const doc = edgeOrCloud();
    for (const objective of ['cost', 'latency', 'energy'] as const) {
      const r = optimisePlacement(doc, 0, { objective });
      if (r.status !== 'optimal') throw new Error(objective);
      const engine = evaluateScenario(applyPlacement(doc, 0, r.placement));
      expectClose(r.values.costUsdPerMonth, engine.cost.totalUsdPerMonth, 1e-9);
      expectClose(r.values.p95Ms, engine.workloads[0].p95Ms!, 1e-9);
      expectClose(r.values.energyKwhPerMonth, engine.energy.totalKwhPerMonth, 1e-9);
    }
  });

  it('lists both placements on the latency–cost plane, the edge alone on the front', () => {
    const p = paretoPlacements(edgeOrCloud(), 0);
    expect(p.truncated).toBe(false);
    expect(p.points.map((x) => [x.placement[0], x.onFront, x.isCurrent])).toEqual([
      ['edge', true, false],
      ['cloud', false, true],
    ]);
    expectClose(p.points[1].costUsdPerMonth, edgeOwnedUsd(0) + cloudUsd + egressUsd, 1e-9);
  });
});

/** Ten cameras in London whose detector takes 25 ms of L4 time wherever it runs: no placement meets 20 ms. */
function tooSlowForTwentyMs() {
  return scenario({
    sites: [
      site('cameras', 'device', { deviceCount: 10 }),
      site('mec', 'nearEdge', { compute: { acceleratorId: 'l4', count: 4 } }),
      site('dc', 'regionalDc', { compute: { acceleratorId: 'l4', count: 8 } }),
    ],
    links: [
      link('radio', 'cameras', 'mec', '5g-embb', 1000, { lengthKm: 2 }),
      link('metro', 'mec', 'dc', 'metro-fibre', 10_000, { lengthKm: 40 }),
    ],
    workloads: [
      workload('safety', 'cameras', [stage('detect', 'dc', { name: 'Detect', gflopsPerRequest: 907.5, outputKB: 1 })], {
        requestsPerSecondPerDevice: 0.5,
        inputKB: 50,
        latencyObjectiveP95Ms: 20,
      }),
    ],
  });
}

describe('an objective no placement meets', () => {
  it('is infeasible, naming the objective and the best p95 any placement achieves', () => {
    const doc = tooSlowForTwentyMs();
    const r = optimisePlacement(doc, 0, { objective: 'cost' });
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.bindingConstraint.kind).toBe('latencyObjective');
    // The fastest is the MEC, one radio hop away; its p95 as the engine gives it.
    const fastest = evaluateScenario(applyPlacement(doc, 0, ['mec'])).workloads[0].p95Ms!;
    expect(fastest).toBeGreaterThan(25);
    expect(evaluateScenario(applyPlacement(doc, 0, ['dc'])).workloads[0].p95Ms!).toBeGreaterThan(fastest);
    expect(r.bindingConstraint.message).toBe(
      `no candidate site for stage Detect meets the 20 ms objective: the fastest placement (mec) gives ${fastest.toFixed(1)} ms`,
    );
    expect(r.reasons.map((x) => [x.kind, x.placements])).toEqual([['latencyObjective', 2]]);
  });
});

/**
 * Cameras in the UK send raw personal images to a detector. A UK far-edge box
 * with a T4 is slow (1,000 GFLOP take 51 ms); a Frankfurt region with an H100
 * would be far faster, but is outside the UK.
 */
function residency() {
  return scenario({
    sites: [
      site('cameras', 'device', { deviceCount: 5 }),
      site('uk-edge', 'farEdge', { compute: { acceleratorId: 't4', count: 2 } }),
      site('eu-cloud', 'cloud', {
        location: { lat: 50.11, lon: 8.68 },
        jurisdiction: 'EU',
        compute: { acceleratorId: 'h100-sxm', count: 8 },
      }),
    ],
    links: [
      link('lan', 'cameras', 'uk-edge', 'wifi-6', 1000, { lengthKm: 0.1 }),
      link('wan', 'uk-edge', 'eu-cloud', 'long-haul-fibre', 10_000),
    ],
    workloads: [
      workload(
        'faces',
        'cameras',
        [
          stage('detect', 'eu-cloud', { name: 'Detect', gflopsPerRequest: 1000, outputKB: 2, inputDataClass: 'rawPersonal' }),
          stage('count', 'eu-cloud', { name: 'Count', gflopsPerRequest: 1, outputKB: 1, inputDataClass: 'derived' }),
        ],
        { requestsPerSecondPerDevice: 1, inputKB: 200, latencyObjectiveP95Ms: 1000 },
      ),
    ],
  });
}

describe('residency', () => {
  it('never places raw personal data across a jurisdiction, even when that is faster', () => {
    const doc = residency();
    const inEu = evaluateScenario(applyPlacement(doc, 0, ['eu-cloud', 'eu-cloud'])).workloads[0].p95Ms!;
    const inUk = evaluateScenario(applyPlacement(doc, 0, ['uk-edge', 'uk-edge'])).workloads[0].p95Ms!;
    expect(inEu).toBeLessThan(inUk);
    const r = optimisePlacement(doc, 0, { objective: 'latency' });
    expect(r.status === 'optimal' && r.placement[0]).toBe('uk-edge');
    // Derived data may leave: the second stage is free to go to Frankfurt.
    const both = optimisePlacement(doc, 0, { objective: 'latency', candidates: [['uk-edge'], null] });
    expect(both.status).toBe('optimal');
  });

  it('is the binding constraint when only foreign sites may run the stage that receives raw personal data', () => {
    const r = optimisePlacement(residency(), 0, { objective: 'cost', candidates: [['eu-cloud'], null] });
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.bindingConstraint.kind).toBe('sovereignty');
    expect(r.bindingConstraint.message).toMatch(/^every placement of faces that can be routed sends raw personal data out of UK: /);
    expect(r.reasons.map((x) => x.kind)).toEqual(['sovereignty']);
  });
});

/**
 * Two workloads from the same phones over a 10 Mbit/s uplink to the cloud.
 * `fixed` (50 kB a second from each phone) meets its 120 ms objective with
 * 108 ms. `movable` is far faster in the cloud (2,000 GFLOP take 296 ms on a
 * phone's NPU, 7 ms on an H100), but its traffic there would push `fixed` to
 * 146 ms.
 */
function crowdedUplink() {
  return scenario({
    sites: [
      site('phones', 'device', { deviceCount: 10, compute: { acceleratorId: 'phone-npu', count: 1 } }),
      site('cloud', 'cloud', { compute: { acceleratorId: 'h100-sxm', count: 8 } }),
    ],
    links: [link('uplink', 'phones', 'cloud', 'internet', 10, { lengthKm: 100 })],
    workloads: [
      workload('fixed', 'phones', [stage('a', 'cloud', { gflopsPerRequest: 1 })], {
        requestsPerSecondPerDevice: 1,
        inputKB: 50,
        latencyObjectiveP95Ms: 120,
      }),
      workload('movable', 'phones', [stage('b', 'phones', { gflopsPerRequest: 2000 })], {
        requestsPerSecondPerDevice: 0.4,
        inputKB: 50,
        latencyObjectiveP95Ms: 5000,
      }),
    ],
  });
}

describe('other workloads', () => {
  it("keeps the workload off a link where it would break another workload's objective", () => {
    const doc = crowdedUplink();
    const before = evaluateScenario(doc);
    expect(before.workloads[0].meetsObjective).toBe(true);
    const inCloud = evaluateScenario(applyPlacement(doc, 1, ['cloud']));
    expect(inCloud.workloads[0].meetsObjective).toBe(false);
    expect(inCloud.workloads[1].p95Ms!).toBeLessThan(before.workloads[1].p95Ms!);
    const r = optimisePlacement(doc, 1, { objective: 'latency' });
    expect(r.status === 'optimal' && r.placement).toEqual(['phones']);
  });

  it('is named as the binding constraint when the only placement left breaks another workload', () => {
    const r = optimisePlacement(crowdedUplink(), 1, { objective: 'latency', candidates: [['cloud']] });
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.bindingConstraint.kind).toBe('otherObjective');
    expect(r.bindingConstraint.message).toMatch(/fixed would reach [\d.]+ ms against its 120 ms objective/);
  });
});
