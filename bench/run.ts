import { evaluationSection } from './sections/evaluation';
import { editLatencySection } from './sections/editLatency';
import { milpSection } from './sections/milp';
import { optimiserSection } from './sections/optimiser';
import { nMinusOneSweepSection } from './sections/nMinusOne';
import { projectionsSection } from './sections/projections';
import { propagationSection } from './sections/propagation';
import { routingSection } from './sections/routing';
import { storiesSection } from './sections/stories';
import { syntheticScenario } from './synthetic';

/**
 * `npm run bench`: prints tables, asserts no timings. Sizes and repetitions
 * keep the whole run under two minutes on two cores.
 */
const SEED = 20_250_601;
const SIZES = [
  { sites: 100, warmup: 20, warmupMs: 1_000, runs: 100, sweep: { warmup: 2, runs: 10 }, routing: null },
  {
    sites: 1_000,
    warmup: 10,
    warmupMs: 3_000,
    runs: 100,
    sweep: { warmup: 1, runs: 3 },
    routing: { maxPlacementHops: 5_000, randomPairs: 1_000, passes: 2 },
  },
  {
    sites: 10_000,
    warmup: 3,
    warmupMs: 4_000,
    runs: 20,
    sweep: { warmup: 0, runs: 1 },
    routing: { maxPlacementHops: 3_000, randomPairs: 100, passes: 1 },
  },
] as const;

const started = performance.now();
const evaluation = evaluationSection(
  SIZES.map((s) => () => ({ scenario: syntheticScenario(s.sites, SEED), warmup: s.warmup, warmupMs: s.warmupMs, runs: s.runs })),
);
console.log(`${evaluation.table}\n`);
// The generator is seeded: the later sections rebuild the very same scenarios.
const scenarios = SIZES.map((s) => syntheticScenario(s.sites, SEED));

const routing = routingSection(SIZES.flatMap((s, i) => (s.routing === null ? [] : [{ scenario: scenarios[i], ...s.routing, seed: SEED }])));
console.log(`${routing.table}\n${routing.notes.join('\n')}\n`);

// N-1 sweep: every link and site failed in turn (src/engine/evaluate/resilience.ts).
console.log(`${nMinusOneSweepSection(SIZES.map((s, i) => ({ scenario: scenarios[i], ...s.sweep })))}\n`);

// Projections to 2035: (years × 2) evaluations on one prepared network (src/engine/projections).
const PROJECTION_RUNS = [
  { warmup: 5, runs: 20 },
  { warmup: 3, runs: 10 },
  { warmup: 0, runs: 1 },
] as const;
console.log(`${projectionsSection(scenarios.map((scenario, i) => ({ scenario, ...PROJECTION_RUNS[i] })))}\n`);

// The templates' presentation stories (src/engine/story), as the worker tells them.
console.log(`${storiesSection(5, 30)}\n`);

// Multi-workload placement as a MILP in HiGHS (src/engine/placementMilp).
console.log(`${await milpSection({ seed: SEED, warmup: 1, runs: 5 })}\n`);

console.log(`${propagationSection()}\n`);

console.log(`${optimiserSection(syntheticScenario(250, 1), 3)}\n`);

// In Chromium, on the built page (npm run bench builds it first).
console.log(`${await editLatencySection({ scenario: syntheticScenario(200, SEED), moves: 60, drags: 3 })}\n`);
console.log(`Node ${process.version}, ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
