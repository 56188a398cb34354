import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, bytesToBase64Url } from '../../../../src/document/share/base64url';

describe('bytesToBase64Url(bytes)', () => {
  it("matches Node's base64url encoder (RFC 4648 §5, no padding)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40_000 }), (bytes) => {
        expect(bytesToBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
      { numRuns: 200 },
    );
  });

  it('encodes the RFC 4648 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [text, expected] of vectors) expect(bytesToBase64Url(new TextEncoder().encode(text))).toBe(expected);
    expect(bytesToBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });
});

describe('base64UrlToBytes(text)', () => {
  it('inverts bytesToBase64Url', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5_000 }), (bytes) => {
        expect(base64UrlToBytes(bytesToBase64Url(bytes))).toEqual({ ok: true, bytes });
      }),
    );
  });

  it('tolerates padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const padded = Buffer.from(bytes).toString('base64').replaceAll('+', '-').replaceAll('/', '_');
        expect(base64UrlToBytes(padded)).toEqual({ ok: true, bytes });
      }),
    );
  });

  it('refuses characters outside the base64url alphabet, saying which and where', () => {
    expect(base64UrlToBytes('Zm9v+mFy')).toEqual({ ok: false, message: 'character "+" at position 4 is not base64url' });
    for (const text of ['Zm9v/mFy', 'Zm9 v', 'Zm9vé', 'Zm%3D', 'Zm=v']) expect(base64UrlToBytes(text).ok).toBe(false);
  });

  it('refuses a length no base64 text has (one character past a whole group)', () => {
    expect(base64UrlToBytes('Zm9vY').ok).toBe(false);
    expect(base64UrlToBytes('Zm9vYg').ok).toBe(true);
  });
});
