import { loadHighs, solvePlacementMilp, type PlacementMilpResult, type PlacementObjective } from '../../src/engine/placementMilp';
import type { Link, Scenario, Site, Workload } from '../../src/engine/scenario/schema';
import { validateScenario } from '../../src/engine/scenario/validate';
import { median, quantile } from '../stats';
import { Random } from '../synthetic/random';
import { formatTable, type Cell } from '../table';

const CLOUDS = [
  { id: 'cloud-frankfurt', name: 'Frankfurt region', lat: 50.11, lon: 8.682 },
  { id: 'cloud-dublin', name: 'Dublin region', lat: 53.35, lon: -6.26 },
  { id: 'cloud-paris', name: 'Paris region', lat: 48.857, lon: 2.352 },
];
const MECS = [
  { id: 'mec-berlin', name: 'Berlin MEC', lat: 52.52, lon: 13.405, cloud: 0 },
  { id: 'mec-munich', name: 'Munich MEC', lat: 48.135, lon: 11.582, cloud: 0 },
  { id: 'mec-amsterdam', name: 'Amsterdam MEC', lat: 52.37, lon: 4.895, cloud: 1 },
  { id: 'mec-brussels', name: 'Brussels MEC', lat: 50.85, lon: 4.352, cloud: 2 },
  { id: 'mec-madrid', name: 'Madrid MEC', lat: 40.417, lon: -3.704, cloud: 2 },
  { id: 'mec-barcelona', name: 'Barcelona MEC', lat: 41.387, lon: 2.169, cloud: 2 },
];

/**
 * 20 device groups (three or four around each of 6 MECs, some with a Jetson
 * on board), 3 cloud regions, and one 3-stage pipeline per group (detect,
 * track, aggregate). Each MEC's two L4s can take the first stages of only
 * some of its groups, so the workloads compete for the edge; raw personal
 * data on some pipelines keeps their first stage in the EU (all sites are).
 */
export function milpBenchScenario(seed: number): Scenario {
  const random = new Random(seed);
  const sites: Site[] = [
    ...CLOUDS.map((c): Site => ({
      id: c.id,
      name: c.name,
      tier: 'cloud',
      location: { lat: c.lat, lon: c.lon },
      jurisdiction: 'EU',
      compute: { acceleratorId: 'l4', count: 16 },
      pue: 1.1,
    })),
    ...MECS.map((m): Site => ({
      id: m.id,
      name: m.name,
      tier: 'nearEdge',
      location: { lat: m.lat, lon: m.lon },
      jurisdiction: 'EU',
      compute: { acceleratorId: 'l4', count: 2 },
      pue: 2,
    })),
  ];
  const links: Link[] = [];
  CLOUDS.forEach((a, i) =>
    CLOUDS.slice(i + 1).forEach((b) =>
      links.push({ id: `${a.id}~${b.id}`, from: a.id, to: b.id, medium: 'long-haul-fibre', capacityMbps: 100_000 }),
    ),
  );
  MECS.forEach((m, i) => {
    links.push({ id: `${m.id}~cloud`, from: m.id, to: CLOUDS[m.cloud].id, medium: 'long-haul-fibre', capacityMbps: 10_000 });
    if (i % 2 === 1)
      links.push({ id: `${MECS[i - 1].id}~${m.id}`, from: MECS[i - 1].id, to: m.id, medium: 'long-haul-fibre', capacityMbps: 10_000 });
  });
  const workloads: Workload[] = [];
  for (let g = 0; g < 20; g++) {
    const mec = MECS[g % MECS.length];
    const id = `cams-${g + 1}`;
    const jetson = random.chance(0.3);
    sites.push({
      id,
      name: `Cameras ${g + 1} (${mec.name.replace(' MEC', '')})`,
      tier: 'device',
      location: random.near(mec, 15),
      jurisdiction: 'EU',
      compute: jetson ? { acceleratorId: 'jetson-orin-nano-super', count: 1 } : { acceleratorId: 'none', count: 0 },
      pue: 1,
      deviceCount: random.int(10, 60),
    });
    links.push({ id: `${id}~ran`, from: id, to: mec.id, medium: '5g-embb', capacityMbps: random.pick([200, 500, 1000]) });
    const rps = random.range(0.2, 1);
    workloads.push({
      id: `pipeline-${g + 1}`,
      name: `Pipeline ${g + 1}`,
      sourceSiteId: id,
      requestsPerSecondPerDevice: rps,
      inputKB: random.logRange(20, 200),
      returnsToDevice: true,
      latencyObjectiveP95Ms: random.pick([100, 150, 250, 400]),
      stages: [
        {
          id: 'detect',
          name: 'Detect',
          gflopsPerRequest: random.logRange(50, 400),
          outputKB: random.logRange(2, 20),
          inputDataClass: random.chance(0.4) ? 'rawPersonal' : 'raw',
          siteId: CLOUDS[mec.cloud].id,
        },
        {
          id: 'track',
          name: 'Track',
          gflopsPerRequest: random.logRange(10, 100),
          outputKB: random.logRange(1, 5),
          inputDataClass: 'derived',
          siteId: CLOUDS[mec.cloud].id,
        },
        {
          id: 'aggregate',
          name: 'Aggregate',
          gflopsPerRequest: random.logRange(100, 800),
          outputKB: 1,
          inputDataClass: 'derived',
          siteId: CLOUDS[mec.cloud].id,
        },
      ],
    });
  }
  const checked = validateScenario({ schemaVersion: 1, name: `MILP bench (seed ${seed})`, sites, links, workloads });
  if (!checked.ok) throw new Error(`milpBenchScenario: ${JSON.stringify(checked.errors)}`);
  return checked.scenario;
}

export interface MilpBenchPlan {
  readonly seed: number;
  readonly warmup: number;
  readonly runs: number;
}

/**
 * Times solvePlacementMilp (model, HiGHS solves, engine checks) on the
 * synthetic instance for each objective, and reports the model's size and
 * how the loop went. HiGHS is loaded once before timing.
 */
export async function milpSection({ seed, warmup, runs }: MilpBenchPlan): Promise<string> {
  const loadStarted = performance.now();
  const highs = await loadHighs();
  const loadMs = performance.now() - loadStarted;
  const scenario = milpBenchScenario(seed);
  const objectives: PlacementObjective[] = ['cost', 'latency', 'energy'];
  const rows: Cell[][] = objectives.map((objective) => {
    const solve = () => solvePlacementMilp(highs, scenario, { objective });
    for (let i = 0; i < warmup; i++) solve();
    const results: PlacementMilpResult[] = [];
    for (let i = 0; i < runs; i++) results.push(solve());
    const ms = results.map((r) => r.solveMs);
    const last = results[results.length - 1];
    return [
      objective,
      last.status,
      runs,
      median(ms),
      quantile(ms, 0.95),
      median(results.map((r) => r.highsMs)),
      last.size.variables,
      last.size.binaries,
      last.size.constraints,
      last.iterations,
      last.cutsAdded,
      last.objectiveValue === null ? '-' : `${last.objectiveValue.toFixed(2)} ${last.objectiveUnit}`,
    ];
  });
  const header = [
    'objective',
    'status',
    'runs',
    'solve median ms',
    'p95 ms',
    'HiGHS median ms',
    'variables',
    'binaries',
    'constraints',
    'iterations',
    'cuts',
    'objective value',
  ];
  const title = `Placement MILP (HiGHS ${highs.version.string}, loaded in ${loadMs.toFixed(0)} ms): ${scenario.workloads.length} workloads, ${scenario.sites.length} sites, ${scenario.links.length} links`;
  return formatTable(title, header, rows);
}
