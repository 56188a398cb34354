/** What an origin list held: the origins it names, and the entries that are not origins (ignored, never widened). */
export interface OriginList {
  /** Serialised origins (`https://a.example`, `http://127.0.0.1:8080`), in order of first mention, without repeats. */
  readonly origins: readonly string[];
  /** Entries that are not an http(s) origin, as written: a path, a wildcard, `null`, credentials, another scheme. */
  readonly rejected: readonly string[];
}

/**
 * Reads one entry as a web origin, or null. Only `http:` and `https:` are
 * accepted, with nothing after the host and port but an optional `/`: an
 * entry with a path, query, fragment or credentials is a mistake for an
 * origin, and guessing what was meant would widen the list. `*` and `null`
 * are refused on purpose (an opaque origin is any sandboxed frame).
 */
export function parseOrigin(entry: string): string | null {
  if (!/^https?:\/\//i.test(entry)) return null;
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return null;
  if (url.pathname !== '/' || /[?#]/.test(entry)) return null;
  // Without a path the URL parser adds `/`; written with more than one, it is a path after all.
  if (!/^https?:\/\/[^/]+\/?$/i.test(entry)) return null;
  return url.origin;
}

/** Reads a list of origins separated by commas or white space (the `origins` URL parameter, the meta tag). */
export function parseOriginList(text: string): OriginList {
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const entry of text.split(/[\s,]+/)) {
    if (entry === '') continue;
    const origin = parseOrigin(entry);
    if (origin === null) rejected.push(entry);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, rejected };
}
