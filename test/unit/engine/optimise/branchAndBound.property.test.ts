import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, type Scenario } from '../../../../src/engine';
import {
  applyPlacement,
  bruteForcePlacement,
  optimisePlacement,
  type Objective,
  type OptimiseResult,
} from '../../../../src/engine/optimise';
import { arbitraryScenario } from '../../fixtures/arbitraryScenario';
import { validated } from './helpers';

/*
 * The branch and bound against brute force (the same evaluator, every
 * placement, nothing pruned) on random small scenarios, for each objective:
 * the same optimum (figures and placement, ties broken the same way), or both
 * infeasible with the same binding constraint and the same count of
 * placements per reason.
 */

const RUNS = { numRuns: 100, seed: 20_261_125 };

/** Random scenarios with each workload's objective spread over 5 ms – 2 s, so objectives bind, and other workloads' too. */
const caseArb = fc.record({
  scenario: arbitraryScenario,
  workload: fc.nat(),
  objectivesMs: fc.array(fc.double({ min: Math.log10(5), max: Math.log10(2000), noNaN: true }), { minLength: 3, maxLength: 3 }),
});

function withObjectives(scenario: Scenario, exponents: readonly number[]): Scenario {
  return { ...scenario, workloads: scenario.workloads.map((w, i) => ({ ...w, latencyObjectiveP95Ms: 10 ** exponents[i] })) };
}

function outcome(r: OptimiseResult) {
  return r.status === 'optimal'
    ? { status: r.status, placement: r.placement, values: r.values }
    : { status: r.status, binding: r.bindingConstraint, reasons: r.reasons.map(({ kind, placements }) => ({ kind, placements })) };
}

const OBJECTIVES: Objective[] = ['cost', 'latency', 'energy'];

describe('branch and bound', () => {
  it('equals brute force for every objective, feasible or not', () => {
    const seen = { optimal: 0, infeasible: 0 };
    const bindings = new Set<string>();
    let pruned = 0;
    fc.assert(
      fc.property(caseArb, ({ scenario: raw, workload, objectivesMs }) => {
        const scenario = validated(withObjectives(raw, objectivesMs));
        const w = workload % scenario.workloads.length;
        for (const objective of OBJECTIVES) {
          const bb = optimisePlacement(scenario, w, { objective });
          const bf = bruteForcePlacement(scenario, w, { objective });
          expect(outcome(bb), objective).toEqual(outcome(bf));
          seen[bb.status]++;
          pruned += bb.nodesPruned;
          if (bb.status === 'infeasible') {
            bindings.add(bb.bindingConstraint.kind);
            // Counted by first reason, the placements ruled out add up to the whole space.
            expect(bb.reasons.reduce((t, r) => t + r.placements, 0)).toBe(bb.stats.placements);
          }
        }
      }),
      RUNS,
    );
    expect(seen.optimal).toBeGreaterThan(0);
    expect(seen.infeasible).toBeGreaterThan(0);
    expect(pruned).toBeGreaterThan(0);
    expect([...bindings]).toEqual(expect.arrayContaining(['latencyObjective', 'unreachable', 'capacity']));
  }, 120_000);

  it('never returns a placement that breaks a constraint in the engine', () => {
    fc.assert(
      fc.property(caseArb, ({ scenario: raw, workload, objectivesMs }) => {
        const scenario = validated(withObjectives(raw, objectivesMs));
        const w = workload % scenario.workloads.length;
        const before = evaluateScenario(scenario, { whatIfs: false });
        for (const objective of OBJECTIVES) {
          const r = optimisePlacement(scenario, w, { objective });
          if (r.status !== 'optimal') continue;
          const after = evaluateScenario(applyPlacement(scenario, w, r.placement), { whatIfs: false });
          const mine = after.workloads[w];
          expect(mine.status).toBe('ok');
          expect(mine.meetsObjective).toBe(true);
          expect(after.sovereignty.filter((v) => v.workloadId === mine.id)).toEqual([]);
          after.workloads.forEach((o, i) => {
            if (before.workloads[i].meetsObjective) expect(o.meetsObjective, o.id).toBe(true);
          });
          expect(r.values.costUsdPerMonth).toBeCloseTo(after.cost.totalUsdPerMonth, 6);
        }
      }),
      { ...RUNS, numRuns: 50 },
    );
  }, 60_000);
});
