import type { EvaluationResult } from '../../engine/result';
import type { Scenario } from '../../engine/scenario/schema';
import { linkRecords, type LinkRecord } from './linkRecords';
import { siteRecords, type SiteRecord } from './siteRecords';
import { resultTotals, type ResultTotals } from './totals';
import { workloadRecords, type WorkloadRecord } from './workloadRecords';

export const RESULTS_FORMAT = 'tierscape-results';
/** Raised when a field changes meaning or goes; adding a field keeps the version. */
export const RESULTS_FORMAT_VERSION = 1;

/**
 * The results export: the headline totals and one row per workload, link and
 * site, each row with the same fields, in the same order, as a line of the
 * matching CSV. A figure the result lacks is null (so is a non-finite number,
 * as JSON.stringify writes it).
 */
export interface ResultsExport {
  readonly format: typeof RESULTS_FORMAT;
  readonly version: typeof RESULTS_FORMAT_VERSION;
  readonly scenarioName: string;
  readonly totals: ResultTotals;
  readonly workloads: readonly WorkloadRecord[];
  readonly links: readonly LinkRecord[];
  readonly sites: readonly SiteRecord[];
}

export function resultsExport(scenario: Scenario, result: EvaluationResult): ResultsExport {
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_FORMAT_VERSION,
    scenarioName: result.scenarioName,
    totals: resultTotals(result),
    workloads: workloadRecords(scenario, result),
    links: linkRecords(scenario, result),
    sites: siteRecords(scenario, result),
  };
}

/** The results export as pretty-printed JSON (two-space indent, final newline). */
export function resultsToJson(scenario: Scenario, result: EvaluationResult): string {
  return `${JSON.stringify(resultsExport(scenario, result), null, 2)}\n`;
}
