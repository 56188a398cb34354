import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTemplate, type Template } from '../../../src/document/templates/readTemplate';
import { TEMPLATE_IDS } from '../../../src/document/templates/templateIds';
import type { TemplateInput } from '../../../src/document/templates/templateSchema';
import { evaluateScenario, type EvaluationResult, type WorkloadResult } from '../../../src/engine';
import { TIER_IDS, type TierId } from '../../../src/engine/catalogue/tiers';

/** Resolved from this file, so the tests pass whatever directory they are run from. */
const TEMPLATE_DIR = fileURLToPath(new URL('../../../static/templates/', import.meta.url));

const readTemplateJson = (id: string): unknown => JSON.parse(readFileSync(`${TEMPLATE_DIR}${id}.json`, 'utf8'));

function loadTemplate(id: string): Template {
  const reading = readTemplate(readTemplateJson(id));
  if (!reading.ok) throw new Error(`${id}.json is invalid: ${JSON.stringify(reading.errors)}`);
  return reading.template;
}

const headline = (result: EvaluationResult, template: Template): WorkloadResult =>
  result.workloads.find((w) => w.id === template.presentation.workloadId)!;

describe('static/templates', () => {
  it('holds exactly one file per TEMPLATE_IDS entry', () => {
    const files = readdirSync(TEMPLATE_DIR).sort();
    expect(files).toEqual(TEMPLATE_IDS.map((id) => `${id}.json`).sort());
  });

  describe.each(TEMPLATE_IDS)('%s.json', (id) => {
    it('reads as a template whose id is its file name', () => {
      const reading = readTemplate(readTemplateJson(id));
      expect(reading.ok ? [] : reading.errors).toEqual([]);
      expect(reading.ok && reading.template.id).toBe(id);
    });

    it('tells its story in the baseline description', () => {
      expect(loadTemplate(id).baseline.description?.length ?? 0).toBeGreaterThan(100);
    });

    it("moves the headline workload's p95 down, inside its objective", () => {
      const template = loadTemplate(id);
      const before = headline(evaluateScenario(template.baseline), template);
      const after = headline(evaluateScenario(template.edgeScenario), template);
      expect(before.status).toBe('ok');
      expect(after.status).toBe('ok');
      expect(after.p95Ms!).toBeLessThan(before.p95Ms!);
      expect(after.meetsObjective).toBe(true);
    });

    it('cuts a fibre link the edge variant survives: the headline workload stays connected', () => {
      const template = loadTemplate(id);
      const link = template.edgeScenario.links.find((l) => l.id === template.presentation.cutLinkId)!;
      expect(['metro-fibre', 'long-haul-fibre']).toContain(link.medium);
      const cut = evaluateScenario(template.edgeScenario, { failed: { linkIds: [link.id] } });
      expect(headline(cut, template).status).toBe('ok');
    });

    it('lays sites out left to right by tier, none on top of another', () => {
      const sites = loadTemplate(id).baseline.sites;
      const rank = (tier: TierId) => TIER_IDS.indexOf(tier);
      for (const a of sites) {
        expect(a.position, a.id).toBeDefined();
        for (const b of sites) {
          if (a === b) continue;
          if (rank(a.tier) < rank(b.tier)) expect(a.position!.x, `${a.id} left of ${b.id}`).toBeLessThan(b.position!.x);
          expect(Math.hypot(a.position!.x - b.position!.x, a.position!.y - b.position!.y), `${a.id} apart from ${b.id}`).toBeGreaterThan(
            100,
          );
        }
      }
    });
  });
});

describe('the sovereign-health template', () => {
  const template = loadTemplate('sovereign-health');

  it('sends raw patient images out of Germany in the baseline', () => {
    expect(evaluateScenario(template.baseline).sovereignty).toEqual([
      expect.objectContaining({ workloadId: 'triage', sourceJurisdiction: 'DE', reachedJurisdictions: ['US'] }),
    ]);
  });

  it('keeps them in Germany in the edge variant', () => {
    expect(evaluateScenario(template.edgeScenario).sovereignty).toEqual([]);
  });
});

describe('readTemplate(data) on bad input', () => {
  const good = () => structuredClone(readTemplateJson('smart-city-urllc')) as TemplateInput;
  const errorPath = (data: unknown) => {
    const reading = readTemplate(data);
    return reading.ok ? null : reading.errors[0].path;
  };

  it('reads the unaltered file', () => {
    expect(errorPath(good())).toBeNull();
  });

  it('rejects a placement for a workload the baseline lacks, at edge.placements.<workload>', () => {
    const data = good();
    data.edge.placements = { ...data.edge.placements, nope: { fuse: 'mec-bcn' } };
    expect(errorPath(data)).toBe('edge.placements.nope');
  });

  it('rejects a slice reserved on a wired link, at presentation.slice.linkIds[i]', () => {
    const data = good();
    data.presentation.slice!.linkIds = ['ran-bcn', 'fibre-bcn-par'];
    expect(errorPath(data)).toBe('presentation.slice.linkIds[1]');
  });

  it('rejects accelerators changed at a site the baseline lacks, at edge.compute.<site>', () => {
    const data = good();
    data.edge.compute = { nowhere: { count: 2 } };
    expect(errorPath(data)).toBe('edge.compute.nowhere');
  });

  it('gives the edge variant the accelerators it adds and keeps the rest of the site', () => {
    const data = good();
    data.edge.compute = { 'mec-bcn': { count: 5 } };
    const reading = readTemplate(data);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const mec = (doc: typeof reading.template.baseline) => doc.sites.find((s) => s.id === 'mec-bcn')!;
    expect(mec(reading.template.edgeScenario).compute).toEqual({
      acceleratorId: mec(reading.template.baseline).compute.acceleratorId,
      count: 5,
    });
    expect(mec(reading.template.baseline).compute.count).toBe(0);
  });

  it('rejects another template version, at templateVersion', () => {
    expect(errorPath({ ...good(), templateVersion: 2 })).toBe('templateVersion');
  });

  it('never throws on something that is not a template', () => {
    for (const data of [null, 42, 'template', [], {}]) expect(readTemplate(data).ok).toBe(false);
  });
});
