import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import {
  applyPlacements,
  loadHighs,
  optimisePlacements,
  PlacementMilpInputError,
  solvePlacementMilp,
  type MilpSolver,
  type PlacementMilpResult,
} from '../../../../src/engine/placementMilp';
import { fastestFixedMs } from '../../../../src/engine/placementMilp/diagnose';
import { linearValue } from '../../../../src/engine/placementMilp/linear';
import { writeLp } from '../../../../src/engine/placementMilp/lpFormat';
import { buildPlacementModel } from '../../../../src/engine/placementMilp/model';
import { preparePlacementProblem } from '../../../../src/engine/placementMilp/problem';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';
import { edgeOrCloud, l4Gflop, queueingTrap } from './fixtures';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await loadHighs();
});

const sitesOf = (r: PlacementMilpResult) => Object.fromEntries((r.placement ?? []).map((p) => [p.workloadId, p.siteIds]));

describe('two workloads that both want the one edge GPU', () => {
  it('gives it to the one that saves more request-weighted latency, and names nothing binding', () => {
    const s = edgeOrCloud();
    const r = solvePlacementMilp(highs, s, { objective: 'latency' });
    expect(r.status).toBe('optimal');
    // 20 rps of "Busy alerts" against 15 of "Quiet counts", the same path: the busier saves more.
    expect(sitesOf(r)).toEqual({ a: ['mec'], b: ['cloud'] });
    expect(r.bindingConstraint).toBeUndefined();
    expect(r.iterations).toBe(1);
    // The swap is feasible too, and worse in the linear model by 5 rps × the cloud's extra fixed time.
    const model = buildPlacementModel(preparePlacementProblem(s, { objective: 'latency' }), 'latency');
    const site = (id: string) => s.sites.findIndex((x) => x.id === id);
    const swapped = linearValue(model, [Int32Array.of(site('cloud')), Int32Array.of(site('mec'))])!;
    expect(swapped.feasible).toBe(true);
    expect(swapped.objective).toBeGreaterThan(r.objectiveValue!);
    // Both on the MEC would take 1.05 erlangs of its 0.95.
    expect(linearValue(model, [Int32Array.of(site('mec')), Int32Array.of(site('mec'))])!.feasible).toBe(false);
    expect(r.verified!.workloads.every((w) => w.meetsObjective)).toBe(true);
  });

  it('is infeasible with an impossible objective, and names that latency objective', () => {
    const s = edgeOrCloud({ objectivesMs: [20, 1000] });
    const r = solvePlacementMilp(highs, s, { objective: 'latency' });
    expect(r.status).toBe('infeasible');
    expect(r.placement).toBeNull();
    expect(r.bindingConstraint?.kind).toBe('latencyObjective');
    expect(r.bindingConstraint?.elementId).toBe('a');
    const model = buildPlacementModel(preparePlacementProblem(s, { objective: 'latency' }), 'latency');
    const fastest = fastestFixedMs(model, 0);
    // 5G access floor (10 − 3 ms) and 30 ms on the L4 out, the floor again back: 47.3 ms at best.
    expect(fastest).toBeCloseTo(47.3, 1);
    expect(r.bindingConstraint?.message).toBe(
      `latency objective of Busy alerts: the fastest placement's fixed parts are ${fastest.toFixed(1)} ms against 20.0 ms`,
    );
  });

  it('keeps raw personal data at home even when the other workload saves more abroad', () => {
    // "Busy alerts" (raw personal) is now the quieter: left free, the busier counts would take the MEC.
    const free = solvePlacementMilp(highs, edgeOrCloud({ dataClass: 'raw', cloudJurisdiction: 'EU', rps: [1.5, 2] }), {
      objective: 'latency',
    });
    expect(sitesOf(free)).toEqual({ a: ['cloud'], b: ['mec'] });
    const kept = solvePlacementMilp(highs, edgeOrCloud({ dataClass: 'rawPersonal', cloudJurisdiction: 'EU', rps: [1.5, 2] }), {
      objective: 'latency',
    });
    expect(kept.status).toBe('optimal');
    expect(sitesOf(kept)).toEqual({ a: ['mec'], b: ['cloud'] });
    expect(kept.objectiveValue!).toBeGreaterThan(free.objectiveValue!);
  });

  it('names residency when the only sites at home cannot take the work', () => {
    // Both workloads carry raw personal data and must stay in the UK, where one L4 cannot take both.
    const s = edgeOrCloud({ dataClass: 'rawPersonal', cloudJurisdiction: 'EU' });
    const both = {
      ...s,
      workloads: s.workloads.map((w) => ({ ...w, stages: w.stages.map((st) => ({ ...st, inputDataClass: 'rawPersonal' as const })) })),
    };
    const r = solvePlacementMilp(highs, both, { objective: 'cost' });
    expect(r.status).toBe('infeasible');
    expect(r.bindingConstraint?.kind).toBe('residency');
    // Relaxing the MEC's capacity alone would do too: it is listed.
    expect(r.alsoBinding?.map((b) => [b.kind, b.elementId])).toEqual([['siteCapacity', 'mec']]);
  });

  it('names the capacity of the site when nothing else stands in the way', () => {
    // The cloud is no candidate for either: both need the MEC, which takes one.
    const r = solvePlacementMilp(highs, edgeOrCloud(), { objective: 'cost', candidates: { a: [['mec']], b: [['mec']] } });
    expect(r.status).toBe('infeasible');
    expect(r.bindingConstraint).toEqual({
      kind: 'siteCapacity',
      elementId: 'mec',
      message: 'capacity of Barcelona MEC compute: 1.05 erlangs needed against 0.95 free (95 % of 1 accelerator)',
    });
  });
});

