import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, validateScenario, type EvaluationResult, type Scenario } from '../../../../src/engine';
import { greatCircleKm } from '../../../../src/engine/geo';
import { arbitraryScenario } from '../../fixtures/arbitraryScenario';
import { expectAllFinite, expectClose } from '../../helpers/approx';
import { linkResultById } from '../../../../src/engine/resultColumns';

/*
 * Invariants of evaluateScenario over randomly generated small scenarios
 * (test/unit/fixtures/arbitraryScenario.ts). Every generated document is
 * put through validateScenario first, so only documents the app accepts are
 * evaluated.
 */

/** Fixed seed, so a failure reproduces; fast-check prints the shrunk counterexample. */
const RUNS = { numRuns: 150, seed: 20_260_303 };

/** Light in vacuum takes 3.3356 µs per km; air is slower still (3.337). No signal beats this. */
const LIGHT_US_PER_KM = 3.336;

function validated(doc: Scenario): Scenario {
  const result = validateScenario(doc);
  expect(result.ok, result.ok ? '' : JSON.stringify(result.errors)).toBe(true);
  return result.ok ? result.scenario : doc;
}

/** Speed-of-light time of a workload's links: great-circle distance between each link's end sites. */
function physicsBoundMs(doc: Scenario, result: EvaluationResult, workloadIndex: number): number {
  const site = new Map(doc.sites.map((s) => [s.id, s]));
  const link = new Map(doc.links.map((l) => [l.id, l]));
  let ms = 0;
  for (const segment of result.workloads[workloadIndex].segments) {
    for (const { linkId: id } of segment.links) {
      const l = link.get(id)!;
      ms += (greatCircleKm(site.get(l.from)!.location!, site.get(l.to)!.location!) * LIGHT_US_PER_KM) / 1000;
    }
  }
  return ms;
}

/** The same scenario with every request rate × k, every workload on lowest-latency routing and no bursts. */
function scaledLoad(doc: Scenario, k: number): Scenario {
  return {
    ...doc,
    links: doc.links.map(({ burstCapacityMbps: _b, burstThreshold: _t, ...l }) => l),
    workloads: doc.workloads.map(({ routingPolicy: _p, ...w }) => ({ ...w, requestsPerSecondPerDevice: w.requestsPerSecondPerDevice * k })),
  };
}

describe('the generated scenarios', () => {
  it('are all valid documents, and give ok, saturated, unreachable and noCompute workloads among them', () => {
    const statuses = new Set<string>();
    fc.assert(
      fc.property(arbitraryScenario, (doc) => {
        for (const w of evaluateScenario(validated(doc)).workloads) statuses.add(w.status);
      }),
      RUNS,
    );
    expect([...statuses]).toEqual(expect.arrayContaining(['ok', 'saturated', 'unreachable', 'noCompute']));
  });
});

