import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEDIUM_IDS } from '../../../src/engine/catalogue/media';
import { TIER_IDS } from '../../../src/engine/catalogue/tiers';
import { evaluateScenario } from '../../../src/engine/evaluate/evaluate';
import type { Scenario } from '../../../src/engine/scenario/schema';
import { validateScenario } from '../../../src/engine/scenario/validate';
import {
  addSite,
  addStage,
  addWorkload,
  connectSites,
  moveStage,
  placeStage,
  removeElements,
  removeStage,
  removeWorkload,
} from '../../../src/document/edits';

const preset = JSON.parse(readFileSync('static/presets/smart-city.json', 'utf8')) as Scenario;

/** One random edit, picked by index into whatever the document holds at that moment. */
type Edit = (doc: Scenario) => Scenario;

const pick = <T>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length]);

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ tier: fc.constantFrom(...TIER_IDS), x: fc.integer({ min: -2000, max: 2000 }) }).map(
    ({ tier, x }) =>
      (doc: Scenario) =>
        addSite(doc, tier, { x, y: x / 2 }).doc,
  ),
  fc.record({ a: fc.nat(), b: fc.nat(), m: fc.constantFrom(...MEDIUM_IDS) }).map(({ a, b, m }) => (doc: Scenario) => {
    const from = pick(doc.sites, a);
    const to = pick(doc.sites, b);
    return from && to && from.id !== to.id ? connectSites(doc, from.id, to.id, m).doc : doc;
  }),
  fc.nat().map((i) => (doc: Scenario) => {
    const site = pick(doc.sites, i);
    return site ? removeElements(doc, [site.id], []).doc : doc;
  }),
  fc.nat().map((i) => (doc: Scenario) => {
    const link = pick(doc.links, i);
    return link ? removeElements(doc, [], [link.id]).doc : doc;
  }),
  fc.record({ w: fc.nat(), s: fc.nat(), t: fc.nat() }).map(({ w, s, t }) => (doc: Scenario) => {
    const workload = pick(doc.workloads, w);
    const stage = workload && pick(workload.stages, s);
    const site = pick(doc.sites, t);
    return workload && stage && site ? placeStage(doc, workload.id, stage.id, site.id) : doc;
  }),
  fc.nat().map((i) => (doc: Scenario) => {
    const source = pick(
      doc.sites.filter((s) => s.tier === 'device'),
      i,
    );
    return source ? addWorkload(doc, source.id).doc : doc;
  }),
  fc.nat().map((i) => (doc: Scenario) => {
    const w = pick(doc.workloads, i);
    return w ? removeWorkload(doc, w.id) : doc;
  }),
  fc.record({ w: fc.nat(), s: fc.nat(), op: fc.constantFrom('add', 'remove', 'up', 'down') }).map(({ w, s, op }) => (doc: Scenario) => {
    const workload = pick(doc.workloads, w);
    const stage = workload && pick(workload.stages, s);
    if (!workload || !stage) return doc;
    if (op === 'add') return addStage(doc, workload.id);
    if (op === 'remove') return removeStage(doc, workload.id, stage.id);
    return moveStage(doc, workload.id, stage.id, op === 'up' ? -1 : 1);
  }),
);

describe('document edits', () => {
  it('any sequence of edits keeps the document valid, evaluable and leaves its input untouched', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 25 }), (edits) => {
        const frozen = JSON.stringify(preset);
        let doc = preset;
        for (const edit of edits) {
          const before = JSON.stringify(doc);
          const next = edit(doc);
          expect(JSON.stringify(doc)).toBe(before);
          const checked = validateScenario(next);
          expect(checked.ok ? [] : checked.errors).toEqual([]);
          doc = next;
        }
        const result = evaluateScenario(doc);
        for (const w of result.workloads) {
          if (w.meanMs !== null) expect(Number.isFinite(w.meanMs)).toBe(true);
        }
        expect(JSON.stringify(preset)).toBe(frozen);
      }),
      { numRuns: 150 },
    );
  });

  it('removing a site moves its stages back to the device group and reports it', () => {
    const { doc, notes } = removeElements(preset, ['mec-bcn'], []);
    expect(doc.sites.map((s) => s.id)).toEqual(['cameras', 'cloud-par', 'pop-lyon']);
    // Every link that touched the MEC goes with it; the Lyon–Paris fibre stays.
    expect(doc.links.map((l) => l.id)).toEqual(['fibre-lyo-par']);
    expect(doc.workloads[0].stages.find((s) => s.id === 'fuse')?.siteId).toBe('cameras');
    expect(notes).toEqual(['1 stage(s) of "Collision-risk alerts" moved back to its device group']);
  });

  it('removing a device group removes the workloads that start there', () => {
    const { doc, notes } = removeElements(preset, ['cameras'], []);
    expect(doc.workloads).toEqual([]);
    expect(notes).toHaveLength(3);
  });
});
