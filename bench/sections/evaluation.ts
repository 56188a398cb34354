import { summarise, timeEvaluation, type EvaluateTiming, type EvaluationPlan } from '../evaluateBench';
import { formatTable, type Cell } from '../table';

/**
 * Evaluation and validation times per size; the ratio column is against the
 * smallest size, timed in this process. Each plan is built when its turn
 * comes and dropped after, so no size is timed in a heap holding the others.
 */
export function evaluationSection(plans: readonly (() => EvaluationPlan)[]): { table: string; timings: EvaluateTiming[] } {
  const timings = plans.map((plan) => timeEvaluation(plan()));
  const baseline = summarise(timings[0].evaluateMs).medianMs;
  const rows: Cell[][] = timings.map((t) => {
    const evaluate = summarise(t.evaluateMs);
    const validate = summarise(t.validateMs);
    return [
      t.sites,
      t.links,
      t.workloads,
      t.evaluateMs.length,
      t.coldMs,
      evaluate.medianMs,
      evaluate.p95Ms,
      evaluate.medianMs / baseline,
      (evaluate.medianMs * 1000) / t.sites,
      validate.medianMs,
      validate.p95Ms,
      t.peakHeapUsedMb,
      t.peakRssMb,
      `${t.saturatedSites} / ${t.saturatedLinks}`,
    ];
  });
  const header = [
    'sites',
    'links',
    'workloads',
    'runs',
    'first run ms',
    'evaluate median ms',
    'p95 ms',
    `× ${timings[0].sites} sites`,
    'µs/site',
    'validate median ms',
    'p95 ms',
    'peak heap MB',
    'peak RSS MB',
    'saturated sites / links',
  ];
  return { table: formatTable('evaluateScenario and validateScenario (after warm-up)', header, rows), timings };
}
