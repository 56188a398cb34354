import type { ValidationError } from '../../engine/scenario/errors';
import type { Scenario } from '../../engine/scenario/schema';
import { validateScenario } from '../../engine/scenario/validate';
import { base64UrlToBytes } from './base64url';
import { fragmentParameters } from './fragmentParameters';
import { inflateBounded } from './inflateBounded';
import { MAX_INFLATED_BYTES, MAX_READ_FRAGMENT_CHARS, SHARE_FORMAT_KEY, SHARE_KEY_PATTERN, SHARE_LINK_PATH } from './format';
export { hasShareFragment } from './hasShareFragment';

export type ShareDecoded =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly errors: readonly ValidationError[] };

const refused = (message: string): ShareDecoded => ({ ok: false, errors: [{ path: SHARE_LINK_PATH, message }] });

/** A document error, its path prefixed so the reader knows the link carried it. */
function fromLink(error: ValidationError): ValidationError {
  const path = error.path === '(document)' ? SHARE_LINK_PATH : `${SHARE_LINK_PATH} ${error.path}`;
  return { path, message: error.message };
}

function decodePayload(payload: string): ShareDecoded {
  const decoded = base64UrlToBytes(payload);
  if (!decoded.ok) return refused(`is damaged: ${decoded.message}`);
  const inflated = inflateBounded(decoded.bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? refused(`expands to more than ${MAX_INFLATED_BYTES / (1024 * 1024)} MiB, far more than any scenario needs: not loaded`)
      : refused(`is damaged: the compressed scenario cannot be expanded (${inflated.message})`);
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return refused('is damaged: the scenario is not UTF-8 text');
  }
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    return refused(`is damaged: the scenario is not valid JSON (${(error as Error).message})`);
  }
  const checked = validateScenario(document);
  return checked.ok ? checked : { ok: false, errors: checked.errors.map(fromLink) };
}

/**
 * The scenario a share link carries. Takes `location.hash` as it is (with or
 * without '#', other `&`-separated parameters allowed) and goes through
 * validateScenario like every other way in. Never throws: a link with no
 * scenario, a newer format, damaged data, a decompression bomb or an invalid
 * document each come back as errors, with the document's own paths prefixed
 * by "(share link)".
 */
export function decodeShareFragment(hash: string): ShareDecoded {
  try {
    if (hash.length > MAX_READ_FRAGMENT_CHARS) {
      return refused(`is ${hash.length.toLocaleString('en')} characters long, more than any browser keeps: not loaded`);
    }
    const shares = fragmentParameters(hash).filter((p) => SHARE_KEY_PATTERN.test(p.key));
    const current = shares.find((p) => p.key === SHARE_FORMAT_KEY);
    if (current !== undefined) return decodePayload(current.value);
    if (shares.length > 0) {
      return refused(
        `uses format ${shares[0].key}, which this version of Tierscape cannot read (it reads ${SHARE_FORMAT_KEY}); open it in a newer version`,
      );
    }
    return refused('holds no scenario');
  } catch (error) {
    // Nothing above should throw; should an engine limit (a stack overflow, memory) do so, the link is still only refused.
    return refused(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
