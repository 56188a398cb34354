import type { EvaluationResult } from '../../engine/result';
import type { Scenario } from '../../engine/scenario/schema';
import { recordsToCsv } from './csv';
import { LINK_FIELDS, linkRecords } from './linkRecords';
import { SITE_FIELDS, siteRecords } from './siteRecords';
import { WORKLOAD_FIELDS, workloadRecords } from './workloadRecords';

/*
 * The result as three spreadsheets (RFC 4180, CRLF, units in the column
 * names, text guarded against formulas; see csv.ts). The text is UTF-8 with
 * no byte-order mark: Excel reads a UTF-8 file as such only with one, so the
 * download should prepend UTF8_BOM.
 */

/** Prepended to a CSV download so that Excel reads it as UTF-8 (other programs skip it). */
export const UTF8_BOM = '\uFEFF';

/** One line per workload: status, percentiles against the objective, the latency breakdown and cost. */
export function workloadsToCsv(scenario: Scenario, result: EvaluationResult): string {
  return recordsToCsv(WORKLOAD_FIELDS, workloadRecords(scenario, result));
}

/** One line per link: ends, medium, capacity, load per direction, utilisation, traffic, energy and cost. */
export function linksToCsv(scenario: Scenario, result: EvaluationResult): string {
  return recordsToCsv(LINK_FIELDS, linkRecords(scenario, result));
}

/** One line per site: tier, accelerators, utilisation, request rate and power. */
export function sitesToCsv(scenario: Scenario, result: EvaluationResult): string {
  return recordsToCsv(SITE_FIELDS, siteRecords(scenario, result));
}
