import type { PlacementEvaluator } from './evaluator';
import { FullEvaluator } from './fullEvaluator';
import { IncrementalEvaluator } from './incrementalEvaluator';
import type { Prepared } from './prepared';
import type { Constraints } from './verdicts';

/** The incremental evaluator where it is exact, otherwise one that runs the whole engine per placement. */
export function createEvaluator(prep: Prepared, constraints: Constraints): PlacementEvaluator {
  return prep.fullEvaluationReason === null ? new IncrementalEvaluator(prep, constraints) : new FullEvaluator(prep, constraints);
}
