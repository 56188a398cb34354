import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffScenarios } from '../../../src/document/diff';
import { nextVariantId, uniqueVariantName, type Variant } from '../../../src/document/variants';
import { placeStage } from '../../../src/document/edits';
import { loadPreset } from '../helpers/presets';

const city = loadPreset('smart-city.json');
const variant = (id: string, name: string): Variant => ({ id, name, scenario: city });

describe('variant names and ids', () => {
  it('numbers a name already taken: "Edge", "Edge (2)", "Edge (3)"', () => {
    const vs = [variant('v1', 'Edge'), variant('v2', 'Edge (2)')];
    expect(uniqueVariantName(vs, 'Edge')).toBe('Edge (3)');
    expect(uniqueVariantName(vs, 'Cloud')).toBe('Cloud');
    expect(uniqueVariantName(vs, '   ')).toBe('Variant');
  });

  it('gives an id no variant has, whatever was deleted before', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 12 }), (numbers) => {
        const vs = numbers.map((n) => variant(`v${n}`, `n${n}`));
        const id = nextVariantId(vs);
        expect(vs.some((v) => v.id === id)).toBe(false);
      }),
    );
  });
});

describe('diffScenarios(baseline, variant)', () => {
  it('finds nothing between a scenario and itself, or a copy moved on the canvas', () => {
    expect(diffScenarios(city, city).count).toBe(0);
    const moved = { ...city, sites: city.sites.map((s) => ({ ...s, position: { x: 1, y: 2 } })) };
    expect(diffScenarios(city, moved).count).toBe(0);
  });

  it('names a moved stage, a changed link, an added site and a removed link', () => {
    const fused = placeStage(city, 'alerts', 'fuse', 'cloud-par');
    const edited = {
      ...fused,
      sites: [...fused.sites, { ...fused.sites[0], id: 'more-cameras' }],
      links: fused.links.filter((l) => l.id !== 'fibre-bcn-lyo').map((l) => (l.id === 'ran-bcn' ? { ...l, capacityMbps: 900 } : l)),
    };
    const diff = diffScenarios(city, edited);
    expect([...diff.movedStages]).toEqual(['alerts/fuse']);
    expect([...diff.changedWorkloads]).toEqual(['alerts']);
    expect([...diff.changedLinks]).toEqual(['ran-bcn']);
    expect(diff.removedLinks).toEqual(['fibre-bcn-lyo']);
    expect([...diff.addedSites]).toEqual(['more-cameras']);
    expect(diff.count).toBe(4);
  });

  it('counts a change of drivers or assumptions once', () => {
    const driven = { ...city, drivers: { deviceCountFactor: 2 }, assumptionOverrides: { 'economics.electricityUsdPerKwh': 0.2 } };
    const diff = diffScenarios(city, driven);
    expect(diff.assumptionsChanged).toBe(true);
    expect(diff.count).toBe(1);
  });
});
