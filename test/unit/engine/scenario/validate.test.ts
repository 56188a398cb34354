import { describe, expect, it } from 'vitest';
import { parseScenarioJson, validateScenario } from '../../../../src/engine';
import { formatPath } from '../../../../src/engine/scenario/validate';
import { deleteAt, setAt, validDocument, type Json, type Key } from '../../fixtures/damage';

/** The errors from validating the valid document after one change. */
function errorsAfter(change: (doc: { [key: string]: Json }) => void) {
  const doc = validDocument();
  change(doc);
  const result = validateScenario(doc);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const setting = (keys: Key[], value: unknown) => errorsAfter((doc) => setAt(doc, keys, value));

describe('formatPath(keys)', () => {
  it('writes array indices in brackets and object keys after dots', () => {
    expect(formatPath(['links', 3, 'capacityMbps'])).toBe('links[3].capacityMbps');
    expect(formatPath(['workloads', 0, 'stages', 1, 'siteId'])).toBe('workloads[0].stages[1].siteId');
  });

  it('names the whole document when the path is empty', () => {
    expect(formatPath([])).toBe('(document)');
  });
});

describe('validateScenario: a valid document', () => {
  it('accepts it and returns the typed scenario', () => {
    const result = validateScenario(validDocument());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.links).toHaveLength(6);
  });

  it('drops fields it does not know, so later additions do not break older readers', () => {
    const doc = { ...validDocument(), futureField: 1 };
    const result = validateScenario(doc);
    expect(result.ok && 'futureField' in result.scenario).toBe(false);
  });
});

describe('validateScenario: one damaged value gives one error at its path', () => {
  it('links[3].capacityMbps = 0 → must be > 0', () => {
    expect(setting(['links', 3, 'capacityMbps'], 0)).toEqual([{ path: 'links[3].capacityMbps', message: 'must be > 0' }]);
  });

  it('a negative size → must be ≥ 0', () => {
    expect(setting(['workloads', 1, 'stages', 0, 'outputKB'], -1)).toEqual([
      { path: 'workloads[1].stages[0].outputKB', message: 'must be ≥ 0' },
    ]);
  });

  it('Infinity → must be a finite number', () => {
    expect(setting(['workloads', 0, 'inputKB'], Infinity)).toEqual([{ path: 'workloads[0].inputKB', message: 'must be a finite number' }]);
  });

  it('a string where a number belongs → expected number, received "…"', () => {
    expect(setting(['links', 0, 'capacityMbps'], '100')).toEqual([
      { path: 'links[0].capacityMbps', message: 'expected number, received "100"' },
    ]);
  });

  it('NaN → expected number, received NaN', () => {
    expect(setting(['sites', 1, 'pue'], NaN)).toEqual([{ path: 'sites[1].pue', message: 'expected number, received NaN' }]);
  });

  it('a fractional accelerator count → must be a whole number', () => {
    expect(setting(['sites', 1, 'compute', 'count'], 1.5)).toEqual([{ path: 'sites[1].compute.count', message: 'must be a whole number' }]);
  });

  it('an unknown medium → must be one of the catalogue media', () => {
    const [error] = setting(['links', 2, 'medium'], 'carrier-pigeon');
    expect(error.path).toBe('links[2].medium');
    expect(error.message).toMatch(/^must be one of 5g-embb, .*internet/);
  });

  it('a missing required field → is required', () => {
    expect(errorsAfter((doc) => deleteAt(doc, ['sites', 2, 'jurisdiction']))).toEqual([
      { path: 'sites[2].jurisdiction', message: 'is required' },
    ]);
  });

  it('a workload with no stages → must have at least one stage', () => {
    expect(setting(['workloads', 0, 'stages'], [])).toEqual([{ path: 'workloads[0].stages', message: 'must have at least one stage' }]);
  });
});

