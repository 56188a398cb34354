import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, MAX_SHARE_FRAGMENT_CHARS } from '../../../../src/document/share';
import type { Scenario } from '../../../../src/engine/scenario/schema';
import { validateScenario } from '../../../../src/engine/scenario/validate';
import { arbitraryScenario } from '../../fixtures/arbitraryScenario';
import { loadPreset, presetFiles } from '../../helpers/presets';

/**
 * JSON has no negative zero (JSON.stringify(-0) is "0"), so a link carries
 * -0 as 0: the same number to every calculation, but not to Object.is, which
 * toEqual uses. Expected values are compared with -0 read as 0.
 */
function withoutNegativeZero<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function roundTrip(scenario: Scenario): Scenario {
  const encoded = encodeShareFragment(scenario);
  if (!encoded.ok) throw new Error(`fragment too large: ${encoded.length}`);
  const decoded = decodeShareFragment(`#${encoded.fragment}`);
  if (!decoded.ok) throw new Error(`not decoded: ${JSON.stringify(decoded.errors)}`);
  return decoded.scenario;
}

/** A valid scenario from an arbitrary one with user-typed text in it (null if the validator refused it, which the test rules out). */
const withTypedText = fc
  .record({
    base: arbitraryScenario,
    // At most 60 code points is at most 120 UTF-16 units, the schema's limit on a name.
    name: fc.string({ unit: 'binary', maxLength: 60 }),
    description: fc.option(fc.string({ unit: 'grapheme', maxLength: 300 }), { nil: undefined }),
    siteName: fc.string({ unit: 'binary', maxLength: 60 }),
    overrides: fc.dictionary(fc.string({ maxLength: 40 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  })
  .map(({ base, name, description, siteName, overrides }) => {
    const candidate = {
      ...base,
      name,
      ...(description === undefined ? {} : { description }),
      sites: base.sites.map((s, i) => (i === 0 ? { ...s, name: siteName } : s)),
      assumptionOverrides: overrides,
    };
    const checked = validateScenario(candidate);
    return checked.ok ? checked.scenario : null;
  });

describe('decodeShareFragment(encodeShareFragment(s).fragment)', () => {
  it.each(presetFiles())('restores the preset %s exactly', (file) => {
    const preset = loadPreset(file);
    expect(roundTrip(preset)).toEqual(preset);
  });

  it('restores every generated scenario exactly', () => {
    fc.assert(
      fc.property(arbitraryScenario, (drawn) => {
        const checked = validateScenario(drawn);
        expect(checked.ok).toBe(true);
        if (!checked.ok) return;
        expect(roundTrip(checked.scenario)).toEqual(withoutNegativeZero(checked.scenario));
      }),
      { numRuns: 150 },
    );
  });

  it('restores names, descriptions and override keys in any Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(withTypedText, (scenario) => {
        expect(scenario).not.toBeNull();
        if (scenario !== null) expect(roundTrip(scenario)).toEqual(withoutNegativeZero(scenario));
      }),
      { numRuns: 150 },
    );
  });

  it('accepts the fragment with or without its # and among other parameters', () => {
    const preset = loadPreset('smart-city.json');
    const encoded = encodeShareFragment(preset);
    if (!encoded.ok) throw new Error('preset too large');
    for (const hash of [encoded.fragment, `#${encoded.fragment}`, `#view=cost&${encoded.fragment}&x`, `#a=1&b&${encoded.fragment}`]) {
      const decoded = decodeShareFragment(hash);
      expect(decoded.ok && decoded.scenario).toEqual(preset);
    }
  });
});

describe('encodeShareFragment(scenario)', () => {
  it('writes the version key, then base64url without padding', () => {
    const encoded = encodeShareFragment(loadPreset('genai-assistant.json'));
    expect(encoded.ok).toBe(true);
    if (encoded.ok) expect(encoded.fragment).toMatch(/^s1=[A-Za-z0-9_-]+$/);
  });

  it('is deterministic: the same scenario gives the same link', () => {
    const preset = loadPreset('hospital-imaging.json');
    expect(encodeShareFragment(preset)).toEqual(encodeShareFragment(structuredClone(preset)));
  });

  it('compresses: a preset link is under two thirds of its JSON', () => {
    for (const file of presetFiles()) {
      const preset = loadPreset(file);
      const encoded = encodeShareFragment(preset);
      expect(encoded.ok && encoded.fragment.length).toBeLessThan((JSON.stringify(preset).length * 2) / 3);
    }
  });

  it(`refuses a scenario whose fragment would pass ${MAX_SHARE_FRAGMENT_CHARS} characters, saying how long it would be`, () => {
    const preset = loadPreset('smart-city.json');
    // Site names that do not compress: 600 × 100 printable characters from a xorshift32 generator.
    let state = 12345;
    const noise = () => {
      let text = '';
      for (let i = 0; i < 100; i++) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        text += String.fromCharCode(33 + ((state >>> 0) % 90));
      }
      return text;
    };
    const extraSites = Array.from({ length: 600 }, (_, i) => ({ ...preset.sites[1], id: `extra-${i}`, name: noise() }));
    const big = validateScenario({ ...preset, sites: [...preset.sites, ...extraSites] });
    if (!big.ok) throw new Error(JSON.stringify(big.errors));
    const encoded = encodeShareFragment(big.scenario);
    expect(encoded).toMatchObject({ ok: false, reason: 'too-large', limitChars: MAX_SHARE_FRAGMENT_CHARS });
    expect(!encoded.ok && encoded.length).toBeGreaterThan(MAX_SHARE_FRAGMENT_CHARS);
  });
});
