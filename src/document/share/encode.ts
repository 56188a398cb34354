import { deflateSync } from 'fflate';
import type { Scenario } from '../../engine/scenario/schema';
import { bytesToBase64Url } from './base64url';
import { MAX_SHARE_FRAGMENT_CHARS, SHARE_FORMAT_KEY } from './format';

export type ShareEncoded =
  | { readonly ok: true; readonly fragment: string }
  | { readonly ok: false; readonly reason: 'too-large'; readonly length: number; readonly limitChars: number };

/**
 * The fragment (without '#') of a link that restores this scenario:
 * JSON → UTF-8 → raw DEFLATE at level 9 → base64url, after the format key
 * (`s1=…`, see format.ts). Deterministic: the same scenario always gives the
 * same link. When the fragment would pass MAX_SHARE_FRAGMENT_CHARS it says
 * how long it would be, and the caller offers a file instead.
 */
export function encodeShareFragment(scenario: Scenario): ShareEncoded {
  const json = JSON.stringify(scenario);
  const compressed = deflateSync(new TextEncoder().encode(json), { level: 9 });
  const fragment = `${SHARE_FORMAT_KEY}=${bytesToBase64Url(compressed)}`;
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) {
    return { ok: false, reason: 'too-large', length: fragment.length, limitChars: MAX_SHARE_FRAGMENT_CHARS };
  }
  return { ok: true, fragment };
}
