import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linksToCsv, resultsToJson, sitesToCsv, workloadsToCsv, type ResultsExport } from '../../../../src/document/export';
import { guardFormula } from '../../../../src/document/export/csv';
import { evaluateScenario } from '../../../../src/engine/evaluate/evaluate';
import { linkRows } from '../../../../src/engine/resultColumns';
import type { EvaluationResult } from '../../../../src/engine/result';
import type { Scenario } from '../../../../src/engine/scenario/schema';
import { validateScenario } from '../../../../src/engine/scenario/validate';
import { arbitraryScenario } from '../../fixtures/arbitraryScenario';
import { loadPreset, presetFiles } from '../../helpers/presets';
import { parseCsv } from './rfc4180';

const parse = (scenario: Scenario, result: EvaluationResult) => JSON.parse(resultsToJson(scenario, result)) as ResultsExport;

/** A JSON value as a spreadsheet cell reads back: text guarded against formulas, null empty. */
function cellText(value: unknown): string {
  if (value === null) return '';
  return typeof value === 'string' ? guardFormula(value) : String(value);
}

/** Each JSON row as its CSV line reads back: the same fields, in the same order, the same values. */
const asCsvRows = (rows: readonly object[]) => rows.map((row) => Object.values(row).map(cellText));

describe('resultsToJson(scenario, result)', () => {
  const smartCity = loadPreset('smart-city.json');
  const result = evaluateScenario(smartCity);
  const exported = parse(smartCity, result);

  it('names its format and version, and the scenario', () => {
    expect(exported).toMatchObject({ format: 'tierscape-results', version: 1, scenarioName: 'Smart-city intersection safety' });
    expect(Object.keys(exported)).toEqual(['format', 'version', 'scenarioName', 'totals', 'workloads', 'links', 'sites']);
  });

  it('is pretty-printed with a final newline', () => {
    const text = resultsToJson(smartCity, result);
    expect(text.startsWith('{\n  "format": "tierscape-results",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it("turns the typed-array columns into row objects, with the engine's values", () => {
    expect(exported.links.map((l) => [l.id, l.utilisation, l.transportUsdPerMonth])).toEqual(
      linkRows(result.links).map((l) => [l.id, l.utilisation, l.transportUsdPerMonth]),
    );
    expect(exported.sites[1]).toMatchObject({ id: 'mec-bcn', requestsPerSecond: 400, saturated: false });
  });

  it('has the totals of the cost and energy summaries, and counts', () => {
    expect(exported.totals).toMatchObject({
      totalUsdPerMonth: result.cost.totalUsdPerMonth,
      transportUsdPerMonth: result.cost.transportUsdPerMonth,
      energyKwhPerMonth: result.energy.totalKwhPerMonth,
      energyKwhPerMonthByBucket: result.energy.kwhPerMonth,
      workloadCount: 3,
      workloadsMeetingObjective: 3,
      workloadsWithoutResult: 0,
      saturatedLinkCount: 0,
      warningCount: result.warnings.length,
    });
  });

  it('writes the figures a workload lacks as null', () => {
    expect(exported.workloads[1]).toMatchObject({ id: 'counts', withoutSliceP95Ms: null, monteCarloSamples: null });
  });

  it.each(presetFiles())('has rows holding what the CSV lines of %s hold', (file) => {
    const preset = loadPreset(file);
    const presetResult = evaluateScenario(preset);
    const json = parse(preset, presetResult);
    expect(asCsvRows(json.workloads)).toEqual(parseCsv(workloadsToCsv(preset, presetResult)).slice(1));
    expect(asCsvRows(json.links)).toEqual(parseCsv(linksToCsv(preset, presetResult)).slice(1));
    expect(asCsvRows(json.sites)).toEqual(parseCsv(sitesToCsv(preset, presetResult)).slice(1));
  });

  it('parses back with one row per workload, link and site, in the scenario order, for any scenario', () => {
    fc.assert(
      fc.property(arbitraryScenario, (drawn) => {
        const checked = validateScenario(drawn);
        if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
        const scenario = checked.scenario;
        const json = parse(scenario, evaluateScenario(scenario));
        expect(json.workloads.map((w) => w.id)).toEqual(scenario.workloads.map((w) => w.id));
        expect(json.links.map((l) => l.id)).toEqual(scenario.links.map((l) => l.id));
        expect(json.sites.map((s) => s.id)).toEqual(scenario.sites.map((s) => s.id));
        expect(json.links.map((l) => [l.from, l.to])).toEqual(scenario.links.map((l) => [l.from, l.to]));
        expect(json.totals.workloadCount).toBe(scenario.workloads.length);
      }),
      { numRuns: 60 },
    );
  });
});
