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

/**
 * Where a preset file is fetched from: relative to the page when hosted, a
 * bundled data: URL in the single-file edition (src/offline/presetSource*.ts).
 */
export { presetUrl } from '../../offline/presetSource';
