import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateDocument, type Migration } from '../../../../src/engine/scenario/migrate';

/** A made-up history of three formats, to check the chain itself: v0 had `title`, v1 renamed it `name`, v2 added `tags`. */
const CHAIN: Record<number, Migration> = {
  0: ({ title, ...rest }) => ({ ...rest, name: title, schemaVersion: 1 }),
  1: (document) => ({ ...document, tags: [], schemaVersion: 2 }),
};

describe('migrateDocument', () => {
  it('applies every step from the document’s version to the current one, in order', () => {
    expect(migrateDocument({ title: 'Old' }, CHAIN, 2)).toEqual({
      ok: true,
      document: { name: 'Old', schemaVersion: 2, tags: [] },
      migratedFrom: 0,
    });
    expect(migrateDocument({ schemaVersion: 1, name: 'Mid' }, CHAIN, 2)).toEqual({
      ok: true,
      document: { schemaVersion: 2, name: 'Mid', tags: [] },
      migratedFrom: 1,
    });
  });

  it('leaves current, newer and malformed versions to validation, untouched', () => {
    for (const doc of [{ schemaVersion: 2 }, { schemaVersion: 9 }, { schemaVersion: '1' }, { schemaVersion: -1 }, { schemaVersion: 0.5 }]) {
      const outcome = migrateDocument(doc, CHAIN, 2);
      expect(outcome).toEqual({ ok: true, document: doc, migratedFrom: null });
    }
  });

  it('says which step is missing rather than guessing', () => {
    const outcome = migrateDocument({ schemaVersion: 1 }, { 0: CHAIN[0] }, 2);
    expect(outcome).toEqual({ ok: false, message: 'version 1 cannot be read: no way from version 1 to 2' });
  });

  it('never throws and never changes its input, for any value', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const before = JSON.stringify(input);
        migrateDocument(input);
        expect(JSON.stringify(input)).toBe(before);
      }),
    );
  });
});
