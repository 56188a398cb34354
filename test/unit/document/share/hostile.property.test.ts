import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeShareFragment, hasShareFragment } from '../../../../src/document/share';
import { validateScenario } from '../../../../src/engine/scenario/validate';
import { readPresetJson } from '../../helpers/presets';

/**
 * Whatever a link holds, decoding never throws, a scenario it gives back
 * always passes the validator, and nothing in it reaches Object.prototype.
 */

const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const deflated = (text: string) => base64Url(deflateSync(new TextEncoder().encode(text)));

function expectSafeDecode(hash: string): void {
  let decoded: ReturnType<typeof decodeShareFragment> | undefined;
  expect(() => (decoded = decodeShareFragment(hash))).not.toThrow();
  expect(() => hasShareFragment(hash)).not.toThrow();
  if (decoded === undefined) return;
  if (decoded.ok) expect(validateScenario(decoded.scenario).ok).toBe(true);
  else {
    expect(decoded.errors.length).toBeGreaterThan(0);
    for (const error of decoded.errors) expect(error.path.startsWith('(share link)')).toBe(true);
  }
}

/** Keys JSON.parse makes own properties of, but that an assignment would turn into prototype writes. */
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'];

function expectPrototypesClean(): void {
  for (const key of ['polluted', 'isAdmin']) {
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, key)).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(Array.prototype, key)).toBe(false);
  }
}

/** True when some object inside `value` has an own key in POLLUTING_KEYS. */
function hasPollutingKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.keys(value).some((key) => POLLUTING_KEYS.includes(key))) return true;
  return Object.values(value).some(hasPollutingKey);
}

const SMART_CITY_JSON = JSON.stringify(readPresetJson('smart-city.json'));

/** Offsets just inside every object's opening brace: `{"` occurs only there, since a quote inside a string is escaped. */
const objectStarts = (json: string) => [...json.matchAll(/\{"/g)].map((m) => m.index + 1);
const OBJECT_COUNT = objectStarts(SMART_CITY_JSON).length;

const hostileText = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example")',
  '__proto__',
  'constructor',
  '\u202e\u0000\ud800',
);

/** The preset with polluting keys added at random objects and hostile text in its name and a site's name. */
const pollutedPreset = fc
  .record({
    injections: fc.array(
      fc.record({
        at: fc.nat({ max: OBJECT_COUNT - 1 }),
        key: fc.constantFrom(...POLLUTING_KEYS),
        payload: fc.constantFrom('{"polluted":true}', '{"prototype":{"polluted":true}}', '{"isAdmin":1}', '5', '[]', 'null'),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    name: hostileText,
  })
  .map(({ injections, name }) => {
    let text = SMART_CITY_JSON.replace('"Smart-city intersection safety"', JSON.stringify(name)).replace(
      '"Intersection cameras"',
      JSON.stringify(`${name} cameras`),
    );
    const starts = objectStarts(text);
    // From the last object back, so the offsets still to be used stay valid.
    for (const { at, key, payload } of [...injections].sort((a, b) => b.at - a.at)) {
      text = `${text.slice(0, starts[at])}"${key}":${payload},${text.slice(starts[at])}`;
    }
    return { text, name };
  });

describe('decodeShareFragment(hash) on hostile input', () => {
  afterEach(expectPrototypesClean);

  it('never throws on random strings, with or without a format key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '#', '#s1=', 's1=', '#s2=', '#a=b&s1='),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (prefix, rest) => expectSafeDecode(prefix + rest),
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on random base64url', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{0,400}$/), (payload) => expectSafeDecode(`#s1=${payload}`)),
      { numRuns: 500 },
    );
  });

  it('never throws on random bytes after a valid deflate prefix', () => {
    const prefix = deflateSync(new TextEncoder().encode(SMART_CITY_JSON)).subarray(0, 200);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (tail) => {
        const bytes = new Uint8Array(prefix.length + tail.length);
        bytes.set(prefix);
        bytes.set(tail, prefix.length);
        expectSafeDecode(`#s1=${base64Url(bytes)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on deflated random JSON, and never takes it for a scenario', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const hash = `#s1=${deflated(JSON.stringify(value) ?? 'null')}`;
        expectSafeDecode(hash);
        expect(decodeShareFragment(hash).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('restores a scenario with <script> names as plain text and drops prototype-polluting keys', () => {
    fc.assert(
      fc.property(pollutedPreset, ({ text, name }) => {
        // The injected keys are really in the link: JSON.parse makes them own properties.
        expect(hasPollutingKey(JSON.parse(text))).toBe(true);
        const hash = `#s1=${deflated(text)}`;
        expectSafeDecode(hash);
        const decoded = decodeShareFragment(hash);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.scenario.name).toBe(name);
        expect(decoded.scenario.sites[0].name).toBe(`${name} cameras`);
        expect(hasPollutingKey(decoded.scenario)).toBe(false);
        expect(Object.getPrototypeOf(decoded.scenario)).toBe(Object.prototype);
      }),
      { numRuns: 300 },
    );
  });

  it('drops a __proto__ key among the assumption overrides, keeping the rest', () => {
    const preset = readPresetJson('genai-assistant.json') as Record<string, unknown>;
    const text = JSON.stringify(preset).replace(
      /\}$/,
      ',"assumptionOverrides":{"__proto__":{"polluted":1},"medium.5g-embb.accessLatencyMs":8}}',
    );
    const decoded = decodeShareFragment(`#s1=${deflated(text)}`);
    expect(decoded.ok && decoded.scenario.assumptionOverrides).toEqual({ 'medium.5g-embb.accessLatencyMs': 8 });
    expect(decoded.ok && Object.keys(decoded.scenario.assumptionOverrides ?? {})).toEqual(['medium.5g-embb.accessLatencyMs']);
  });
});
