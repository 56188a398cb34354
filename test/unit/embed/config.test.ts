import { describe, expect, it } from 'vitest';
import { allowedOriginsMeta, embedConfig } from '../../../src/ui/embed/config';

const OWN = 'https://tierscape.example';
const at = (search: string, origin = OWN) => ({ search, origin });

describe('embedConfig(location, meta)', () => {
  it('is the full editor, answering only its own origin, without parameters', () => {
    expect(embedConfig(at(''), null)).toEqual({ embedded: false, readOnly: false, allowedOrigins: [OWN], rejectedOrigins: [] });
  });

  it('reads ?embed and ?embed&readonly, with or without a value', () => {
    expect(embedConfig(at('?embed'), null)).toMatchObject({ embedded: true, readOnly: false });
    expect(embedConfig(at('?embed=1&readonly'), null)).toMatchObject({ embedded: true, readOnly: true });
    expect(embedConfig(at('?readonly=true&embed=yes'), null)).toMatchObject({ embedded: true, readOnly: true });
  });

  it('reads embed=0, false or no as off', () => {
    for (const off of ['0', 'false', 'No']) expect(embedConfig(at(`?embed=${off}&readonly`), null)).toMatchObject({ embedded: false });
    expect(embedConfig(at('?embed&readonly=0'), null)).toMatchObject({ embedded: true, readOnly: false });
  });

  it('has no read-only mode outside an embed', () => {
    expect(embedConfig(at('?readonly'), null).readOnly).toBe(false);
  });

  it('adds the origins of ?origins after its own, and reports the entries that are not origins', () => {
    const search = `?embed&origins=${encodeURIComponent('https://a.example,https://b.example/x,https://a.example')}`;
    expect(embedConfig(at(search), null)).toMatchObject({
      allowedOrigins: [OWN, 'https://a.example'],
      rejectedOrigins: ['https://b.example/x'],
    });
  });

  it('takes the meta tag as the allowed list when the URL names none', () => {
    expect(embedConfig(at('?embed'), 'https://a.example https://b.example').allowedOrigins).toEqual([
      OWN,
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('lets ?origins only choose among the meta tag origins, never add to them', () => {
    const config = embedConfig(at('?embed&origins=https://b.example,https://evil.example'), 'https://a.example,https://b.example');
    expect(config.allowedOrigins).toEqual([OWN, 'https://b.example']);
    expect(config.rejectedOrigins).toEqual(['https://evil.example']);
  });

  it('does not repeat its own origin when a list names it', () => {
    expect(embedConfig(at(`?embed&origins=${OWN}/,https://a.example`), null).allowedOrigins).toEqual([OWN, 'https://a.example']);
  });

  it('never trusts the opaque origin of a page opened from a file', () => {
    expect(embedConfig(at('?embed&origins=null', 'null'), null)).toEqual({
      embedded: true,
      readOnly: false,
      allowedOrigins: [],
      rejectedOrigins: ['null'],
    });
  });
});

describe('allowedOriginsMeta(document)', () => {
  it('reads the content of <meta name="tierscape-allowed-origins">, or null without one or without a DOM', () => {
    const doc = (content: string | null) => ({
      querySelector: (selector: string) =>
        (selector === 'meta[name="tierscape-allowed-origins"]' && content !== null ? { content } : null) as never,
    });
    expect(allowedOriginsMeta(doc('https://a.example'))).toBe('https://a.example');
    expect(allowedOriginsMeta(doc(null))).toBeNull();
    expect(allowedOriginsMeta(undefined)).toBeNull();
  });
});
