import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStoryInput } from '../../../../src/engine/story';

const template = JSON.parse(readFileSync('static/templates/smart-city-urllc.json', 'utf8')) as {
  baseline: unknown;
  edge: unknown;
  presentation: Record<string, unknown>;
};
// The edge document is the baseline with stages moved; for checking ids either document serves.
const valid = { baseline: template.baseline, edge: template.baseline, ...template.presentation };

describe('checkStoryInput', () => {
  it('accepts a template’s story request', () => {
    expect(checkStoryInput(valid).ok).toBe(true);
  });

  it.each([
    ['workloadId', { workloadId: 'nope' }],
    ['cutLinkId', { cutLinkId: 'nope' }],
    ['projectionYear', { projectionYear: 2040 }],
    ['projectionYear', { projectionYear: 2030.5 }],
    ['edgeTitle', { edgeTitle: '' }],
    ['slice.linkIds[0]', { slice: { workloadIds: ['alerts'], linkIds: ['nope'], reservedMbps: 10 } }],
    ['slice.reservedMbps', { slice: { workloadIds: ['alerts'], linkIds: ['ran-bcn'], reservedMbps: -1 } }],
  ])('refuses a bad %s with its path', (path, change) => {
    const checked = checkStoryInput({ ...valid, ...change });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[0].path).toBe(path);
  });

  it('refuses a damaged document with the document’s path', () => {
    const checked = checkStoryInput({ ...valid, edge: { schemaVersion: 1 } });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[0].path).toMatch(/^edge\./);
  });

  it('never throws on any input, and accepts none that is not an object with both documents', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(checkStoryInput(value).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any field of a good request is replaced by anything', () => {
    const keys = Object.keys(valid);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const checked = checkStoryInput({ ...valid, [key]: value });
        if (!checked.ok) expect(checked.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
