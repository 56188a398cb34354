import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { componentQuantile, cumulantsFromMoments, shiftedGammaQuantile } from '../../../../src/engine/model/distribution';
import { mg1WaitMoments, mm1WaitMean, mmcWaitMean, mmcWaitShape } from '../../../../src/engine/model/queueing';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

/*
 * The engine's queueing numbers against a discrete-event simulation of a
 * FIFO queue with Poisson arrivals. Time is in units of the mean service
 * time S = 1. One server follows Lindley's recursion; c servers keep the time
 * each server next falls free, and each arrival takes the earliest (FIFO
 * across the pool, Kiefer–Wolfowitz). The generator is seeded, so every run
 * draws the same customers.
 */

type ServiceLaw = 'exponential' | 'fixed';

interface SimulationResult {
  readonly meanWait: number;
  readonly p95Wait: number;
}

function quantileOfSorted(sorted: Float64Array, q: number): number {
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Waiting times of `customers` arrivals after `warmUp` discarded ones, starting from an empty system. */
function simulateFifo(servers: number, rho: number, law: ServiceLaw, customers: number, warmUp: number, seed: number): SimulationResult {
  const rng = xoroshiro128plus(seed);
  const exponential = () => -Math.log(1 - uniformFloat64(rng));
  const arrivalRate = rho * servers;
  const nextFree = new Float64Array(servers);
  const waits = new Float64Array(customers);
  let now = 0;
  let sum = 0;
  for (let i = 0; i < warmUp + customers; i++) {
    now += exponential() / arrivalRate;
    let k = 0;
    for (let j = 1; j < servers; j++) if (nextFree[j] < nextFree[k]) k = j;
    // With one server this is Lindley's recursion: W(n+1) = max(0, W(n) + S(n) − A(n+1)).
    const wait = nextFree[k] > now ? nextFree[k] - now : 0;
    nextFree[k] = now + wait + (law === 'fixed' ? 1 : exponential());
    if (i >= warmUp) {
      waits[i - warmUp] = wait;
      sum += wait;
    }
  }
  waits.sort();
  return { meanWait: sum / customers, p95Wait: quantileOfSorted(waits, 0.95) };
}

interface Model {
  readonly name: string;
  readonly servers: number;
  readonly law: ServiceLaw;
  /** The engine's mean wait and its p95 by the path the engine takes for this queue. */
  readonly analytic: (rho: number) => { mean: number; p95: number };
}

const MODELS: readonly Model[] = [
  {
    name: 'M/M/1',
    servers: 1,
    law: 'exponential',
    // The engine's link M/M/1 component: waits with probability ρ, then Exp((1−ρ)/S).
    analytic: (rho) => ({ mean: mm1WaitMean(rho, 1), p95: componentQuantile({ kind: 'atomExp', p: rho, ratePerMs: 1 - rho }, 0.95)! }),
  },
  {
    name: 'M/D/1',
    servers: 1,
    law: 'fixed',
    // One class of fixed size: λ = ρ, s = 1, so Σλs^n = ρ for every n; the tail is the three-moment gamma fit.
    analytic: (rho) => {
      const moments = mg1WaitMoments(rho, [rho, rho, rho, rho]);
      return { mean: moments[0], p95: shiftedGammaQuantile(cumulantsFromMoments(...moments), 0.95, 0) };
    },
  },
  {
    name: 'M/M/4',
    servers: 4,
    law: 'exponential',
    // The engine's accelerator-pool component: waits with probability C(4, 4ρ), then Exp(4(1−ρ)/S).
    analytic: (rho) => {
      const shape = mmcWaitShape(4, rho, 1);
      return { mean: mmcWaitMean(4, rho, 1), p95: componentQuantile({ kind: 'atomExp', p: shape.p, ratePerMs: shape.rate }, 0.95)! };
    },
  },
];

/**
 * Customers per run. The simulation's error shrinks as 1/√n but grows with
 * the queue's memory (~1/(1−ρ)² customers), so busier queues run longer;
 * M/M/4 at ρ = 0.3 rarely waits at all, so its mean needs more arrivals too.
 */
function customersFor(model: Model, rho: number): number {
  if (rho >= 0.9) return 4_000_000;
  if (rho >= 0.7) return 2_000_000;
  return model.servers > 1 && rho < 0.5 ? 4_000_000 : 1_000_000;
}

const WARM_UP = 50_000;
/** Relative tolerance up to ρ = 0.8, where the simulation's own error is ~1–2 %. */
const TOLERANCE = 0.05;
/** At ρ = 0.95 the simulation's error is several per cent even at 4 M customers. */
const LOOSE_TOLERANCE = 0.2;
/** Below this many service times a p95 is compared absolutely: most customers do not wait at all. */
const ABSOLUTE_BELOW_S = 0.05;

const measured: string[] = [];
afterAll(() => {
  console.log(`DES vs engine (error = engine ÷ simulation − 1):\n${measured.join('\n')}`);
});

const relativeError = (engine: number, simulated: number) => engine / simulated - 1;

describe.each(MODELS)('$name FIFO queue: engine vs a seeded discrete-event simulation', (model) => {
  it.each([0.3, 0.6, 0.8, 0.95])('agrees on the mean and p95 wait at ρ = %s', (rho) => {
    const sim = simulateFifo(model.servers, rho, model.law, customersFor(model, rho), WARM_UP, Math.round(rho * 1000) + model.servers);
    const engine = model.analytic(rho);
    const meanError = relativeError(engine.mean, sim.meanWait);
    const p95Absolute = engine.p95 < ABSOLUTE_BELOW_S;
    const p95Error = p95Absolute ? engine.p95 - sim.p95Wait : relativeError(engine.p95, sim.p95Wait);
    measured.push(
      `  ${model.name} ρ = ${rho.toFixed(2)}: mean ${engine.mean.toFixed(4)} vs ${sim.meanWait.toFixed(4)} S (${(meanError * 100).toFixed(2)} %), ` +
        `p95 ${engine.p95.toFixed(4)} vs ${sim.p95Wait.toFixed(4)} S (${p95Absolute ? `${p95Error.toFixed(4)} S absolute` : `${(p95Error * 100).toFixed(2)} %`})`,
    );
    const tolerance = rho > 0.9 ? LOOSE_TOLERANCE : TOLERANCE;
    expectClose(engine.mean, sim.meanWait, tolerance);
    if (p95Absolute) expect(Math.abs(p95Error)).toBeLessThanOrEqual(ABSOLUTE_BELOW_S);
    else expectClose(engine.p95, sim.p95Wait, tolerance);
  });
});

describe('evaluateScenario on one link and one workload: the link queue is the formula', () => {
  // 100 devices × 0.6 requests/s × 125 kB (1 Mbit) = 60 Mbit/s on 100 Mbit/s: ρ = 0.6, S = 10 ms.
  const doc = (queueModel: 'mg1' | 'mm1') =>
    scenario({
      sites: [site('phones', 'device', { deviceCount: 100 }), site('dc', 'regionalDc')],
      links: [link('uplink', 'phones', 'dc', 'metro-fibre', 100, { lengthKm: 10, queueModel })],
      workloads: [workload('w', 'phones', [stage('s', 'dc')], { requestsPerSecondPerDevice: 0.6, inputKB: 125 })],
    });

  it('queues ρS/(2(1−ρ)) = 7.5 ms as M/D/1 when every message has the same size', () => {
    const w = evaluateScenario(doc('mg1')).workloads[0];
    expectClose(w.breakdown.queueingMs, (0.6 * 10) / (2 * 0.4), 1e-9);
    expect(w.segments[0].links[0]).toMatchObject({ queueModel: 'M/D/1' });
    expectClose(w.segments[0].links[0].utilisation, 0.6, 1e-12);
  });

  it('queues ρ/(1−ρ)·S = 15 ms as M/M/1 when the link says so', () => {
    const w = evaluateScenario(doc('mm1')).workloads[0];
    expectClose(w.breakdown.queueingMs, mm1WaitMean(0.6, 10), 1e-9);
    expectClose(w.breakdown.queueingMs, 15, 1e-9);
    expect(w.segments[0].links[0]).toMatchObject({ queueModel: 'M/M/1' });
  });
});