describe('evaluateScenario invariants', () => {
  it("never reports a mean or p50 below the speed of light over the workload's links (3.336 µs/km of great-circle distance)", () => {
    fc.assert(
      fc.property(arbitraryScenario, (raw) => {
        const doc = validated(raw);
        const result = evaluateScenario(doc);
        result.workloads.forEach((w, i) => {
          if (w.status !== 'ok') return;
          const bound = physicsBoundMs(doc, result, i);
          expect(w.meanMs!, `${w.id} mean`).toBeGreaterThanOrEqual(bound * (1 - 1e-12));
          expect(w.p50Ms!, `${w.id} p50`).toBeGreaterThanOrEqual(bound * (1 - 1e-12));
        });
      }),
      RUNS,
    );
  });

  it('never lowers a mean or p95 when every request rate grows by k > 1, and a saturated workload stays saturated (lowest-latency routing, no bursts)', () => {
    // Bursts are left out on purpose: passing a burst threshold adds capacity, so
    // more load can legitimately mean less queueing there.
    fc.assert(
      fc.property(arbitraryScenario, fc.double({ min: 1.01, max: 5, noNaN: true }), (raw, k) => {
        const base = validated(scaledLoad(raw, 1));
        const before = evaluateScenario(base).workloads;
        const after = evaluateScenario(validated(scaledLoad(raw, k))).workloads;
        before.forEach((b, i) => {
          const a = after[i];
          if (b.status === 'saturated') expect(a.status, `${b.id} stays saturated`).toBe('saturated');
          if (b.status !== 'ok' || a.status !== 'ok') return;
          expect(a.meanMs!, `${b.id} mean`).toBeGreaterThanOrEqual(b.meanMs! * (1 - 1e-9));
          expect(a.p95Ms!, `${b.id} p95`).toBeGreaterThanOrEqual(b.p95Ms! * (1 - 1e-9));
        });
      }),
      RUNS,
    );
  });

  it('sends nothing over a failed link, and no segment lists it', () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.nat(), (raw, pick) => {
        const doc = validated(raw);
        const failed = doc.links[pick % doc.links.length].id;
        const result = evaluateScenario(doc, { failed: { linkIds: [failed] } });
        const l = linkResultById(result.links, failed)!;
        expect(l.forwardMbps).toBe(0);
        expect(l.reverseMbps).toBe(0);
        for (const w of result.workloads) {
          for (const s of w.segments) {
            expect(
              s.links.map((x) => x.linkId),
              `${w.id}: ${s.label}`,
            ).not.toContain(failed);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives non-negative cost lines that add up to the categories and the total, and workload shares + unattributed = total (1e-6 relative)', () => {
    fc.assert(
      fc.property(arbitraryScenario, (raw) => {
        const { cost, workloads } = evaluateScenario(validated(raw));
        const sum = (category?: string) =>
          cost.lines.filter((l) => category === undefined || l.category === category).reduce((t, l) => t + l.usdPerMonth, 0);
        for (const line of cost.lines) expect(line.usdPerMonth, line.label).toBeGreaterThanOrEqual(0);
        expectClose(cost.computeUsdPerMonth, sum('compute'), 1e-6);
        expectClose(cost.transportUsdPerMonth, sum('transport'), 1e-6);
        expectClose(cost.egressUsdPerMonth, sum('egress'), 1e-6);
        expectClose(cost.sliceUsdPerMonth, sum('slice'), 1e-6);
        expectClose(cost.burstUsdPerMonth, sum('burst'), 1e-6);
        expectClose(cost.totalUsdPerMonth, sum(), 1e-6);
        const categories =
          cost.computeUsdPerMonth + cost.transportUsdPerMonth + cost.egressUsdPerMonth + cost.sliceUsdPerMonth + cost.burstUsdPerMonth;
        expectClose(categories, cost.totalUsdPerMonth, 1e-6);
        for (const w of workloads) expect(w.costUsdPerMonth, w.id).toBeGreaterThanOrEqual(0);
        const attributed = workloads.reduce((t, w) => t + w.costUsdPerMonth, 0);
        expectClose(attributed + cost.unattributedUsdPerMonth, cost.totalUsdPerMonth, 1e-6);
      }),
      RUNS,
    );
  });

  it('never contains NaN or ±Infinity anywhere in the result', () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.nat(), (raw, pick) => {
        const doc = validated(raw);
        expectAllFinite(evaluateScenario(doc));
        expectAllFinite(evaluateScenario(doc, { failed: { siteIds: [doc.sites[pick % doc.sites.length].id] } }));
      }),
      RUNS,
    );
  });

  it('is deterministic: evaluating twice gives deep-equal results', () => {
    fc.assert(
      fc.property(arbitraryScenario, (raw) => {
        const doc = validated(raw);
        expect(evaluateScenario(doc)).toStrictEqual(evaluateScenario(doc));
      }),
      RUNS,
    );
  });
});