describe('the verification loop', () => {
  it('cuts a placement whose fixed parts fit but whose queueing misses the objective, and re-solves', () => {
    const s = queueingTrap(100);
    const model = buildPlacementModel(preparePlacementProblem(s, { objective: 'latency' }), 'latency');
    const mec = s.sites.findIndex((x) => x.id === 'mec');
    const cloud = s.sites.findIndex((x) => x.id === 'cloud');
    // The linear model prefers the MEC (ρ = 0.9 is inside its headroom, its fixed parts are shorter) ...
    const atMec = linearValue(model, [Int32Array.of(mec)])!;
    const atCloud = linearValue(model, [Int32Array.of(cloud)])!;
    expect(atMec.feasible && atCloud.feasible).toBe(true);
    expect(atMec.objective).toBeLessThan(atCloud.objective);
    expect(atMec.fixedMs[0]).toBeLessThan(100);
    // ... the engine's M/M/1 wait puts its p95 far past 100 ms ...
    const there = evaluateScenario(applyPlacements(s, [{ workloadId: 'w', siteIds: ['mec'] }]), { whatIfs: false });
    expect(there.workloads[0].p95Ms!).toBeGreaterThan(250);
    // ... so the first solve's answer is cut, and the second is the cloud.
    const r = solvePlacementMilp(highs, s, { objective: 'latency' });
    expect(r).toMatchObject({ status: 'optimal', iterations: 2, cutsAdded: 1, placement: [{ workloadId: 'w', siteIds: ['cloud'] }] });
    expect(r.objectiveValue).toBeCloseTo(atCloud.objective, 9);
    expect(r.verified!.workloads[0].p95Ms!).toBeLessThanOrEqual(100);
  });

  it('reports infeasible, naming the engine check, when every placement the linear model allows is refused', () => {
    // At 30 ms only the MEC's fixed parts fit, and its queue does not.
    const r = solvePlacementMilp(highs, queueingTrap(30), { objective: 'latency' });
    expect(r.status).toBe('infeasible');
    expect(r.cutsAdded).toBe(1);
    expect(r.bindingConstraint?.kind).toBe('engineCheck');
    expect(r.bindingConstraint?.elementId).toBe('w');
  });

  it('stops unproven at the iteration cap', () => {
    const r = solvePlacementMilp(highs, queueingTrap(100), { objective: 'latency', maxIterations: 1 });
    expect(r).toMatchObject({ status: 'unproven', iterations: 1, cutsAdded: 1, placement: null, verified: null });
  });

  it('protects a workload left in place: it may not be pushed past an objective it met', () => {
    // A fixed workload shares the MEC; moving "w" there (cheap in the linear model) would break it.
    const s = queueingTrap(1000);
    const fixed = workload('fixed', 'cams', [stage('small', 'mec', { gflopsPerRequest: l4Gflop(2), outputKB: 1 })], {
      name: 'Fixed',
      requestsPerSecondPerDevice: 0.01,
      inputKB: 1,
      returnsToDevice: true,
      latencyObjectiveP95Ms: 60,
    });
    const withFixed = { ...s, workloads: [...s.workloads, fixed] };
    expect(evaluateScenario(withFixed, { whatIfs: false }).workloads[1].meetsObjective).toBe(true);
    const r = solvePlacementMilp(highs, withFixed, { objective: 'latency', workloadIds: ['w'] });
    expect(r.status).toBe('optimal');
    expect(r.cutsAdded).toBeGreaterThan(0);
    expect(sitesOf(r)).toEqual({ w: ['cloud'] });
    expect(r.verified!.workloads.find((w) => w.id === 'fixed')!.meetsObjective).toBe(true);
  });
});

