import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHighs, solvePlacementMilp, type MilpSolver, type PlacementObjective } from '../../../../src/engine/placementMilp';
import { bruteForcePlacement } from './bruteForce';
import { instanceArb } from './instances';

/*
 * The MILP with its verification loop against brute force on random small
 * instances: every joint placement of the same linear model, in order of
 * objective, checked by the same engine verification. Both give the same
 * optimum (objective within 1e-6 relative) or are both infeasible. The loop
 * may stop unproven at its iteration cap only when brute force too had to
 * refuse at least that many placements on the way to its answer.
 */

const RUNS = { numRuns: 50, seed: 20_261_124 };
const MAX_ITERATIONS = 25;
/** Fifty instances take 2–5 s per objective on a quiet two-core machine; the margin is for a busy one. */
const TIMEOUT_MS = 60_000;
const OBJECTIVES: readonly PlacementObjective[] = ['cost', 'latency', 'energy'];

let highs: MilpSolver;
beforeAll(async () => {
  highs = await loadHighs();
});

describe.each(OBJECTIVES)('placement MILP, objective %s', (objective) => {
  it(
    'equals brute force over the same linear model and engine check',
    () => {
      const seen = { optimal: 0, infeasible: 0, unproven: 0, cut: 0 };
      fc.assert(
        fc.property(instanceArb, ({ scenario, workloadIds }) => {
          const milp = solvePlacementMilp(highs, scenario, { objective, workloadIds, maxIterations: MAX_ITERATIONS });
          const brute = bruteForcePlacement(scenario, { objective, workloadIds });
          seen[milp.status]++;
          if (milp.cutsAdded > 0) seen.cut++;
          if (milp.status === 'unproven') {
            expect(brute.refusedUpToOptimum).toBeGreaterThanOrEqual(MAX_ITERATIONS - 1);
            return;
          }
          expect(milp.status).toBe(brute.status);
          if (milp.status === 'infeasible') {
            expect(milp.bindingConstraint).toBeDefined();
            return;
          }
          const expected = brute.objective!;
          expect(Math.abs(milp.objectiveValue! - expected)).toBeLessThanOrEqual(1e-6 * Math.abs(expected) + 1e-12);
          // The answer is one the engine accepts: every placed workload meets its objective.
          const placed = new Set(workloadIds);
          for (const w of milp.verified!.workloads) if (placed.has(w.id)) expect(w.meetsObjective).toBe(true);
        }),
        RUNS,
      );
      // The instances exercise both outcomes and the cutting loop.
      expect(seen.optimal).toBeGreaterThan(0);
      expect(seen.infeasible).toBeGreaterThan(0);
      expect(seen.cut).toBeGreaterThan(0);
    },
    TIMEOUT_MS,
  );
});
