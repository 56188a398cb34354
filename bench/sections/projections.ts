import { projectScenario } from '../../src/engine/projections';
import type { Projections } from '../../src/engine/projections';
import type { Scenario } from '../../src/engine/scenario/schema';
import { median, quantile, timeRuns } from '../stats';
import { formatTable, type Cell } from '../table';

export interface ProjectionPlan {
  readonly scenario: Scenario;
  readonly warmup: number;
  readonly runs: number;
}

const OPTIONS = { horizonYear: 2035, userGrowthPerYear: 0.18 } as const;

/** Times projectScenario to 2035: every year evaluated as drawn and all in cloud, on one prepared network. */
export function projectionsSection(plans: readonly ProjectionPlan[]): string {
  const rows: Cell[][] = plans.map(({ scenario, warmup, runs }) => {
    let last: Projections | null = null;
    const ms = timeRuns(() => (last = projectScenario(scenario, OPTIONS)), warmup, runs);
    const projections = last! as Projections;
    const years = projections.traffic.years.length;
    const evaluations = years * (projections.power.allInCloud === null ? 1 : 2);
    return [
      scenario.sites.length,
      scenario.links.length,
      years,
      evaluations,
      runs,
      median(ms),
      quantile(ms, 0.95),
      median(ms) / evaluations,
      projections.traffic.firstToSaturate.length,
    ];
  });
  const header = ['sites', 'links', 'years', 'evaluations', 'runs', 'median ms', 'p95 ms', 'ms per evaluation', 'links saturating by 2035'];
  return formatTable(`Projections: projectScenario(scenario, { horizonYear: ${OPTIONS.horizonYear} })`, header, rows);
}