describe('model and inputs', () => {
  it('writes the same LP text for the same scenario', () => {
    const text = () => writeLp(buildPlacementModel(preparePlacementProblem(edgeOrCloud(), { objective: 'cost' }), 'cost'), []).text;
    expect(text()).toBe(text());
    expect(text()).toMatch(/^Minimize\n obj: /);
  });

  it('applies a placement as a new document, leaving the input as it was', () => {
    const s = edgeOrCloud();
    const before = JSON.stringify(s);
    const moved = applyPlacements(s, [{ workloadId: 'b', siteIds: ['mec'] }]);
    expect(moved.workloads[1].stages[0].siteId).toBe('mec');
    expect(moved.workloads[0]).toBe(s.workloads[0]);
    expect(JSON.stringify(s)).toBe(before);
    expect(() => applyPlacements(s, [{ workloadId: 'nope', siteIds: ['mec'] }])).toThrow(PlacementMilpInputError);
    expect(() => applyPlacements(s, [{ workloadId: 'a', siteIds: ['mec', 'mec'] }])).toThrow(PlacementMilpInputError);
    expect(() => applyPlacements(s, [{ workloadId: 'a', siteIds: ['moon'] }])).toThrow(PlacementMilpInputError);
  });

  it('refuses unknown workloads and candidate lists of the wrong length', () => {
    const s = edgeOrCloud();
    expect(() => solvePlacementMilp(highs, s, { objective: 'cost', workloadIds: ['nope'] })).toThrow(PlacementMilpInputError);
    expect(() => solvePlacementMilp(highs, s, { objective: 'cost', candidates: { a: [['mec'], ['mec']] } })).toThrow(
      PlacementMilpInputError,
    );
    expect(() => solvePlacementMilp(highs, s, { objective: 'cost', candidates: { a: [['moon']] } })).toThrow(PlacementMilpInputError);
  });

  it('names a stage no site can run', () => {
    const s = scenario({
      sites: [site('cams', 'device', { deviceCount: 2 }), site('dc', 'regionalDc')],
      links: [link('l', 'cams', 'dc', 'internet', 100, { lengthKm: 10 })],
      workloads: [workload('w', 'cams', [stage('infer', 'dc', { gflopsPerRequest: 1 })])],
    });
    const r = solvePlacementMilp(highs, s, { objective: 'cost' });
    expect(r.status).toBe('infeasible');
    expect(r.bindingConstraint?.kind).toBe('noCandidate');
  });

  it('honours what-if drivers: more traffic fills the MEC with one workload fewer', () => {
    // Twice the requests: "Busy alerts" alone would be 1.2 erlangs on the MEC, "Quiet counts" 0.9.
    const s = { ...edgeOrCloud(), drivers: { requestRateFactor: 2 } };
    const r = solvePlacementMilp(highs, s, { objective: 'latency' });
    expect(sitesOf(r)).toEqual({ a: ['cloud'], b: ['mec'] });
  });
});

describe('loading HiGHS', () => {
  it('loads once and hands every caller the same instance', async () => {
    expect(await loadHighs()).toBe(highs);
    const r = await optimisePlacements(edgeOrCloud(), { objective: 'latency' });
    expect(r.status).toBe('optimal');
  });

  it('finds the binary the worker imports as highs/runtime', () => {
    const path = createRequire(import.meta.url).resolve('highs/runtime');
    expect(path.endsWith('highs/build/highs.wasm')).toBe(true);
  });
});
