import { optimisePlacement, paretoPlacements, type Objective } from '../../src/engine/optimise';
import type { Scenario } from '../../src/engine/scenario/schema';
import { median } from '../stats';
import { formatTable, type Cell } from '../table';

/**
 * The exact single-workload optimiser (src/engine/optimise) on a 5-stage
 * pipeline whose stages may each go to any of the scenario's ~50
 * infrastructure sites with an accelerator: some 3 × 10⁸ placements, which
 * the branch and bound settles by evaluating a handful, for latency too: its
 * bound adds to the fixed parts the joint p95 of the two widest access
 * parts, which the engine's p95 is never below (evaluate/partsFloor.ts).
 */
export function optimiserSection(scenario: Scenario, runs: number): string {
  const w = scenario.workloads.findIndex((x) => x.stages.length === 5);
  if (w < 0) throw new Error('the synthetic scenario has no 5-stage workload');
  const infrastructure = scenario.sites
    .filter((s) => s.tier !== 'device' && s.compute.count > 0 && s.compute.acceleratorId !== 'none')
    .map((s) => s.id);
  const candidates = scenario.workloads[w].stages.map(() => infrastructure);
  const rows: Cell[][] = [];
  for (const objective of ['cost', 'energy', 'latency'] as Objective[]) {
    const ms: number[] = [];
    let last = optimisePlacement(scenario, w, { objective, candidates });
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      last = optimisePlacement(scenario, w, { objective, candidates });
      ms.push(performance.now() - start);
    }
    rows.push([
      objective,
      infrastructure.length,
      last.stats.placements.toExponential(2),
      ms.length,
      median(ms),
      last.stats.leavesEvaluated,
      last.stats.nodesPruned,
      last.status,
    ]);
  }
  const paretoMs: number[] = [];
  let pareto = paretoPlacements(scenario, w, { candidates, cap: 5_000 });
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    pareto = paretoPlacements(scenario, w, { candidates, cap: 5_000 });
    paretoMs.push(performance.now() - start);
  }
  rows.push([
    'Pareto front',
    infrastructure.length,
    pareto.placements.toExponential(2),
    paretoMs.length,
    median(paretoMs),
    pareto.leavesEvaluated,
    '–',
    `${pareto.points.filter((p) => p.onFront).length} on the front, ${pareto.points.length.toLocaleString('en')} listed`,
  ]);
  return formatTable(
    `Single-workload optimiser: a 5-stage pipeline of the ${scenario.sites.length}-site scenario, every stage over every infrastructure site with an accelerator`,
    ['objective', 'candidate sites', 'placements', 'runs', 'median ms', 'leaves evaluated', 'nodes pruned', 'status'],
    rows,
  );
}
