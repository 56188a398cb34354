/** Results export: three CSV spreadsheets and one JSON document, for the Export menu. */
export { linksToCsv, sitesToCsv, UTF8_BOM, workloadsToCsv } from './resultsCsv';
export { RESULTS_FORMAT, RESULTS_FORMAT_VERSION, resultsExport, resultsToJson, type ResultsExport } from './resultsJson';
export type { LinkRecord } from './linkRecords';
export type { SiteRecord } from './siteRecords';
export type { ResultTotals } from './totals';
export type { WorkloadRecord } from './workloadRecords';
