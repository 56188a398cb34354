import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, hasShareFragment } from '../../../../src/document/share';
import { MAX_INFLATED_BYTES, MAX_READ_FRAGMENT_CHARS } from '../../../../src/document/share/format';
import { loadPreset } from '../../helpers/presets';

/** A fragment built by hand from bytes, with Node's own base64url encoder as an independent oracle. */
const fragmentOf = (bytes: Uint8Array, key = 's1') => `#${key}=${Buffer.from(bytes).toString('base64url')}`;
const deflatedText = (text: string, key = 's1') => fragmentOf(deflateSync(new TextEncoder().encode(text)), key);

/** The one error a refused link gives, as "path: message". */
function refusal(hash: string): string {
  const decoded = decodeShareFragment(hash);
  if (decoded.ok) throw new Error('expected the link to be refused');
  expect(decoded.errors).toHaveLength(1);
  return `${decoded.errors[0].path}: ${decoded.errors[0].message}`;
}

describe('hasShareFragment(hash)', () => {
  it('is true when a share-format parameter is present, in any version', () => {
    for (const hash of ['#s1=abc', 's1=abc', '#s1=', '#view=cost&s1=abc', '#s2=abc', '#s17=x&y=1'])
      expect(hasShareFragment(hash)).toBe(true);
  });

  it('is false for an empty fragment or other parameters', () => {
    for (const hash of ['', '#', '#s=1', '#xs1=abc', '#view=s1', '#S1=abc', '#s1x=abc', '#section-2'])
      expect(hasShareFragment(hash)).toBe(false);
  });
});

describe('decodeShareFragment(hash) refuses, saying why', () => {
  it('a fragment with no scenario', () => {
    expect(refusal('#view=cost')).toBe('(share link): holds no scenario');
    expect(refusal('')).toBe('(share link): holds no scenario');
  });

  it('a format newer than this version reads', () => {
    expect(refusal('#s2=AAAA')).toBe(
      '(share link): uses format s2, which this version of Tierscape cannot read (it reads s1); open it in a newer version',
    );
  });

  it('reads s1 when a link carries it beside a newer format', () => {
    const preset = loadPreset('smart-city.json');
    const encoded = encodeShareFragment(preset);
    if (!encoded.ok) throw new Error('preset too large');
    expect(decodeShareFragment(`#s2=AAAA&${encoded.fragment}`)).toEqual({ ok: true, scenario: preset });
  });

  it('text that is not base64url', () => {
    expect(refusal('#s1=ab$d')).toBe('(share link): is damaged: character "$" at position 2 is not base64url');
    expect(refusal('#s1=abcde')).toMatch(/is damaged: its length is not that of base64url text/);
  });

  it('data that does not inflate, or stops short', () => {
    expect(refusal(fragmentOf(new Uint8Array([0xff, 0xff, 0xff])))).toMatch(
      /^\(share link\): is damaged: the compressed scenario cannot be expanded \(.+\)$/,
    );
    const encoded = encodeShareFragment(loadPreset('genai-assistant.json'));
    if (!encoded.ok) throw new Error('preset too large');
    expect(refusal(`#${encoded.fragment.slice(0, -40)}`)).toMatch(/cannot be expanded/);
    expect(refusal('#s1=')).toMatch(/cannot be expanded \(there is no compressed data\)/);
  });

  it(`a decompression bomb: more than ${MAX_INFLATED_BYTES} bytes inflated`, () => {
    const bomb = deflateSync(new Uint8Array(MAX_INFLATED_BYTES + 1).fill(0x20), { level: 9 });
    const hash = fragmentOf(bomb);
    expect(hash.length).toBeLessThan(20_000);
    expect(refusal(hash)).toBe('(share link): expands to more than 10 MiB, far more than any scenario needs: not loaded');
  });

  it('but not a scenario of exactly the cap (padded with JSON whitespace)', () => {
    const preset = loadPreset('hospital-imaging.json');
    const json = JSON.stringify(preset);
    const padded = json + ' '.repeat(MAX_INFLATED_BYTES - new TextEncoder().encode(json).length);
    expect(decodeShareFragment(deflatedText(padded))).toEqual({ ok: true, scenario: preset });
    expect(refusal(deflatedText(`${padded} `))).toMatch(/expands to more than 10 MiB/);
  });

  it('bytes that are not UTF-8', () => {
    for (const bytes of [
      [0xff, 0xfe],
      [0x7b, 0xc3],
      [0xed, 0xa0, 0x80],
    ]) {
      expect(refusal(fragmentOf(deflateSync(new Uint8Array(bytes))))).toBe('(share link): is damaged: the scenario is not UTF-8 text');
    }
  });

  it('text that is not JSON', () => {
    expect(refusal(deflatedText('{"schemaVersion": 1,'))).toMatch(/^\(share link\): is damaged: the scenario is not valid JSON \(.+\)$/);
  });

  it('a document the validator refuses, with its paths prefixed by the link', () => {
    const preset = loadPreset('smart-city.json');
    const broken = { ...preset, links: preset.links.map((l, i) => (i === 1 ? { ...l, capacityMbps: -5 } : l)) };
    const decoded = decodeShareFragment(deflatedText(JSON.stringify(broken)));
    expect(decoded).toEqual({ ok: false, errors: [{ path: '(share link) links[1].capacityMbps', message: 'must be > 0' }] });
    expect(refusal(deflatedText('[1, 2]'))).toBe('(share link): must be a JSON object, received an array');
    expect(refusal(deflatedText(JSON.stringify({ ...preset, schemaVersion: 99 })))).toBe(
      '(share link) schemaVersion: version 99 is newer than this Tierscape reads (1)',
    );
  });

  it(`a fragment longer than ${MAX_READ_FRAGMENT_CHARS} characters, before decoding it`, () => {
    expect(refusal(`#s1=${'A'.repeat(MAX_READ_FRAGMENT_CHARS)}`)).toBe(
      `(share link): is ${(MAX_READ_FRAGMENT_CHARS + 4).toLocaleString('en')} characters long, more than any browser keeps: not loaded`,
    );
  });
});
