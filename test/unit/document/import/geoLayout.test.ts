import { describe, expect, it } from 'vitest';
import { CELL_HEIGHT, CELL_WIDTH, canvasSpan, layoutOnCanvas, unwrapLongitudes } from '../../../../src/document/import/geoLayout';

describe('unwrapLongitudes(lons)', () => {
  it('leaves a network that does not cross the antimeridian as it is', () => {
    expect(unwrapLongitudes([-74, -87.6, -122.3])).toEqual([-74, -87.6, -122.3]);
  });

  it('joins a network across the antimeridian (Guam, Hawaii, Los Angeles) into one continuous run', () => {
    const [guam, hawaii, losAngeles] = unwrapLongitudes([144.8, -157.9, -118.2]);
    expect(guam).toBe(144.8);
    expect(hawaii).toBeCloseTo(202.1, 9);
    expect(losAngeles).toBeCloseTo(241.8, 9);
  });
});

describe('layoutOnCanvas(locations)', () => {
  const abilene = [
    { lat: 40.71, lon: -74.0 },
    { lat: 41.85, lon: -87.65 },
    { lat: 47.61, lon: -122.33 },
    { lat: 29.76, lon: -95.36 },
  ];

  it('keeps the geography: east to the right, north up, and the network a few thousand units across', () => {
    const [newYork, chicago, seattle, houston] = layoutOnCanvas(abilene);
    expect(newYork.x).toBeGreaterThan(chicago.x);
    expect(chicago.x).toBeGreaterThan(seattle.x);
    expect(seattle.y).toBeLessThan(houston.y);
    const width = newYork.x - seattle.x;
    expect(width).toBeGreaterThan(canvasSpan(4) - CELL_WIDTH);
    expect(width).toBeLessThan(canvasSpan(4) + CELL_WIDTH);
  });

  it('never puts two sites in the same cell, even when they share a location', () => {
    const positions = layoutOnCanvas(Array.from({ length: 50 }, () => ({ lat: 59.9, lon: 10.7 })));
    expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(50);
    for (const p of positions) {
      expect(Number.isInteger(p.x / CELL_WIDTH)).toBe(true);
      expect(Number.isInteger(p.y / CELL_HEIGHT)).toBe(true);
    }
  });

  it('packs coincident sites tightly around their point (the first takes the point itself)', () => {
    const positions = layoutOnCanvas(Array.from({ length: 9 }, () => ({ lat: 0, lon: 0 })));
    expect(positions[0]).toEqual({ x: 0, y: 0 });
    for (const p of positions) expect(Math.max(Math.abs(p.x) / CELL_WIDTH, Math.abs(p.y) / CELL_HEIGHT)).toBeLessThanOrEqual(1);
  });

  it('lays out 5,000 coincident sites quickly', () => {
    const started = performance.now();
    const positions = layoutOnCanvas(Array.from({ length: 5000 }, () => ({ lat: 10, lon: 10 })));
    expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(5000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
