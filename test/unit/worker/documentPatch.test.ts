import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { applyDocumentPatch, documentPatch, NO_DOCUMENT_TO_PATCH } from '../../../src/worker/documentPatch';
import { readPresetJson } from '../helpers/presets';

const record = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 });

describe('documentPatch', () => {
  it('rebuilds the new document from the old one and the patch, for any two records', () => {
    fc.assert(
      fc.property(record, record, (before, after) => {
        const patch = documentPatch(before, after)!;
        expect(applyDocumentPatch(before, patch)).toEqual(after);
      }),
    );
  });

  it('carries only the fields that are a different value: an edit that shares the rest sends only what it touched', () => {
    const before = readPresetJson('smart-city.json') as Record<string, unknown>;
    const after = { ...before, drivers: { deviceCountFactor: 2 } };
    const patch = documentPatch(before, after)!;
    expect(Object.keys(patch.set)).toEqual(['drivers']);
    expect(patch.removed).toEqual([]);
    const without: Record<string, unknown> = { ...after };
    delete without.drivers;
    expect(documentPatch(after, without)).toEqual({ set: {}, removed: ['drivers'] });
  });

  it('gives no patch for anything but two plain objects', () => {
    expect(documentPatch(null, {})).toBeNull();
    expect(documentPatch({}, [1])).toBeNull();
    expect(documentPatch('a', 'b')).toBeNull();
  });
});

describe('the worker API with patches', () => {
  it('refuses a patch before it holds a document, and a malformed patch, and evaluates a patch like the whole document', async () => {
    vi.resetModules();
    const { engineApi } = await import('../../../src/worker/engineApi');
    const document = readPresetJson('smart-city.json') as Record<string, unknown>;
    const patched = { ...document, drivers: { deviceCountFactor: 3 } };

    const early = engineApi.evaluatePatch(documentPatch(document, patched)!);
    expect(early.ok ? null : early.errors[0].path).toBe(NO_DOCUMENT_TO_PATCH);

    expect(engineApi.evaluate(document).ok).toBe(true);
    const hostile = engineApi.evaluatePatch({ set: 'sites', removed: [1] } as never);
    expect(hostile.ok ? null : hostile.errors[0].path).toBe(NO_DOCUMENT_TO_PATCH);

    const viaPatch = engineApi.evaluatePatch(documentPatch(document, patched)!);
    const whole = engineApi.evaluate(patched);
    if (!viaPatch.ok || !whole.ok) throw new Error('both should evaluate');
    expect(viaPatch.result.cost.totalUsdPerMonth).toBe(whole.result.cost.totalUsdPerMonth);
    expect(viaPatch.result.workloads.map((w) => w.p95Ms)).toEqual(whole.result.workloads.map((w) => w.p95Ms));
    // Three times the devices: the patch really reached the engine.
    const plain = engineApi.evaluate(document);
    if (!plain.ok) throw new Error('should evaluate');
    expect(viaPatch.result.cost.totalUsdPerMonth).toBeGreaterThan(plain.result.cost.totalUsdPerMonth);

    // A patch that breaks the document is refused by validation, with its path.
    const broken = engineApi.evaluatePatch({ set: { sites: 'none' }, removed: [] });
    expect(broken.ok ? null : broken.errors[0].path).toMatch(/^sites/);
  });
});
