import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateScenario, parseScenarioJson } from '../../src/engine';

describe('smoke', () => {
  it('evaluates the smart-city preset', () => {
    const parsed = parseScenarioJson(readFileSync('static/presets/smart-city.json', 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = evaluateScenario(parsed.scenario);
    expect(result.workloads[0].meetsObjective).toBe(true);
  });
});
