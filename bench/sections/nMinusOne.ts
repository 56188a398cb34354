import { resilienceSweep } from '../../src/engine/evaluate/resilience';
import type { ResilienceReport } from '../../src/engine/result';
import type { Scenario } from '../../src/engine/scenario/schema';
import { median, quantile, timeRuns } from '../stats';
import { formatTable, type Cell } from '../table';

export interface SweepPlan {
  readonly scenario: Scenario;
  readonly warmup: number;
  readonly runs: number;
}

/** Times resilienceSweep (every link and site failed in turn) and counts who survives the link failures. */
export function nMinusOneSweepSection(plans: readonly SweepPlan[]): string {
  const rows: Cell[][] = plans.map(({ scenario, warmup, runs }) => {
    const reports: ResilienceReport[] = [];
    const ms = timeRuns(() => reports.push(resilienceSweep(scenario)), warmup, runs);
    const report = reports[reports.length - 1];
    const linkIds = new Set(scenario.links.map((l) => l.id));
    const hurtByLink = (w: (typeof report.workloads)[number]) =>
      [...w.failuresThatDisconnect, ...w.failuresThatBreakObjective].some((id) => linkIds.has(id));
    return [
      scenario.sites.length,
      report.elementsTested,
      runs,
      median(ms),
      quantile(ms, 0.95),
      report.impacts.length,
      report.workloads.filter((w) => !hurtByLink(w)).length,
      report.workloads.filter((w) => w.survivesEverySingleFailure).length,
      scenario.workloads.length,
    ];
  });
  const header = [
    'sites',
    'elements failed',
    'runs',
    'sweep median ms',
    'p95 ms',
    'failures with impact',
    'workloads surviving every link failure',
    'surviving every failure',
    'workloads',
  ];
  return formatTable('N-1 sweep: resilienceSweep(scenario)', header, rows);
}
