/** One `key=value` parameter of a URL fragment. */
export interface FragmentParameter {
  readonly key: string;
  readonly value: string;
}

/**
 * The `&`-separated parameters of a fragment, in order. Takes `location.hash`
 * as it is: with or without its leading '#'. A part without '=' has an empty
 * value; values are not percent-decoded (base64url never needs it).
 */
export function fragmentParameters(hash: string): FragmentParameter[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return [];
  return body.split('&').map((part) => {
    const equals = part.indexOf('=');
    return equals < 0 ? { key: part, value: '' } : { key: part.slice(0, equals), value: part.slice(equals + 1) };
  });
}
