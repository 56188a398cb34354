import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioJson, validateScenario, type ValidationError } from '../../../../src/engine';
import { applyChange, pathOf, setAt, validDocument } from '../../fixtures/damage';
import {
  anyDamage,
  danglingReference,
  duplicateId,
  garbageEnum,
  leafPlace,
  missingField,
  nanIshNumber,
  outOfRangeNumber,
  stringForNumber,
  wrongSchemaVersion,
  type Damage,
} from '../../fixtures/damages';

/** Twice fast-check's default number of runs, with a fixed seed so a failure reproduces. */
const RUNS = { numRuns: 200, seed: 20_260_301 };

function errorsFor(input: unknown): readonly ValidationError[] {
  const result = validateScenario(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** The validator reports the damage first, at its path, and nothing else when the schema caught it. */
function expectReported(damage: Damage) {
  const doc = validDocument();
  applyChange(doc, damage.change);
  const errors = errorsFor(doc);
  expect(errors[0]).toEqual(damage.expected);
  if (damage.alone) expect(errors).toHaveLength(1);
}

/** `path` is `place` or lies inside it. */
const within = (path: string, place: string) => path === place || path.startsWith(`${place}.`) || path.startsWith(`${place}[`);

describe('validateScenario on a valid document with one generated defect', () => {
  it.each([
    ['a required field deleted', missingField],
    ['a number below its bound', outOfRangeNumber],
    ['a number set to NaN, null or ±Infinity', nanIshNumber],
    ['a number set to a string', stringForNumber],
    ['an enumeration set to garbage', garbageEnum],
    ['a link, stage or workload pointed at a missing site', danglingReference],
    ['an id duplicated', duplicateId],
    ['the wrong schemaVersion', wrongSchemaVersion],
  ])('reports %s at the damaged path with the rule it broke', (_, damage) => {
    fc.assert(fc.property(damage, expectReported), RUNS);
  });
});

describe('validateScenario on a document with several generated defects', () => {
  it('never throws, never accepts it, and reports one of the damaged places first', () => {
    fc.assert(
      fc.property(fc.array(anyDamage, { minLength: 1, maxLength: 5 }), (damages) => {
        const doc = validDocument();
        for (const d of damages) applyChange(doc, d.change);
        const [first] = errorsFor(doc);
        // A deleted parent is reported in place of damage inside it, so compare both ways.
        const places = damages.map((d) => d.expected.path);
        expect(places.some((place) => within(first.path, place) || within(place, first.path))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('validateScenario on arbitrary input', () => {
  it('never throws on any JSON value and rejects it with readable errors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const error of errorsFor(value)) {
          expect(typeof error.path).toBe('string');
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('never throws on any JavaScript value, however odd (BigInt, Map, null prototypes, sparse arrays…)', () => {
    const odd = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(odd, (value) => {
        expect(() => validateScenario(value)).not.toThrow();
        expect(validateScenario(value).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('rejects any value that is not an object at (document)', () => {
    const notObject = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.anything()),
    );
    fc.assert(
      fc.property(notObject, (value) => {
        expect(errorsFor(value)).toEqual([{ path: '(document)', message: expect.stringMatching(/^must be a JSON object, received /) }]);
      }),
      RUNS,
    );
  });

  it('never throws when any value replaces a field, and blames only that field', () => {
    fc.assert(
      fc.property(leafPlace, fc.anything({ withBigInt: true, withMap: true, withNullPrototype: true }), (keys, value) => {
        const doc = validDocument();
        setAt(doc, keys, value);
        const result = validateScenario(doc);
        if (!result.ok) expect(within(result.errors[0].path, pathOf(keys))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('parseScenarioJson on arbitrary text', () => {
  const text = JSON.stringify(validDocument(), null, 2);

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(parseScenarioJson(s).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('never throws on any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (s) => {
        expect(parseScenarioJson(s).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('reports a truncated document as not valid JSON', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (cut) => {
        const result = parseScenarioJson(text.slice(0, cut));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors).toEqual([{ path: '(document)', message: expect.stringMatching(/^not valid JSON: /) }]);
      }),
      RUNS,
    );
  });

  it('never throws when one character of a valid document is replaced', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), (at, c) => {
        expect(() => parseScenarioJson(text.slice(0, at) + c + text.slice(at + 1))).not.toThrow();
      }),
      RUNS,
    );
  });
});
