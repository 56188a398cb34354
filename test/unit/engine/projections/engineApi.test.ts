import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../../../src/engine/projections';
import { engineApi } from '../../../../src/worker/engineApi';
import { loadPreset, readPresetJson } from '../../helpers/presets';

const OPTIONS = { horizonYear: 2030, userGrowthPerYear: 0.18 };

describe('engineApi.projections(document, options)', () => {
  it('answers with the projections of the validated document and the engine time', () => {
    const answer = engineApi.projections(readPresetJson('smart-city.json'), OPTIONS);
    if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
    expect(answer.projections).toEqual(projectScenario(loadPreset('smart-city.json'), OPTIONS));
    expect(answer.engineMs).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(answer.engineMs)).toBe(true);
  });

  it('refuses bad options with their paths', () => {
    const answer = engineApi.projections(readPresetJson('smart-city.json'), { horizonYear: 2040, userGrowthPerYear: 2 });
    expect(answer).toEqual({
      ok: false,
      errors: [
        { path: 'options.horizonYear', message: 'must be from 2025 to 2035' },
        { path: 'options.userGrowthPerYear', message: 'must be above -0.5 and below 2 (a share per year: 0.18 is 18 %)' },
      ],
    });
    expect(engineApi.projections(readPresetJson('smart-city.json'), undefined)).toEqual({
      ok: false,
      errors: [{ path: 'options', message: 'expected an object' }],
    });
  });

  it('refuses an invalid document with the validator’s paths', () => {
    const document = readPresetJson('smart-city.json') as { links: { capacityMbps: number }[] };
    const broken = { ...document, links: document.links.map((l, i) => (i === 0 ? { ...l, capacityMbps: -1 } : l)) };
    const answer = engineApi.projections(broken, OPTIONS);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.errors.map((e) => e.path)).toContain('links[0].capacityMbps');
  });
});
