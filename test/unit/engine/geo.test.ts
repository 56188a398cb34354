import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, greatCircleKm } from '../../../src/engine/geo';
import { expectClose } from '../helpers/approx';

const LONDON = { lat: 51.5074, lon: -0.1278 };
const PARIS = { lat: 48.8566, lon: 2.3522 };

describe('greatCircleKm(a, b)', () => {
  it('puts London–Paris at about 344 km', () => {
    expectClose(greatCircleKm(LONDON, PARIS), 344, 0.01);
  });

  it('is symmetric', () => {
    expect(greatCircleKm(PARIS, LONDON)).toBe(greatCircleKm(LONDON, PARIS));
  });

  it('is zero from a point to itself', () => {
    expect(greatCircleKm(LONDON, LONDON)).toBe(0);
  });

  it('spans a quarter circumference from the equator to a pole: π/2 · R', () => {
    expectClose(greatCircleKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 }), (Math.PI / 2) * EARTH_RADIUS_KM, 1e-12);
  });

  it('spans half the circumference between antipodes without NaN from rounding: π · R', () => {
    expectClose(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }), Math.PI * EARTH_RADIUS_KM, 1e-12);
    expectClose(greatCircleKm({ lat: 45, lon: 10 }, { lat: -45, lon: -170 }), Math.PI * EARTH_RADIUS_KM, 1e-9);
  });
});
