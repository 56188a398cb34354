import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_HEIGHT, BASE_WIDTH, baseUnitsPerKm, locationAt, projectLocation, roundDegrees } from '../../../src/ui/map/projection';
import { toBase, toScreen, type View } from '../../../src/ui/map/viewTransform';

/** Half the rounding step (4 decimals) plus float noise, degrees: ~6 m. */
const ROUND_TRIP_DEGREES = 0.5e-4 + 1e-9;

const location = fc.record({
  lat: fc.double({ min: -85, max: 85, noNaN: true }),
  // The antimeridian itself is both −180 and 180: keep away from it by a rounding step.
  lon: fc.double({ min: -179.999, max: 179.999, noNaN: true }),
});

describe('projectLocation(location) and locationAt(point)', () => {
  it('draw the world BASE_WIDTH wide, with the prime meridian and the equator in the middle', () => {
    expect(BASE_WIDTH).toBe(1000);
    expect(BASE_HEIGHT).toBeGreaterThan(500);
    expect(BASE_HEIGHT).toBeLessThan(530);
    const [x, y] = projectLocation({ lat: 0, lon: 0 });
    expect(x).toBeCloseTo(BASE_WIDTH / 2, 6);
    expect(y).toBeCloseTo(BASE_HEIGHT / 2, 6);
  });

  it('round-trip any location to within half a rounding step (~6 m)', () => {
    fc.assert(
      fc.property(location, (place) => {
        const back = locationAt(projectLocation(place));
        expect(back).not.toBeNull();
        expect(Math.abs(back!.lat - place.lat)).toBeLessThanOrEqual(ROUND_TRIP_DEGREES);
        expect(Math.abs(back!.lon - place.lon)).toBeLessThanOrEqual(ROUND_TRIP_DEGREES);
      }),
    );
  });

  it('round-trip a drop through any zoom: screen point → base point → location', () => {
    const barcelona = { lat: 41.4036, lon: 2.1744 };
    for (const view of [
      { k: 0.8, x: 12, y: -40 },
      { k: 37, x: -16000, y: -7000 },
      { k: 4000, x: -2_030_000, y: -790_000 },
    ] as View[]) {
      const screen = toScreen(view, projectLocation(barcelona));
      expect(locationAt(toBase(view, screen))).toEqual(barcelona);
    }
  });

  it('answer null off the globe, outside the Natural Earth outline', () => {
    expect(locationAt([0, 0])).toBeNull();
    expect(locationAt([BASE_WIDTH, BASE_HEIGHT])).toBeNull();
    expect(locationAt([-50, BASE_HEIGHT / 2])).toBeNull();
  });
});

describe('roundDegrees(degrees)', () => {
  it('keeps 4 decimals and never writes −0', () => {
    expect(roundDegrees(41.387_449)).toBe(41.3874);
    expect(roundDegrees(-0.000_01)).toBe(0);
    expect(Object.is(roundDegrees(-0.000_01), 0)).toBe(true);
  });
});

describe('baseUnitsPerKm(lat)', () => {
  it('is the projection’s east–west scale over the Earth radius at the equator, and more far north (Natural Earth stretches it there)', () => {
    // Natural Earth 1 for a 1000-unit world: scale 182.79 units per radian, times its x factor 0.8707 at the equator; a radian is 6,371 km.
    expect(baseUnitsPerKm(0)).toBeCloseTo((182.79 * 0.8707) / 6371, 4);
    expect(baseUnitsPerKm(60)).toBeGreaterThan(baseUnitsPerKm(0));
  });
});
