import { parseOriginList } from './origins';

/** How the page was asked to run, read once at start from its URL and its `<meta>` tags. */
export interface EmbedConfig {
  /** `?embed`: the chrome-less view for an iframe (canvas and results, no header or sidebar). */
  readonly embedded: boolean;
  /** `?embed&readonly`: nothing can be edited. Only with `embed`: the full editor has no read-only mode. */
  readonly readOnly: boolean;
  /** Origins whose messages the page answers, and the only ones it posts to. The page's own comes first (unless it is opaque, `null`). */
  readonly allowedOrigins: readonly string[];
  /** Entries of the origin lists that are not origins: ignored, and said in the console so a typo is found. */
  readonly rejectedOrigins: readonly string[];
}

/** The `<meta>` a deployment uses to name the host origins it trusts (see `embedConfig`). */
export const ALLOWED_ORIGINS_META = 'tierscape-allowed-origins';

/** A flag parameter is on when present (`?embed`, `?embed=1`), unless it says `0`, `false` or `no`. */
function flag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  return value !== null && !['0', 'false', 'no'].includes(value.trim().toLowerCase());
}

/** The content of the allowed-origins `<meta>`, or null when the page has none (or there is no DOM). */
export function allowedOriginsMeta(doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): string | null {
  const meta = doc?.querySelector<HTMLMetaElement>(`meta[name="${ALLOWED_ORIGINS_META}"]`);
  return meta?.content ?? null;
}

/**
 * Reads the embed settings. The page's own origin is always allowed (a page
 * of the same origin could script this one directly anyway). Others come from:
 *
 * - `<meta name="tierscape-allowed-origins" content="https://a.example https://b.example">`:
 *   set by whoever deploys the page, it is the most that may ever be allowed;
 * - `?origins=https://a.example,https://b.example`: set by whoever embeds it.
 *   With the meta tag it can only choose among the meta's origins; without one
 *   it names them outright. That is a convenience, not a defence (the embedder
 *   writes the iframe's URL), and safe only because an embedded page shows
 *   just what its host sends: it never opens the user's saved workspace.
 */
export function embedConfig(location: Pick<Location, 'search' | 'origin'>, meta: string | null = allowedOriginsMeta()): EmbedConfig {
  const params = new URLSearchParams(location.search);
  const embedded = flag(params, 'embed');
  const fromUrl = parseOriginList(params.get('origins') ?? '');
  const fromMeta = meta === null ? null : parseOriginList(meta);
  const chosen =
    fromMeta === null
      ? fromUrl.origins
      : fromUrl.origins.length === 0
        ? fromMeta.origins
        : fromUrl.origins.filter((o) => fromMeta.origins.includes(o));
  // A page opened from a file has the opaque origin `null`, which every sandboxed frame shares: never trust it.
  const own = location.origin === 'null' ? [] : [location.origin];
  const allowedOrigins = [...own, ...chosen.filter((o) => o !== location.origin)];
  const notInMeta = fromMeta === null ? [] : fromUrl.origins.filter((o) => !fromMeta.origins.includes(o));
  return {
    embedded,
    readOnly: embedded && flag(params, 'readonly'),
    allowedOrigins,
    rejectedOrigins: [...(fromMeta?.rejected ?? []), ...fromUrl.rejected, ...notInMeta],
  };
}
