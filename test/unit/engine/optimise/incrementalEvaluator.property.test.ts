import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { arbitraryScenario } from '../../fixtures/arbitraryScenario';
import { close, engineSays, evaluatorSays, problemFor, validated } from './helpers';

/*
 * The optimiser's evaluator against the engine: for random small scenarios
 * (3–8 sites, 1–3 workloads of 1–4 stages), a random workload and random
 * placements of it, the evaluator's p95, total cost and total energy equal
 * what evaluateScenario gives for the moved scenario, to 1e-9 relative, and
 * both agree on whether the placement meets every constraint.
 */

const RUNS = { numRuns: 150, seed: 20_261_124 };

const caseArb = fc.record({
  scenario: arbitraryScenario,
  workload: fc.nat(),
  picks: fc.array(fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
});

describe('the incremental evaluator', () => {
  it("gives the workload's p95, the total cost and the total energy of evaluateScenario, and the same verdict", () => {
    let incremental = 0;
    let compared = 0;
    fc.assert(
      fc.property(caseArb, ({ scenario: raw, workload, picks }) => {
        const scenario = validated(raw);
        const w = workload % scenario.workloads.length;
        const prep = problemFor(scenario, w);
        if (prep.fullEvaluationReason === null) incremental++;
        const lists = prep.problem.candidates;
        if (lists.some((list) => list.length === 0)) return;
        const before = evaluateScenario(scenario, { whatIfs: false });
        const placements = [
          prep.problem.currentPlacement,
          ...picks.map((pick) => Int32Array.from(lists, (list, k) => list[pick[k] % list.length])),
        ];
        for (const placement of placements) {
          const ids = Array.from(placement, (i) => scenario.sites[i].id);
          const ours = evaluatorSays(prep, placement);
          const engine = engineSays(scenario, w, ids, before);
          const where = `${scenario.workloads[w].id} at ${ids.join(',')}`;
          for (const key of ['p95Ms', 'costUsdPerMonth', 'energyKwhPerMonth'] as const) {
            expect(close(ours.figures[key], engine.figures[key]), `${where}: ${key} ${ours.figures[key]} vs ${engine.figures[key]}`).toBe(
              true,
            );
          }
          expect(ours.feasible, `${where}: feasible`).toBe(engine.feasible);
          compared++;
        }
      }),
      RUNS,
    );
    // Most generated scenarios have no load-aware routing, so the incremental path is what is tested.
    expect(incremental).toBeGreaterThan(RUNS.numRuns / 2);
    expect(compared).toBeGreaterThan(RUNS.numRuns);
  }, 60_000);
});
