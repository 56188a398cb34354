import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../src/engine/catalogue/registry';

describe('CATALOGUE', () => {
  it('gives every default a finite, non-negative value, a unit, a source and a confidence mark', () => {
    for (const entry of CATALOGUE.values()) {
      expect(Number.isFinite(entry.figure.value) && entry.figure.value >= 0, entry.key).toBe(true);
      expect(entry.figure.unit, entry.key).not.toBe('');
      expect(entry.figure.source, entry.key).not.toBe('');
      expect(['H', 'M', 'L', 'D', 'U'], entry.key).toContain(entry.figure.confidence);
      expect(entry.label, entry.key).not.toBe('');
    }
  });

  it('keys each entry by the key it is stored under', () => {
    for (const [key, entry] of CATALOGUE) expect(entry.key).toBe(key);
  });

  it('holds the sourced figures the engine is tested against', () => {
    expect(CATALOGUE.get('medium.long-haul-fibre.propagationUsPerKm')?.figure.value).toBe(4.897);
    expect(CATALOGUE.get('economics.hoursPerMonth')?.figure.value).toBe(730);
    expect(CATALOGUE.get('accelerator.h100-sxm.peakTeraOpsPerSecond')?.figure.value).toBe(989);
    expect(CATALOGUE.get('egress.aws.band2.usdPerGb')?.figure.value).toBe(0.09);
  });
});
