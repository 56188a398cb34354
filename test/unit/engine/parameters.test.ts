import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/engine/catalogue/registry';
import { Parameters } from '../../../src/engine/parameters';

describe('Parameters', () => {
  it('reads the catalogue default when nothing is overridden', () => {
    expect(new Parameters().get('medium.long-haul-fibre.propagationUsPerKm')).toBe(4.897);
  });

  it('reads an override in place of the default', () => {
    expect(new Parameters({ 'economics.hoursPerMonth': 720 }).get('economics.hoursPerMonth')).toBe(720);
  });

  it('ignores a non-finite override rather than poisoning every result', () => {
    expect(new Parameters({ 'economics.hoursPerMonth': NaN }).get('economics.hoursPerMonth')).toBe(730);
  });

  it('throws on a key the catalogue does not have: that is a programming error, not user input', () => {
    expect(() => new Parameters().get('no.such.key')).toThrow();
  });

  it('lists exactly the assumptions read, in catalogue order, with unit, source and confidence', () => {
    const params = new Parameters({ 'economics.hoursPerMonth': 720 });
    params.get('compute.inferenceEfficiency');
    params.get('economics.hoursPerMonth');
    params.get('compute.inferenceEfficiency');
    const entry = CATALOGUE.get('compute.inferenceEfficiency')!;
    expect(params.assumptions()).toEqual([
      expect.objectContaining({ key: 'economics.hoursPerMonth', value: 720, defaultValue: 730, unit: 'h/month', overridden: true }),
      {
        key: 'compute.inferenceEfficiency',
        label: entry.label,
        value: 0.3,
        defaultValue: 0.3,
        unit: 'fraction',
        source: entry.figure.source,
        confidence: 'L',
        overridden: false,
      },
    ]);
  });

  it('reports override keys that match nothing', () => {
    expect(new Parameters({ 'economics.hoursPerMonth': 1, typo: 2 }).unknownOverrideKeys()).toEqual(['typo']);
  });
});
