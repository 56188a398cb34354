import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Component } from '../model/distribution';
import type { LatencySummary } from '../result';
import { slotOf, usesSliceSlot, type Hop } from './flows';
import type { ComposedLatency } from './latency';
import type { LinkQueues } from './linkQueues';
import type { PreparedNetwork } from './network';

type Rng = ReturnType<typeof xoroshiro128plus>;

/** The classes of messages in one slot: arrivals per ms and service time in ms, with cumulative work shares. */
interface SlotMix {
  readonly serviceMs: Float64Array;
  readonly cumulativeWork: Float64Array;
}

/** Every slot's message classes, gathered in one pass over the routed hops. */
function slotMixes(hops: readonly Hop[], network: PreparedNetwork, queues: LinkQueues): Map<number, SlotMix> {
  const raw = new Map<number, { service: number[]; work: number[] }>();
  for (const hop of hops) {
    if (hop.route === null || hop.forward === null) continue;
    for (let i = 0; i < hop.route.links.length; i++) {
      const link = hop.route.links[i];
      const slot = slotOf(link, hop.forward[i] === 1, usesSliceSlot(hop, network, link));
      const s = (hop.bits * 1000) / (queues.capacityMbps[slot] * 1e6);
      let entry = raw.get(slot);
      if (entry === undefined) raw.set(slot, (entry = { service: [], work: [] }));
      entry.service.push(s);
      entry.work.push((hop.rate / 1000) * s);
    }
  }
  const mixes = new Map<number, SlotMix>();
  for (const [slot, { service, work }] of raw) {
    const cumulative = new Float64Array(work.length);
    let sum = 0;
    work.forEach((w, i) => (cumulative[i] = sum += w));
    for (let i = 0; i < cumulative.length; i++) cumulative[i] /= sum;
    mixes.set(slot, { serviceMs: Float64Array.from(service), cumulativeWork: cumulative });
  }
  return mixes;
}

/**
 * Exact samplers. The M/G/1 wait is drawn from its Pollaczek–Khinchine form:
 * a geometric number (P(N ≥ n) = ρⁿ) of residual service times, each from the
 * equilibrium distribution — a class picked in proportion to its work, then
 * uniform over its service time.
 */
function sample(component: Component, mix: SlotMix | null, rng: Rng): number {
  switch (component.kind) {
    case 'shiftedExp':
      return component.minMs - component.expMeanMs * Math.log(1 - uniformFloat64(rng));
    case 'atomExp':
      return uniformFloat64(rng) < component.p ? -Math.log(1 - uniformFloat64(rng)) / component.ratePerMs : 0;
    case 'mg1': {
      let total = 0;
      while (uniformFloat64(rng) < component.rho) {
        const u = uniformFloat64(rng);
        const cw = mix!.cumulativeWork;
        let j = 0;
        while (j < cw.length - 1 && cw[j] < u) j++;
        total += uniformFloat64(rng) * mix!.serviceMs[j];
      }
      return total;
    }
  }
}

function quantileOfSorted(sorted: Float64Array, q: number): number {
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** A seeded Monte-Carlo estimate of each workload's latency distribution, to check the closed forms. */
export function monteCarloSummaries(
  composed: readonly ComposedLatency[],
  hops: readonly Hop[],
  network: PreparedNetwork,
  queues: LinkQueues,
  options: { samples: number; seed: number },
): ((LatencySummary & { samples: number }) | null)[] {
  const rng = xoroshiro128plus(options.seed);
  // Keep the whole run bounded on large scenarios: about two million draws of a component.
  const components = composed.reduce((t, c) => t + c.components.length, 0);
  const samples = Math.max(200, Math.min(options.samples, Math.floor(2e6 / Math.max(1, components))));
  const mixes = slotMixes(hops, network, queues);
  return composed.map((c) => {
    if (c.status !== 'ok') return null;
    const mixOf = c.componentSlots.map((slot, i) => (slot < 0 || c.components[i].kind !== 'mg1' ? null : (mixes.get(slot) ?? null)));
    const draws = new Float64Array(samples);
    let sum = 0;
    let sumSq = 0;
    for (let s = 0; s < samples; s++) {
      let x = c.constantMs;
      for (let i = 0; i < c.components.length; i++) x += sample(c.components[i], mixOf[i], rng);
      draws[s] = x;
      sum += x;
      sumSq += x * x;
    }
    draws.sort();
    const mean = sum / samples;
    return {
      meanMs: mean,
      p50Ms: quantileOfSorted(draws, 0.5),
      p95Ms: quantileOfSorted(draws, 0.95),
      p99Ms: quantileOfSorted(draws, 0.99),
      jitterMs: Math.sqrt(Math.max(0, sumSq / samples - mean * mean)),
      samples,
    };
  });
}
