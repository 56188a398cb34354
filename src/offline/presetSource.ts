/**
 * Where a preset or template is fetched from: static/presets and
 * static/templates are copied beside the page and fetched relative to it, so
 * any host and sub-path works. The single-file edition swaps this module for
 * presetSource.single-file.ts.
 */
export function presetUrl(id: string): string {
  return `presets/${encodeURIComponent(id)}.json`;
}

export function templateUrl(id: string): string {
  return `templates/${encodeURIComponent(id)}.json`;
}
