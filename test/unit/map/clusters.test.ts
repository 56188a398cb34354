import { describe, expect, it } from 'vitest';
import { clusterPlaces, distanceKm } from '../../../src/ui/map/clusters';

describe('distanceKm(a, b)', () => {
  it('is the great-circle distance: London–Paris ≈ 344 km', () => {
    expect(distanceKm({ lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 })).toBeCloseTo(343.5, 0);
  });
});

describe('clusterPlaces(places, radiusKm)', () => {
  it('groups places within the radius of a group’s first member, largest groups first', () => {
    const clusters = clusterPlaces(
      [
        { id: 'par', lat: 48.8566, lon: 2.3522 },
        { id: 'bcn-1', lat: 41.3874, lon: 2.1686 },
        { id: 'bcn-2', lat: 41.4036, lon: 2.1744 },
        { id: 'bcn-3', lat: 41.45, lon: 2.25 },
      ],
      60,
    );
    expect(clusters.map((c) => c.members.map((m) => m.id))).toEqual([['bcn-1', 'bcn-2', 'bcn-3'], ['par']]);
    expect(clusters[0].leader.id).toBe('bcn-1');
  });

  it('finds neighbours across cells far north, where a degree of longitude is short', () => {
    const clusters = clusterPlaces(
      [
        { id: 'a', lat: 69.65, lon: 18.9 },
        { id: 'b', lat: 69.65, lon: 20.2 },
      ],
      60,
    );
    expect(clusters).toHaveLength(1);
  });

  it('handles a thousand sites in one pass', () => {
    const places = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, lat: (i % 40) * 2 - 40, lon: Math.floor(i / 40) * 7 - 170 }));
    expect(clusterPlaces(places, 60)).toHaveLength(1000);
  });
});
