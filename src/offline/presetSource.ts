/**
 * Where a preset is fetched from: static/presets is copied beside the page
 * and fetched relative to it, so any host and sub-path works. The
 * single-file edition swaps this module for presetSource.single-file.ts.
 */
export function presetUrl(id: string): string {
  return `presets/${encodeURIComponent(id)}.json`;
}
