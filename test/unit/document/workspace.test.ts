import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine';
import { readSavedWorkspace, savedWorkspace, type Workspace } from '../../../src/document/workspace';
import { readPresetJson } from '../helpers/presets';

const scenario = () => {
  const checked = validateScenario(readPresetJson('smart-city.json'));
  if (!checked.ok) throw new Error('preset invalid');
  return checked.scenario;
};

const workspace = (): Workspace => ({
  variants: [
    { id: 'v1', name: 'Baseline', scenario: scenario() },
    { id: 'v2', name: 'Edge', scenario: { ...scenario(), name: 'Edge variant' } },
  ],
  activeId: 'v2',
  baselineId: 'v1',
  comparedIds: ['v1', 'v2'],
});

describe('readSavedWorkspace', () => {
  it('reads back exactly what was saved', () => {
    const saved = savedWorkspace(workspace(), new Date('2026-11-24T10:00:00Z'));
    const reading = readSavedWorkspace(JSON.stringify(saved));
    expect(reading).toEqual({ ok: true, workspace: workspace(), savedAt: '2026-11-24T10:00:00.000Z', notes: [] });
  });

  it('migrates a variant saved in an older format, and notes it', () => {
    const old = JSON.parse(JSON.stringify(savedWorkspace(workspace())));
    delete old.workspace.variants[1].scenario.schemaVersion;
    const reading = readSavedWorkspace(JSON.stringify(old));
    expect(reading.ok).toBe(true);
    if (reading.ok) {
      expect(reading.workspace.variants[1].scenario.schemaVersion).toBe(1);
      expect(reading.notes).toEqual(['Edge was migrated from format version 0']);
    }
  });

  it('names the place of a damaged variant', () => {
    const damaged = JSON.parse(JSON.stringify(savedWorkspace(workspace())));
    damaged.workspace.variants[1].scenario.sites[0].pue = -1;
    const reading = readSavedWorkspace(JSON.stringify(damaged));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.errors[0].path).toBe('workspace.variants[1].scenario.sites[0].pue');
  });

  it('falls back to the first variant for a dangling active or baseline id, and drops unknown compared ids', () => {
    const saved = JSON.parse(JSON.stringify(savedWorkspace(workspace())));
    saved.workspace.activeId = 'v9';
    saved.workspace.comparedIds = ['v2', 'nope', 'v2', 7];
    const reading = readSavedWorkspace(JSON.stringify(saved));
    expect(reading.ok && reading.workspace.activeId).toBe('v1');
    expect(reading.ok && reading.workspace.comparedIds).toEqual(['v2']);
    expect(reading.ok && reading.notes).toEqual(['the active variant was missing; the first is used']);
  });

  it('never throws on any text, and what it accepts always holds valid scenarios under known ids', () => {
    const valid = JSON.stringify(savedWorkspace(workspace()));
    const mutated = fc
      .tuple(fc.nat({ max: valid.length - 1 }), fc.nat({ max: 40 }), fc.string({ maxLength: 12 }))
      .map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
    const hostile = fc.oneof(
      fc.string(),
      fc.json(),
      mutated,
      fc.constant('{"format":"tierscape-workspace","version":1,"workspace":{"variants":[{"id":"__proto__","name":"x","scenario":{}}]}}'),
      fc.constant('{"format":"tierscape-workspace","version":1,"workspace":{"__proto__":{"polluted":true},"variants":[]}}'),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const reading = readSavedWorkspace(text);
        if (reading.ok) {
          const ids = reading.workspace.variants.map((v) => v.id);
          expect(ids).toContain(reading.workspace.activeId);
          for (const v of reading.workspace.variants) expect(validateScenario(v.scenario).ok).toBe(true);
        } else for (const e of reading.errors) expect(e.path.length * e.message.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
