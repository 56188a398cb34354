import { Inflate } from 'fflate';

/**
 * Compressed bytes fed to the inflater per step. Deflate expands at most
 * about 1,032:1 (a 258-byte match coded in under 2 bits), so one step can
 * overshoot the output cap by at most ~1 MB before the cap is checked.
 */
const INPUT_STEP_BYTES = 1024;

export type Inflated =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'corrupt'; readonly message: string }
  | { readonly ok: false; readonly reason: 'too-large' };

/**
 * Inflates raw DEFLATE data (RFC 1951), refusing output beyond maxBytes.
 * fflate's inflateSync would build the whole output first (its `out` option
 * truncates, but only after decoding every byte), so a few hundred kB of
 * crafted input could claim gigabytes; the streaming inflater is fed in
 * small steps instead and stopped as soon as the output passes the cap.
 */
export function inflateBounded(compressed: Uint8Array, maxBytes: number): Inflated {
  if (compressed.length === 0) return { ok: false, reason: 'corrupt', message: 'there is no compressed data' };
  const chunks: Uint8Array[] = [];
  let totalBytes = 0;
  const inflater = new Inflate((chunk) => {
    totalBytes += chunk.length;
    if (totalBytes <= maxBytes) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.length && totalBytes <= maxBytes; at += INPUT_STEP_BYTES) {
      const end = Math.min(at + INPUT_STEP_BYTES, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch (error) {
    return { ok: false, reason: 'corrupt', message: error instanceof Error ? error.message : String(error) };
  }
  if (totalBytes > maxBytes) return { ok: false, reason: 'too-large' };
  const bytes = new Uint8Array(totalBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}
