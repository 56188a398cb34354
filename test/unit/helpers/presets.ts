import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../../src/engine';
import { validateScenario } from '../../../src/engine';

/** Resolved from this file, so the tests pass whatever directory they are run from. */
export const PRESET_DIR = fileURLToPath(new URL('../../../static/presets/', import.meta.url));

/** File names of every preset the app ships. */
export function presetFiles(): string[] {
  return readdirSync(PRESET_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

export function readPresetJson(file: string): unknown {
  return JSON.parse(readFileSync(join(PRESET_DIR, file), 'utf8'));
}

export function loadPreset(file: string): Scenario {
  const result = validateScenario(readPresetJson(file));
  if (!result.ok) throw new Error(`${file} is invalid: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}
