import { describe, expect, it } from 'vitest';
import { placeUnlocated, sphericalCentroid } from '../../../../src/document/import/placeUnlocated';

describe('sphericalCentroid(points)', () => {
  it('averages across the antimeridian to 180°, not 0°', () => {
    const centre = sphericalCentroid([
      { lat: 0, lon: 179 },
      { lat: 0, lon: -179 },
    ])!;
    expect(Math.abs(centre.lon)).toBeCloseTo(180, 9);
    expect(centre.lat).toBeCloseTo(0, 9);
  });

  it('is null for antipodes and for no points', () => {
    expect(
      sphericalCentroid([
        { lat: 0, lon: 0 },
        { lat: 0, lon: 180 },
      ]),
    ).toBeNull();
    expect(sphericalCentroid([])).toBeNull();
  });
});

describe('placeUnlocated(fromFile, neighbours)', () => {
  it('fills a chain from its located end, one hop per round, and says how each was placed', () => {
    const located = { lat: 10, lon: 20 };
    const { locations, placement } = placeUnlocated([located, null, null], [[1], [0, 2], [1]]);
    expect(placement).toEqual(['file', 'neighbours', 'neighbours']);
    expect(locations[2].lat).toBeCloseTo(10, 9);
    expect(locations[2].lon).toBeCloseTo(20, 9);
  });

  it('does not depend on node order within a round', () => {
    const a = { lat: 0, lon: 0 };
    const b = { lat: 0, lon: 10 };
    // Nodes 2 and 3 are unlocated neighbours of each other; each has one located neighbour.
    const { locations } = placeUnlocated([a, b, null, null], [[2], [3], [0, 3], [1, 2]]);
    expect(locations[2].lon).toBeCloseTo(0, 9);
    expect(locations[3].lon).toBeCloseTo(10, 9);
  });

  it('sends a component with no located node to the network centre, and everything to 0°, 0° when nothing is located', () => {
    const { locations, placement } = placeUnlocated([{ lat: 0, lon: 0 }, { lat: 0, lon: 20 }, null], [[1], [0], []]);
    expect(placement[2]).toBe('network');
    expect(locations[2].lon).toBeCloseTo(10, 9);
    expect(placeUnlocated([null, null], [[1], [0]])).toEqual({
      locations: [
        { lat: 0, lon: 0 },
        { lat: 0, lon: 0 },
      ],
      placement: ['origin', 'origin'],
    });
  });
});
