import { describe, expect, it } from 'vitest';
import { planarArea, projectedRings, ringsContain, type Ring } from '../../../src/ui/map/rings';
import { projectLocation } from '../../../src/ui/map/projection';

const square = (x0: number, y0: number, size: number): Ring => ({
  points: [
    [x0, y0],
    [x0 + size, y0],
    [x0 + size, y0 + size],
    [x0, y0 + size],
  ],
  bounds: [
    [x0, y0],
    [x0 + size, y0 + size],
  ],
});

describe('ringsContain(rings, point)', () => {
  it('is true inside a ring and false outside', () => {
    expect(ringsContain([square(0, 0, 10)], [5, 5])).toBe(true);
    expect(ringsContain([square(0, 0, 10)], [15, 5])).toBe(false);
  });
  it('treats a ring inside a ring as a hole (even–odd)', () => {
    expect(ringsContain([square(0, 0, 10), square(3, 3, 4)], [5, 5])).toBe(false);
    expect(ringsContain([square(0, 0, 10), square(3, 3, 4)], [1, 1])).toBe(true);
  });
});

describe('planarArea(ring)', () => {
  it('is the shoelace area whichever way the ring turns', () => {
    expect(planarArea(square(0, 0, 10))).toBe(100);
    expect(planarArea({ ...square(0, 0, 10), points: [...square(0, 0, 10).points].reverse() })).toBe(100);
  });
});

describe('projectedRings(shape)', () => {
  it('draws a spherical polygon as rings in base space that contain its inside', () => {
    const box = {
      type: 'Polygon' as const,
      // Counter-clockwise on the sphere's outside view is d3's exterior rule: clockwise for a small polygon.
      coordinates: [
        [
          [0, 40],
          [0, 50],
          [10, 50],
          [10, 40],
          [0, 40],
        ],
      ],
    };
    const rings = projectedRings(box);
    expect(rings).toHaveLength(1);
    expect(ringsContain(rings, projectLocation({ lat: 45, lon: 5 }))).toBe(true);
    expect(ringsContain(rings, projectLocation({ lat: 45, lon: 15 }))).toBe(false);
  });
});
