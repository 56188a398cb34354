import { describe, expect, it } from 'vitest';
import { MEDIA } from '../../../../src/engine/catalogue/media';
import { gbPerMonth, loadMbps, propagationMs, serialisationMs } from '../../../../src/engine/model/units';
import { expectClose } from '../../helpers/approx';

describe('propagationMs(lengthKm, usPerKm)', () => {
  it('puts 1,000 km of single-mode fibre at about 4.9 ms one way (catalogue 4.897 µs/km)', () => {
    const fibreUsPerKm = MEDIA['long-haul-fibre'].propagationUsPerKm.value;
    expect(fibreUsPerKm).toBe(4.897);
    expectClose(propagationMs(1000, fibreUsPerKm), 4.9, 0.01);
    expectClose(propagationMs(1000, fibreUsPerKm), 4.897, 1e-12);
  });

  it('is zero for a zero-length path', () => {
    expect(propagationMs(0, 4.897)).toBe(0);
  });
});

describe('serialisationMs(sizeKB, rateMbps)', () => {
  it('takes 80 ms to put 1 MB (1,000 kB) on a 100 Mbit/s link', () => {
    expect(Math.abs(serialisationMs(1000, 100) - 80)).toBeLessThan(1e-9);
  });

  it('halves when the rate doubles', () => {
    expectClose(serialisationMs(1000, 200), 40, 1e-12);
  });
});

describe('loadMbps(ratePerSecond, sizeKB)', () => {
  it('makes 100 messages a second of 125 kB into 100 Mbit/s', () => {
    expectClose(loadMbps(100, 125), 100, 1e-12);
  });
});

describe('gbPerMonth(mbps, hoursPerMonth)', () => {
  it('turns a steady 1 Mbit/s over a 730 h month into 328.5 GB (1e6 × 730 × 3600 / 8 / 1e9)', () => {
    expectClose(gbPerMonth(1, 730), 328.5, 1e-12);
  });
});
