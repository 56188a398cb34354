import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominates, latencyCostFront, paretoPlacements, type ParetoPoint } from '../../../../src/engine/optimise';
import { evaluatePlacement } from '../../../../src/engine/optimise/bruteForce';
import { createEvaluator } from '../../../../src/engine/optimise/createEvaluator';
import { ALL_CONSTRAINTS, OK } from '../../../../src/engine/optimise/verdicts';
import { arbitraryScenario } from '../../fixtures/arbitraryScenario';
import { problemFor, validated } from './helpers';

/*
 * The latency–cost front of paretoPlacements: no point on it is dominated,
 * every point off it is dominated by a point on it, and a search cut short by
 * the cap keeps exactly the front a full enumeration finds.
 */

const RUNS = { numRuns: 100, seed: 20_261_126 };

const caseArb = fc.record({
  scenario: arbitraryScenario,
  workload: fc.nat(),
  objectivesMs: fc.array(fc.double({ min: 1, max: 3.5, noNaN: true }), { minLength: 3, maxLength: 3 }),
});

const key = (p: ParetoPoint) => `${p.placement.join(',')}`;

describe('latencyCostFront', () => {
  it('marks exactly the points no other point dominates', () => {
    const point = fc.record({ p95Ms: fc.integer({ min: 0, max: 6 }), costUsdPerMonth: fc.integer({ min: 0, max: 6 }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 30 }), (points) => {
        const onFront = latencyCostFront(points);
        points.forEach((p, i) => expect(onFront[i]).toBe(!points.some((q) => dominates(q, p))));
      }),
    );
  });
});

describe('paretoPlacements', () => {
  it('lists every feasible placement, with a front that is undominated and dominates the rest', () => {
    let fronts = 0;
    let offFront = 0;
    fc.assert(
      fc.property(caseArb, ({ scenario: raw, workload, objectivesMs }) => {
        const scenario = validated({
          ...raw,
          workloads: raw.workloads.map((w, i) => ({ ...w, latencyObjectiveP95Ms: 10 ** objectivesMs[i] })),
        });
        const w = workload % scenario.workloads.length;
        const result = paretoPlacements(scenario, w);
        expect(result.truncated).toBe(result.placements > 5000);
        const front = result.points.filter((p) => p.onFront);
        for (const p of front) expect(result.points.some((q) => dominates(q, p))).toBe(false);
        for (const p of result.points) if (!p.onFront) expect(front.some((q) => dominates(q, p))).toBe(true);
        fronts += front.length;
        offFront += result.points.length - front.length;

        // Exactly the placements the evaluator finds feasible, one by one.
        const prep = problemFor(scenario, w);
        const ev = createEvaluator(prep, ALL_CONSTRAINTS);
        const values = new Float64Array(3);
        const feasible = new Set<string>();
        let all: number[][] = [[]];
        for (const list of prep.problem.candidates) all = all.flatMap((prefix) => Array.from(list, (s) => [...prefix, s]));
        if (prep.problem.candidates.some((list) => list.length === 0)) all = [];
        for (const sites of all) {
          if (evaluatePlacement(ev, Int32Array.from(sites), values, () => true, null) === OK) {
            feasible.add(sites.map((i) => scenario.sites[i].id).join(','));
          }
        }
        const listed = new Set(result.points.filter((p) => !p.isCurrent || feasible.has(key(p))).map(key));
        expect(listed).toEqual(feasible);
        expect(result.points.filter((p) => p.isCurrent).length).toBe(result.current.feasible ? 1 : 0);
      }),
      RUNS,
    );
    expect(fronts).toBeGreaterThan(0);
    expect(offFront).toBeGreaterThan(0);
  }, 60_000);

  it('keeps the whole front when the cap cuts the search short', () => {
    let truncated = 0;
    fc.assert(
      fc.property(caseArb, ({ scenario: raw, workload, objectivesMs }) => {
        const scenario = validated({
          ...raw,
          workloads: raw.workloads.map((w, i) => ({ ...w, latencyObjectiveP95Ms: 10 ** objectivesMs[i] })),
        });
        const w = workload % scenario.workloads.length;
        const full = paretoPlacements(scenario, w);
        const cut = paretoPlacements(scenario, w, { cap: 2 });
        const frontOf = (points: readonly ParetoPoint[]) =>
          points
            .filter((p) => p.onFront)
            .map((p) => [key(p), p.p95Ms, p.costUsdPerMonth])
            .sort();
        expect(frontOf(cut.points)).toEqual(frontOf(full.points));
        expect(cut.points.length).toBeLessThanOrEqual(Math.max(2, frontOf(full.points).length) + 1);
        if (cut.truncated) truncated++;
      }),
      RUNS,
    );
    expect(truncated).toBeGreaterThan(RUNS.numRuns / 2);
  }, 60_000);
});
