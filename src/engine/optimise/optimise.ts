import { evaluateScenario } from '../evaluate/evaluate';
import type { Scenario } from '../scenario/schema';
import { applyPlacement } from './applyPlacement';
import { branchAndBound, type SearchOutcome } from './branchAndBound';
import { bruteForce } from './bruteForce';
import { createEvaluator } from './createEvaluator';
import { diagnose, stageWithoutCandidates } from './diagnose';
import { COST, ENERGY, P95 } from './evaluator';
import type { Acceptance } from './incumbent';
import { buildProblem, type Problem } from './problem';
import { prepare, type Prepared } from './prepared';
import { Tally } from './tally';
import type { OptimiseOptions, OptimiseResult, SearchStats } from './types';
import { ALL_CONSTRAINTS, CAPACITY, LATENCY_OBJECTIVE, NO_COMPUTE, OK, OTHER_OBJECTIVE, SOVEREIGNTY, UNREACHABLE } from './verdicts';

/**
 * The placement of one workload (a site for each stage) that minimises the
 * scenario's monthly cost, the workload's p95 or the scenario's energy, among
 * those that meet every constraint; or, when none does, the constraint that
 * stops them all. Exact: a branch and bound whose bounds no placement beats.
 */
export function optimisePlacement(scenario: Scenario, workloadIndex: number, options: OptimiseOptions): OptimiseResult {
  return solve(prepare(buildProblem(scenario, workloadIndex, options.candidates)), options, 'branchAndBound');
}

/**
 * The same answer by evaluating every placement, for testing the branch and
 * bound: only for small spaces.
 */
export function bruteForcePlacement(scenario: Scenario, workloadIndex: number, options: OptimiseOptions): OptimiseResult {
  return solve(prepare(buildProblem(scenario, workloadIndex, options.candidates)), options, 'bruteForce');
}

function solve(prep: Prepared, options: OptimiseOptions, method: 'branchAndBound' | 'bruteForce'): OptimiseResult {
  const { problem } = prep;
  const { objective } = options;
  const ev = createEvaluator(prep, ALL_CONSTRAINTS);
  const placements = problem.candidates.reduce((n, list) => n * list.length, 1);
  const noCandidate = stageWithoutCandidates(prep);
  const accept = options.verifyIncumbents === false ? null : verifier(problem);
  const outcome: SearchOutcome =
    noCandidate !== null
      ? { placement: null, values: null, leavesEvaluated: 0, nodesPruned: 0, verifications: 0, tally: new Tally() }
      : method === 'branchAndBound'
        ? branchAndBound(ev, objective, { accept })
        : bruteForce(ev, objective, accept);
  const stats: SearchStats = {
    placements,
    leavesEvaluated: outcome.leavesEvaluated,
    nodesPruned: outcome.nodesPruned,
    fullEvaluations: ev.fullEvaluations,
    verifications: outcome.verifications,
    evaluation: prep.fullEvaluationReason === null ? 'incremental' : 'full',
    fullEvaluationReason: prep.fullEvaluationReason,
  };
  const common = {
    objective,
    workloadId: problem.workload.id,
    current: problem.current,
    leavesEvaluated: outcome.leavesEvaluated,
    nodesPruned: outcome.nodesPruned,
    stats,
  };
  if (outcome.placement === null || outcome.values === null) {
    return {
      status: 'infeasible',
      ...common,
      bindingConstraint: noCandidate ?? diagnose(prep, outcome.tally),
      reasons: outcome.tally.reasons(),
    };
  }
  const values = {
    costUsdPerMonth: outcome.values[COST],
    p95Ms: outcome.values[P95],
    energyKwhPerMonth: outcome.values[ENERGY],
  };
  const current = problem.current;
  return {
    status: 'optimal',
    ...common,
    placement: Array.from(outcome.placement, (i) => problem.scenario.sites[i].id),
    values,
    improvement: {
      costUsdPerMonth: current.costUsdPerMonth - values.costUsdPerMonth,
      p95Ms: current.p95Ms === null ? null : current.p95Ms - values.p95Ms,
      energyKwhPerMonth: current.energyKwhPerMonth - values.energyKwhPerMonth,
    },
  };
}

/**
 * Re-evaluates a placement about to become the incumbent with the whole
 * engine on the moved document, and checks every constraint there: the
 * workload ok, within its objective and resident, and every other workload
 * that met its objective still meeting it.
 */
function verifier(problem: Problem): Acceptance {
  const { drawn, workloadIndex: w, scenario, metBefore } = problem;
  return (placement) => {
    const moved = applyPlacement(
      drawn,
      w,
      Array.from(placement, (i) => scenario.sites[i].id),
    );
    const result = evaluateScenario(moved, { whatIfs: false });
    const mine = result.workloads[w];
    const problemText = `${mine.problem ?? ''} (checked by a whole evaluation)`;
    if (mine.status === 'unreachable') return { verdict: UNREACHABLE, message: problemText };
    if (mine.status === 'noCompute') return { verdict: NO_COMPUTE, message: problemText };
    const violation = result.sovereignty.find((v) => v.workloadId === mine.id);
    if (violation !== undefined) return { verdict: SOVEREIGNTY, message: violation.message };
    if (mine.status === 'saturated') return { verdict: CAPACITY, message: problemText };
    if (!mine.meetsObjective) {
      return { verdict: LATENCY_OBJECTIVE, message: `p95 of ${mine.p95Ms!.toFixed(1)} ms is over the ${mine.objectiveP95Ms} ms objective` };
    }
    const broken = result.workloads.find((o, i) => i !== w && metBefore[i] === 1 && !o.meetsObjective);
    if (broken !== undefined) {
      return {
        verdict: OTHER_OBJECTIVE,
        message: `${broken.name} would ${broken.p95Ms === null ? 'be ' + broken.status : `reach ${broken.p95Ms.toFixed(1)} ms`} against its ${broken.objectiveP95Ms} ms objective`,
      };
    }
    return { verdict: OK, message: '' };
  };
}
