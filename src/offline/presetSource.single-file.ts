/** The preset and template files, bundled as text: the single-file edition has no folder beside it to fetch from. */
const bundled = import.meta.glob<string>(['/static/presets/*.json', '/static/templates/*.json'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

/**
 * A data: URL holding the bundled file, so the same fetch that loads it on
 * the hosted page loads it here (the edition's CSP allows `connect-src
 * data:`). An unknown id gives a URL that fails to fetch, as a missing file
 * would.
 */
function bundledUrl(folder: 'presets' | 'templates', id: string): string {
  const text = bundled[`/static/${folder}/${id}.json`];
  return text === undefined
    ? `${folder}/${encodeURIComponent(id)}.json`
    : `data:application/json;charset=utf-8,${encodeURIComponent(text)}`;
}

export const presetUrl = (id: string): string => bundledUrl('presets', id);
export const templateUrl = (id: string): string => bundledUrl('templates', id);
