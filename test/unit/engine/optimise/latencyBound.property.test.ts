import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { createEvaluator } from '../../../../src/engine/optimise/createEvaluator';
import { P95 } from '../../../../src/engine/optimise/evaluator';
import { NO_CONSTRAINTS, OK } from '../../../../src/engine/optimise/verdicts';
import { arbitraryScenario } from '../../fixtures/arbitraryScenario';
import { engineSays, problemFor, validated } from './helpers';

/*
 * The incremental evaluator's p95 bound for a prefix (fixed parts, access
 * floors, and the joint p95 of the widest access parts placed and still to
 * come) against the engine: for random small scenarios and random complete
 * placements, the bound at every depth is at most the p95 evaluateScenario
 * gives the moved scenario. No tolerance beyond the bound's own relative
 * slack of 1e-9 (incrementalEvaluator.ts LATENCY_SLACK): the comparison is
 * exact.
 */

const RUNS = { numRuns: 150, seed: 20_261_203 };

const caseArb = fc.record({
  scenario: arbitraryScenario,
  workload: fc.nat(),
  picks: fc.array(fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
});

describe("the incremental evaluator's p95 bound", () => {
  it('never exceeds the p95 evaluateScenario gives any completion, at any depth', () => {
    let compared = 0;
    let finiteLeaves = 0;
    fc.assert(
      fc.property(caseArb, ({ scenario: raw, workload, picks }) => {
        const scenario = validated(raw);
        const w = workload % scenario.workloads.length;
        const prep = problemFor(scenario, w);
        const lists = prep.problem.candidates;
        if (prep.fullEvaluationReason !== null || lists.some((list) => list.length === 0)) return;
        const before = evaluateScenario(scenario, { whatIfs: false });
        const ev = createEvaluator(prep, NO_CONSTRAINTS);
        const bound = new Float64Array(3);
        for (const pick of picks) {
          const placement = Int32Array.from(lists, (list, k) => list[pick[k] % list.length]);
          const ids = Array.from(placement, (i) => scenario.sites[i].id);
          const engineP95Ms = engineSays(scenario, w, ids, before).figures.p95Ms;
          const variants = ev.variantsFor(placement);
          const S = ev.levels - 1;
          const bounds: number[] = [];
          let pushed = 0;
          for (let d = 0; d < ev.levels; d++) {
            const verdict = ev.push(d < S ? placement[d] : ev.sitesAt(S)[0], variants[d]);
            pushed++;
            if (verdict !== OK) break;
            ev.bound(bound);
            bounds.push(bound[P95]);
          }
          while (pushed-- > 0) ev.pop();
          for (const [d, lowestMs] of bounds.entries()) {
            expect(lowestMs, `${scenario.workloads[w].id} at ${ids.join(',')}, depth ${d + 1}`).toBeLessThanOrEqual(engineP95Ms);
          }
          compared++;
          if (Number.isFinite(engineP95Ms) && bounds.length === ev.levels) finiteLeaves++;
        }
      }),
      RUNS,
    );
    expect(compared).toBeGreaterThan(RUNS.numRuns);
    expect(finiteLeaves).toBeGreaterThan(RUNS.numRuns / 2);
  }, 60_000);
});
