/** The preset files, bundled as text: the single-file edition has no folder beside it to fetch from. */
const bundled = import.meta.glob<string>('/static/presets/*.json', { eager: true, query: '?raw', import: 'default' });

/**
 * A data: URL holding the bundled preset, so the same fetch that loads a
 * preset on the hosted page loads it here (the edition's CSP allows
 * `connect-src data:`). An unknown id gives a URL that fails to fetch, as a
 * missing file would.
 */
export function presetUrl(id: string): string {
  const text = bundled[`/static/presets/${id}.json`];
  return text === undefined ? `presets/${encodeURIComponent(id)}.json` : `data:application/json;charset=utf-8,${encodeURIComponent(text)}`;
}
