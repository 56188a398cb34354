import type { SearchOutcome } from './branchAndBound';
import type { PlacementEvaluator } from './evaluator';
import { Incumbent, type Acceptance } from './incumbent';
import { FIGURE_ORDER } from './order';
import { Tally } from './tally';
import type { Objective } from './types';
import { OK, type Verdict } from './verdicts';

/**
 * Evaluates one whole placement from an empty prefix: each level pushed with
 * the routing variant the whole placement implies, then the leaf. Counts a
 * failure in `tally` (with its description, read before the state is popped).
 */
export function evaluatePlacement(
  ev: PlacementEvaluator,
  placement: Int32Array,
  values: Float64Array,
  wantOthers: (values: Float64Array) => boolean,
  tally: Tally | null,
): Verdict {
  const variants = ev.variantsFor(placement);
  const S = ev.levels - 1;
  let verdict: Verdict = OK;
  let pushed = 0;
  for (let d = 0; d < ev.levels && verdict === OK; d++) {
    verdict = ev.push(d < S ? placement[d] : ev.sitesAt(S)[0], variants[d]);
    pushed++;
  }
  if (verdict === OK) verdict = ev.leaf(values, wantOthers);
  if (verdict !== OK && tally !== null) tally.add(verdict, 1, (v) => ev.describe(v));
  while (pushed-- > 0) ev.pop();
  return verdict;
}

/**
 * Every placement in site order, each evaluated from scratch by the same
 * evaluator and kept under the same rules as branchAndBound, with nothing
 * pruned: the reference the branch and bound is tested against.
 */
export function bruteForce(ev: PlacementEvaluator, objective: Objective, accept: Acceptance | null = null): SearchOutcome {
  const S = ev.levels - 1;
  const incumbent = new Incumbent(FIGURE_ORDER[objective], S, accept);
  const tally = new Tally();
  const lists = Array.from({ length: S }, (_, k) => ev.sitesAt(k));
  const digit = new Int32Array(S);
  const placement = Int32Array.from(lists, (list) => list[0] ?? -1);
  const values = new Float64Array(3);
  const wantOthers = (v: Float64Array) => incumbent.better(v, placement);
  let leaves = 0;
  if (lists.every((list) => list.length > 0)) {
    for (;;) {
      leaves++;
      if (evaluatePlacement(ev, placement, values, wantOthers, tally) === OK) incumbent.offer(values, placement, tally);
      let k = S - 1;
      while (k >= 0 && digit[k] === lists[k].length - 1) {
        digit[k] = 0;
        placement[k] = lists[k][0];
        k--;
      }
      if (k < 0) break;
      digit[k]++;
      placement[k] = lists[k][digit[k]];
    }
  }
  return {
    placement: incumbent.placement,
    values: incumbent.values,
    leavesEvaluated: leaves,
    nodesPruned: 0,
    verifications: incumbent.verifications,
    tally,
  };
}
