import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine/scenario/validate';
import { PAGE_TYPES, readHostMessage, type HostRequest } from '../../../src/ui/embed/protocol';
import { applyChange, validDocument } from '../fixtures/damage';
import { anyDamage } from '../fixtures/damages';

const RUNS = { numRuns: 300 };

/** A page-to-host error must survive postMessage's structured clone and JSON unchanged. */
function expectPlainError(request: HostRequest) {
  if (request.kind !== 'refused') throw new Error(`expected a refusal, got ${request.kind}`);
  const { error } = request;
  expect(structuredClone(error)).toEqual(error);
  expect(JSON.parse(JSON.stringify(error))).toEqual(error);
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.message.length).toBeLessThan(2000);
  return error;
}

/** Anything at all, including what JSON and structured clone cannot carry. */
const anyValue = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  fc.jsonValue(),
);

describe('readHostMessage(data) on anything', () => {
  it('never throws, and only ever loads a scenario the validator accepts', () => {
    fc.assert(
      fc.property(anyValue, (data) => {
        const request = readHostMessage(data);
        expect(['load', 'evaluate', 'refused', 'ignored']).toContain(request.kind);
        if (request.kind === 'load') expect(validateScenario(request.scenario).ok).toBe(true);
        if (request.kind === 'refused') expectPlainError(request);
      }),
      RUNS,
    );
  });

  it('ignores, without an answer, what is not a tierscape: message (other apps share the channel)', () => {
    const notOurs = fc.oneof(
      fc.jsonValue().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
      fc.record({ type: fc.string().filter((t) => !t.startsWith('tierscape:')) }, { requiredKeys: [] }),
      fc.record({ type: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string()), fc.object()) }),
      fc.dictionary(fc.string(), fc.jsonValue()).filter((d) => !Object.hasOwn(d, 'type')),
    );
    fc.assert(
      fc.property(notOurs, (data) => {
        expect(readHostMessage(data)).toEqual({ kind: 'ignored' });
      }),
      RUNS,
    );
  });

  it("ignores the page's own messages sent back, so two pages wired together never answer each other forever", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAGE_TYPES), fc.dictionary(fc.string(), fc.jsonValue()), (type, rest) => {
        expect(readHostMessage({ ...rest, type })).toEqual({ kind: 'ignored' });
      }),
      RUNS,
    );
  });

  it('refuses a tierscape: message of an unknown type, quoting a long type only in part', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), (suffix) => {
        const type = `tierscape:${suffix}`;
        fc.pre(!['tierscape:load', 'tierscape:evaluate', ...PAGE_TYPES].includes(type));
        const error = expectPlainError(readHostMessage({ type }));
        expect(error.reason).toBe('malformedMessage');
        expect(error.errors[0].path).toBe('type');
        expect(error.message).toMatch(/^unknown message type/);
      }),
      RUNS,
    );
  });

  it('refuses a message carrying fields its type does not take, naming the first', () => {
    const extraKey = fc.string({ minLength: 1 }).filter((k) => !['type', 'scenario'].includes(k));
    fc.assert(
      fc.property(extraKey, fc.jsonValue(), fc.boolean(), (key, value, isLoad) => {
        const data = isLoad
          ? { type: 'tierscape:load', scenario: validDocument(), [key]: value }
          : { type: 'tierscape:evaluate', [key]: value };
        const error = expectPlainError(readHostMessage(data));
        expect(error.reason).toBe('malformedMessage');
        expect(error.errors[0].path).toBe(key);
      }),
      RUNS,
    );
  });

  it('refuses a scenario carried on evaluate, and a load without a scenario', () => {
    expect(expectPlainError(readHostMessage({ type: 'tierscape:evaluate', scenario: validDocument() })).errors[0].path).toBe('scenario');
    expect(expectPlainError(readHostMessage({ type: 'tierscape:load' })).errors[0]).toEqual({
      path: 'scenario',
      message: 'tierscape:load needs a scenario',
    });
  });
});

describe('readHostMessage(data) on hostile messages', () => {
  it('ignores a proxy that throws on every inspection', () => {
    const trap = () => {
      throw new Error('boom');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    expect(readHostMessage(hostile)).toEqual({ kind: 'ignored' });
  });

  it('refuses, without throwing, a tierscape: message whose fields throw when listed', () => {
    const hostile = new Proxy(
      { type: 'tierscape:evaluate' },
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(expectPlainError(readHostMessage(hostile)).message).toMatch(/could not be read/);
  });

  it('never calls a getter: a type or scenario behind one was not sent', () => {
    let called = false;
    const byGetter = Object.defineProperty({}, 'type', {
      enumerable: true,
      get: () => {
        called = true;
        return 'tierscape:evaluate';
      },
    });
    expect(readHostMessage(byGetter)).toEqual({ kind: 'ignored' });
    const scenarioByGetter = Object.defineProperty({ type: 'tierscape:load' }, 'scenario', {
      enumerable: true,
      get: () => {
        called = true;
        return validDocument();
      },
    });
    expect(expectPlainError(readHostMessage(scenarioByGetter)).errors[0].path).toBe('scenario');
    expect(called).toBe(false);
  });

  it('ignores a type inherited from a prototype', () => {
    expect(readHostMessage(Object.create({ type: 'tierscape:load', scenario: validDocument() }))).toEqual({ kind: 'ignored' });
  });

  it('refuses a __proto__ key smuggled in through JSON, and pollutes nothing', () => {
    const data: unknown = JSON.parse(`{"type":"tierscape:evaluate","__proto__":{"polluted":true}}`);
    expect(expectPlainError(readHostMessage(data)).errors[0].path).toBe('__proto__');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses a load whose scenario is anything but a valid document, with the validator’s paths', () => {
    fc.assert(
      fc.property(anyValue, (scenario) => {
        const request = readHostMessage({ type: 'tierscape:load', scenario });
        const checked = validateScenario(scenario);
        if (checked.ok) {
          expect(request.kind).toBe('load');
          return;
        }
        const error = expectPlainError(request);
        expect(error.reason).toBe('invalidScenario');
        expect(error.errors).toEqual(checked.errors);
      }),
      RUNS,
    );
  });
});

describe('readHostMessage(data) on load messages', () => {
  it('loads a valid document as the validator reads it', () => {
    const request = readHostMessage({ type: 'tierscape:load', scenario: validDocument() });
    const checked = validateScenario(validDocument());
    expect(checked.ok && request.kind === 'load' && request.scenario).toEqual(checked.ok && checked.scenario);
  });

  it('refuses a damaged document and names the damage in the message: "path: problem"', () => {
    fc.assert(
      fc.property(anyDamage, (damage) => {
        const doc = validDocument();
        applyChange(doc, damage.change);
        const error = expectPlainError(readHostMessage({ type: 'tierscape:load', scenario: doc }));
        expect(error.reason).toBe('invalidScenario');
        expect(error.errors[0]).toEqual(damage.expected);
        expect(error.message).toContain(`${damage.expected.path}: ${damage.expected.message}`);
      }),
      RUNS,
    );
  });

  it('accepts an evaluate request with nothing but its type', () => {
    expect(readHostMessage({ type: 'tierscape:evaluate' })).toEqual({ kind: 'evaluate' });
  });
});
