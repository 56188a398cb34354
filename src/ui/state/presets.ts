/** The presets shipped under static/presets, in the order the menu lists them. */
export interface PresetInfo {
  readonly id: string;
  readonly title: string;
}

export const PRESETS: readonly PresetInfo[] = [
  { id: 'smart-city', title: 'Smart-city intersection safety (URLLC + MEC)' },
  { id: 'genai-assistant', title: 'GenAI assistant: cloud LLM vs edge model' },
  { id: 'hospital-imaging', title: 'Hospital imaging that must stay in-country' },
];

/** Preset files are fetched relative to the page, so any host and sub-path works. */
export function presetUrl(id: string): string {
  return `presets/${encodeURIComponent(id)}.json`;
}
