import { describe, expect, it } from 'vitest';
import { evaluateScenario, validateScenario, type WarningKind } from '../../src/engine';
import { TIER_IDS } from '../../src/engine/catalogue/tiers';
import { expectAllFinite } from './helpers/approx';
import { loadPreset, presetFiles, readPresetJson } from './helpers/presets';
import { siteResultById } from '../../src/engine/resultColumns';

/** The warnings each shipped preset is meant to show: its story depends on them. */
const INTENDED_WARNINGS: Record<string, WarningKind[]> = {
  'smart-city.json': [],
  'genai-assistant.json': [],
  'hospital-imaging.json': ['sovereignty'],
};

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('static/presets', () => {
  it('includes the presets the app ships with', () => {
    expect(presetFiles()).toEqual(expect.arrayContaining(Object.keys(INTENDED_WARNINGS)));
  });

  describe.each(presetFiles())('%s', (file) => {
    it('passes validation', () => {
      const result = validateScenario(readPresetJson(file));
      expect(result.ok ? [] : result.errors).toEqual([]);
    });

    it('has a name and a description that tells its story', () => {
      const scenario = loadPreset(file);
      expect(scenario.name).not.toBe('');
      expect(scenario.description?.length ?? 0).toBeGreaterThan(100);
    });

    it('uses kebab-case ids', () => {
      const scenario = loadPreset(file);
      const ids = [
        ...scenario.sites.map((s) => s.id),
        ...scenario.links.map((l) => l.id),
        ...scenario.workloads.flatMap((w) => [w.id, ...w.stages.map((s) => s.id)]),
      ];
      for (const id of ids) expect(id).toMatch(KEBAB_CASE);
    });

    it('lays sites out left to right by tier, none on top of another', () => {
      const sites = loadPreset(file).sites;
      const rank = (tier: string) => TIER_IDS.indexOf(tier as (typeof TIER_IDS)[number]);
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

    it('evaluates to a finite result with only its intended warnings', () => {
      const result = evaluateScenario(loadPreset(file));
      expectAllFinite(result);
      const intended = INTENDED_WARNINGS[file];
      if (intended !== undefined) expect([...new Set(result.warnings.map((w) => w.kind))].sort()).toEqual([...intended].sort());
    });
  });
});

describe('the genai-assistant preset', () => {
  const result = evaluateScenario(loadPreset('genai-assistant.json'));

  it('keeps both GPU pools below 0.8 utilisation', () => {
    for (const id of ['mec-london', 'cloud-london']) {
      const site = siteResultById(result.sites, id)!;
      expect(site.utilisation).toBeGreaterThan(0.2);
      expect(site.utilisation).toBeLessThan(0.8);
    }
  });

  it('meets both objectives, the edge answer sooner than the cloud one', () => {
    const [cloud, edge] = result.workloads;
    expect(cloud.meetsObjective && edge.meetsObjective).toBe(true);
    expect(edge.meanMs!).toBeLessThan(cloud.meanMs!);
  });

  it('costs far more in the cloud than at the edge', () => {
    const line = (id: string) => result.cost.lines.find((l) => l.category === 'compute' && l.elementIds[0] === id)!.usdPerMonth;
    expect(line('cloud-london')).toBeGreaterThan(50 * line('mec-london'));
  });
});

describe('the hospital-imaging preset', () => {
  const scenario = loadPreset('hospital-imaging.json');

  it('shows raw images leaving Germany for the US triage model', () => {
    expect(evaluateScenario(scenario).sovereignty).toEqual([
      expect.objectContaining({
        stageId: 'triage-model',
        sourceJurisdiction: 'DE',
        reachedJurisdictions: ['US'],
        linkIds: ['internet-us'],
      }),
    ]);
  });

  it('is fixed by moving the triage model to Frankfurt, still within the objective and for less', () => {
    const moved = structuredClone(scenario);
    moved.workloads[0].stages[1].siteId = 'frankfurt-dc';
    moved.sites.find((s) => s.id === 'us-east-1')!.compute.count = 0;
    const before = evaluateScenario(scenario);
    const after = evaluateScenario(moved);
    expect(after.warnings).toEqual([]);
    expect(after.workloads[0].meetsObjective).toBe(true);
    expect(after.workloads[0].meanMs!).toBeGreaterThan(before.workloads[0].meanMs!);
    expect(after.cost.totalUsdPerMonth).toBeLessThan(before.cost.totalUsdPerMonth);
  });
});