describe('validateScenario: references and ids', () => {
  it('a link to a missing site → no site with id', () => {
    expect(setting(['links', 1, 'to'], 'atlantis')).toEqual([{ path: 'links[1].to', message: 'no site with id "atlantis"' }]);
  });

  it('a stage on a missing site → no site with id', () => {
    expect(setting(['workloads', 0, 'stages', 1, 'siteId'], 'atlantis')).toEqual([
      { path: 'workloads[0].stages[1].siteId', message: 'no site with id "atlantis"' },
    ]);
  });

  it('a link from a site to itself → must differ from "from"', () => {
    expect(setting(['links', 0, 'to'], 'cameras')).toEqual([{ path: 'links[0].to', message: 'must differ from "from"' }]);
  });

  it('a workload that starts anywhere but a device group → must be a device group', () => {
    expect(setting(['workloads', 0, 'sourceSiteId'], 'mec-bcn')).toEqual([
      { path: 'workloads[0].sourceSiteId', message: 'must be a device group' },
    ]);
  });

  it('a device count on a site that is not a device group → is only for device groups', () => {
    expect(setting(['sites', 1, 'deviceCount'], 5)).toEqual([{ path: 'sites[1].deviceCount', message: 'is only for device groups' }]);
  });

  it('a duplicate link id → duplicate id, at the second occurrence', () => {
    expect(setting(['links', 3, 'id'], 'ran-bcn')).toEqual([{ path: 'links[3].id', message: 'duplicate id "ran-bcn"' }]);
  });

  it('a duplicate stage id within a workload → duplicate id', () => {
    expect(setting(['workloads', 0, 'stages', 1, 'id'], 'detect')).toEqual([
      { path: 'workloads[0].stages[1].id', message: 'duplicate id "detect"' },
    ]);
  });
});

describe('validateScenario: the document as a whole', () => {
  it('a newer schemaVersion → says this Tierscape is too old to read it', () => {
    expect(setting(['schemaVersion'], 2)).toEqual([{ path: 'schemaVersion', message: 'version 2 is newer than this Tierscape reads (1)' }]);
  });

  it('a malformed schemaVersion → must be 1', () => {
    expect(setting(['schemaVersion'], -1)).toEqual([{ path: 'schemaVersion', message: 'must be 1' }]);
    expect(setting(['schemaVersion'], 0.5)).toEqual([{ path: 'schemaVersion', message: 'must be 1' }]);
    expect(setting(['schemaVersion'], '1')).toEqual([{ path: 'schemaVersion', message: 'must be 1' }]);
  });

  it('migrates a document of version 0 (no schemaVersion, or 0) to the current version, and says so', () => {
    const unversioned = validDocument() as Record<string, unknown>;
    delete unversioned.schemaVersion;
    for (const old of [unversioned, { ...unversioned, schemaVersion: 0 }]) {
      const result = validateScenario(old);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.migratedFrom).toBe(0);
        expect(result.scenario.schemaVersion).toBe(1);
      }
    }
    const current = validateScenario(validDocument());
    expect(current.ok && current.migratedFrom).toBeUndefined();
  });

  it.each([null, 42, 'scenario', true, []])('rejects %j at (document)', (input) => {
    const result = validateScenario(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([{ path: '(document)', message: expect.stringMatching(/^must be a JSON object, received /) }]);
  });

  it('reports at most 50 errors', () => {
    const doc = validDocument();
    const links = doc.links as Json[];
    for (let i = 0; i < 100; i++) links.push({ id: `extra-${i}`, from: 'cameras', to: 'mec-bcn', medium: 'wifi-6', capacityMbps: -1 });
    const result = validateScenario(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(50);
  });
});

describe('parseScenarioJson(text)', () => {
  it('parses and validates a document', () => {
    expect(parseScenarioJson(JSON.stringify(validDocument())).ok).toBe(true);
  });

  it('reports a syntax error at (document) instead of throwing', () => {
    const result = parseScenarioJson('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: '(document)', message: expect.stringMatching(/^not valid JSON: /) }]);
  });

  it('sees NaN written out by JSON.stringify as null, and says so', () => {
    const doc = validDocument();
    setAt(doc, ['links', 3, 'capacityMbps'], NaN);
    const result = parseScenarioJson(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: 'links[3].capacityMbps', message: 'expected number, received null' }]);
  });
});
