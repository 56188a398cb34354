import { describe, expect, it } from 'vitest';
import type { Link, Site } from '../../../src/engine/scenario/schema';
import { ArcCache, greatCircle } from '../../../src/ui/map/arcs';
import { locationAt, projectLocation } from '../../../src/ui/map/projection';

const LONDON = { lat: 51.5074, lon: -0.1278 };
const NEW_YORK = { lat: 40.7128, lon: -74.006 };
const TOKYO = { lat: 35.6762, lon: 139.6503 };
const SAN_FRANCISCO = { lat: 37.7749, lon: -122.4194 };

/** The pieces (moveto commands) of a path. */
const pieces = (d: string) => d.split('M').filter((s) => s.length > 0).length;
/** The first and last points of a path's first piece. */
function ends(d: string): [number, number][] {
  const numbers = d.match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
  return [
    [numbers[0], numbers[1]],
    [numbers[numbers.length - 2], numbers[numbers.length - 1]],
  ];
}

describe('greatCircle(from, to)', () => {
  it('starts and ends on the two places, to 4 decimals of a base unit', () => {
    const { d } = greatCircle(LONDON, NEW_YORK);
    const [start, end] = ends(d);
    const [lx, ly] = projectLocation(LONDON);
    const [nx, ny] = projectLocation(NEW_YORK);
    expect(Math.hypot(start[0] - lx, start[1] - ly)).toBeLessThan(1e-3);
    expect(Math.hypot(end[0] - nx, end[1] - ny)).toBeLessThan(1e-3);
  });

  it('bows towards the pole: the London–New York midpoint lies north of both (Atlantic great circle)', () => {
    const { d, mid } = greatCircle(LONDON, NEW_YORK);
    expect(pieces(d)).toBe(1);
    const midLocation = locationAt(mid)!;
    expect(midLocation.lat).toBeGreaterThan(LONDON.lat);
    // Resampled along the curve, not a single straight segment.
    expect(d.split('L').length).toBeGreaterThan(4);
  });

  it('is cut in two at the antimeridian (Tokyo–San Francisco over the Pacific)', () => {
    expect(pieces(greatCircle(TOKYO, SAN_FRANCISCO).d)).toBe(2);
  });
});

const site = (id: string, location?: { lat: number; lon: number }): Site => ({
  id,
  name: id,
  tier: 'cloud',
  jurisdiction: 'EU',
  compute: { acceleratorId: 'h100-sxm', count: 1 },
  pue: 1.1,
  ...(location ? { location } : {}),
});
const link = (id: string, from: string, to: string): Link => ({ id, from, to, medium: 'long-haul-fibre', capacityMbps: 1000 });

describe('ArcCache.arcsFor(links, siteById)', () => {
  const sites = new Map([
    ['lon', site('lon', LONDON)],
    ['nyc', site('nyc', NEW_YORK)],
    ['tyo', site('tyo', TOKYO)],
    ['new', site('new')],
  ]);
  const links = [link('a', 'lon', 'nyc'), link('b', 'nyc', 'tyo'), link('c', 'lon', 'new')];

  it('draws one arc per link with both ends placed, and none for a link to an unplaced site', () => {
    const arcs = new ArcCache().arcsFor(links, sites);
    expect(arcs.map((a) => a.id)).toEqual(['a', 'b']);
    expect(arcs[0].link).toBe(links[0]);
  });

  it('reuses the arc of a link whose ends have not moved, and redraws one whose end has', () => {
    const cache = new ArcCache();
    const before = cache.arcsFor(links, sites);
    const moved = new Map(sites).set('tyo', site('tyo', { lat: 1.3521, lon: 103.8198 }));
    const after = cache.arcsFor(links, moved);
    expect(after[0].d).toBe(before[0].d);
    expect(after[0].mid).toBe(before[0].mid);
    expect(after[1].d).not.toBe(before[1].d);
  });
});
