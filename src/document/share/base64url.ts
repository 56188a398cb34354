/**
 * base64url without padding (RFC 4648 §5): the URL- and filename-safe
 * alphabet, so the text needs no percent-encoding anywhere in a URL.
 * Written out rather than through btoa/atob, which work on "binary strings"
 * one char per byte and accept the standard alphabet, not this one.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Value of each alphabet character by char code, -1 for a character outside it. */
const VALUE_OF = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

export function bytesToBase64Url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
    // Flush now and then: one string grown by += to megabytes is slow to flatten in some engines.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const left = bytes.length - i;
  if (left === 1) {
    const n = bytes[i] << 16;
    chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (left === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  parts.push(chunk);
  return parts.join('');
}

export type Base64UrlDecoded = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string };

/**
 * Bytes of base64url text. Padding ('=') is tolerated at the end, since some
 * tools add it; the bits left over in the last character are ignored, as
 * WHATWG's forgiving-base64 decode does.
 */
export function base64UrlToBytes(text: string): Base64UrlDecoded {
  const unpadded = text.replace(/={1,2}$/, '');
  if (unpadded.length % 4 === 1) return { ok: false, message: 'its length is not that of base64url text (it may have been cut short)' };
  const bytes = new Uint8Array(Math.floor((unpadded.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let out = 0;
  for (let i = 0; i < unpadded.length; i++) {
    const code = unpadded.charCodeAt(i);
    const value = code < 128 ? VALUE_OF[code] : -1;
    if (value < 0) return { ok: false, message: `character ${JSON.stringify(unpadded[i])} at position ${i} is not base64url` };
    bits = ((bits << 6) | value) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[out++] = (bits >> bitCount) & 0xff;
    }
  }
  return { ok: true, bytes };
}
