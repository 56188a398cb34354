import { branchAndBound } from './branchAndBound';
import { createEvaluator } from './createEvaluator';
import { P95 } from './evaluator';
import type { Prepared } from './prepared';
import { evaluatePlacement } from './bruteForce';
import { Tally } from './tally';
import type { BindingConstraint } from './types';
import { ALL_CONSTRAINTS, CAPACITY, NO_COMPUTE, OTHER_OBJECTIVE, SOVEREIGNTY, UNREACHABLE, type Constraints } from './verdicts';
import { describePlacement, ms } from './words';

const REACHABLE: Constraints = { reachable: true, sovereignty: false, capacity: false, latencyObjective: false, otherWorkloads: false };
const RESIDENT: Constraints = { ...REACHABLE, sovereignty: true };
const WITHIN_CAPACITY: Constraints = { ...RESIDENT, capacity: true };
const WITHIN_OBJECTIVE: Constraints = { ...WITHIN_CAPACITY, latencyObjective: true };

/** A stage no site may run, if any. */
export function stageWithoutCandidates(prep: Prepared): BindingConstraint | null {
  const { workload, candidates } = prep.problem;
  const k = candidates.findIndex((list) => list.length === 0);
  if (k < 0) return null;
  return {
    kind: 'noCandidate',
    message: `no candidate site for stage ${workload.stages[k].name}: no site that it may use has an accelerator`,
  };
}

/**
 * Names the constraint that stops every placement: the first, in the order
 * routing → residency → capacity → the workload's objective → other
 * workloads' objectives, such that no placement meets it and all before it.
 * Each step is an exact search with the later constraints lifted; the
 * objective step finds the fastest placement, to say by how much it misses.
 */
export function diagnose(prep: Prepared, main: Tally): BindingConstraint {
  const { workload, scenario, source } = prep.problem;
  const anyUnder = (constraints: Constraints) => branchAndBound(createEvaluator(prep, constraints), 'cost', { stopAtFirst: true });

  const routed = anyUnder(REACHABLE);
  if (routed.placement === null) {
    const t = routed.tally;
    const verdict = t.placements[NO_COMPUTE] > t.placements[UNREACHABLE] ? NO_COMPUTE : UNREACHABLE;
    return {
      kind: verdict === NO_COMPUTE ? 'noCompute' : 'unreachable',
      message: `no placement of ${workload.name} can be routed and run: ${t.example(verdict)}`,
    };
  }
  const resident = anyUnder(RESIDENT);
  if (resident.placement === null) {
    const home = scenario.sites[source].jurisdiction;
    return {
      kind: 'sovereignty',
      message: `every placement of ${workload.name} that can be routed sends raw personal data out of ${home}: ${resident.tally.example(SOVEREIGNTY)}`,
    };
  }
  const fastest = branchAndBound(createEvaluator(prep, WITHIN_CAPACITY), 'latency');
  if (fastest.placement === null) {
    return {
      kind: 'capacity',
      message: `every placement of ${workload.name} saturates a link or site on its path: ${fastest.tally.example(CAPACITY)}`,
    };
  }
  const p95Ms = fastest.values![P95];
  const objective = workload.latencyObjectiveP95Ms;
  if (p95Ms > objective) {
    if (workload.stages.length === 1) {
      const site = scenario.sites[fastest.placement[0]].name;
      return {
        kind: 'latencyObjective',
        message: `no candidate site for stage ${workload.stages[0].name} meets the ${objective} ms objective: the fastest placement (${site}) gives ${ms(p95Ms)}`,
      };
    }
    const placed = describePlacement(scenario, workload, fastest.placement, workload.stages.length);
    return {
      kind: 'latencyObjective',
      message: `no placement of ${workload.name} meets its ${objective} ms objective: the fastest (${placed}) gives ${ms(p95Ms)}`,
    };
  }
  // Name what the fastest placement that meets everything else would break: the same whichever search found it.
  const fastestWithin = branchAndBound(createEvaluator(prep, WITHIN_OBJECTIVE), 'latency');
  let example = main.example(OTHER_OBJECTIVE);
  if (fastestWithin.placement !== null) {
    const tally = new Tally();
    evaluatePlacement(createEvaluator(prep, ALL_CONSTRAINTS), fastestWithin.placement, new Float64Array(3), () => true, tally);
    if (tally.placements[OTHER_OBJECTIVE] > 0) example = tally.example(OTHER_OBJECTIVE);
  }
  return {
    kind: 'otherObjective',
    message: `every placement of ${workload.name} that meets its ${objective} ms objective makes another workload miss its own: ${example}`,
  };
}
