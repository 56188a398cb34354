import type { LatLon } from '../../engine/geo';

/** How a site without coordinates in the file got its location. */
export type Placement = 'file' | 'neighbours' | 'network' | 'origin';

export interface PlacedLocations {
  readonly locations: readonly LatLon[];
  readonly placement: readonly Placement[];
}

const RAD_PER_DEG = Math.PI / 180;

/**
 * The mean of points on the sphere: the normalised mean of their unit
 * vectors, so 179° E and 179° W average to 180°, not to 0°. Null when the
 * points cancel out (antipodes), where no centre is meaningful.
 */
export function sphericalCentroid(points: readonly LatLon[]): LatLon | null {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of points) {
    const lat = p.lat * RAD_PER_DEG;
    const lon = p.lon * RAD_PER_DEG;
    x += Math.cos(lat) * Math.cos(lon);
    y += Math.cos(lat) * Math.sin(lon);
    z += Math.sin(lat);
  }
  const length = Math.hypot(x, y, z);
  if (points.length === 0 || length < 1e-9 * points.length) return null;
  const lat = Math.asin(Math.max(-1, Math.min(1, z / length))) / RAD_PER_DEG;
  const lon = Math.atan2(y, x) / RAD_PER_DEG;
  return { lat, lon: Object.is(lon, -0) ? 0 : lon };
}

/**
 * Gives every node a location. Nodes the file locates keep theirs. Then, in
 * rounds, a node with located neighbours goes to their centroid (so a chain
 * of unlocated nodes fills in from its located end, one hop per round).
 * Nodes in a component with no located node go to the centroid of the
 * whole network, or to 0°, 0° when the file locates no node at all.
 */
export function placeUnlocated(fromFile: readonly (LatLon | null)[], neighbours: readonly (readonly number[])[]): PlacedLocations {
  const locations: (LatLon | null)[] = [...fromFile];
  const placement: Placement[] = fromFile.map((l) => (l === null ? 'origin' : 'file'));
  for (let changed = true; changed;) {
    changed = false;
    // Decide a whole round from the previous one, so the result does not depend on node order.
    const round: [number, LatLon][] = [];
    locations.forEach((location, i) => {
      if (location !== null) return;
      const known = neighbours[i].map((j) => locations[j]).filter((l): l is LatLon => l !== null);
      const centre = sphericalCentroid(known) ?? known[0];
      if (centre !== undefined) round.push([i, centre]);
    });
    for (const [i, centre] of round) {
      locations[i] = centre;
      placement[i] = 'neighbours';
      changed = true;
    }
  }
  const located = fromFile.filter((l): l is LatLon => l !== null);
  const networkCentre = sphericalCentroid(located) ?? located[0] ?? null;
  return {
    locations: locations.map((l, i) => {
      if (l !== null) return l;
      if (networkCentre === null) return { lat: 0, lon: 0 };
      placement[i] = 'network';
      return networkCentre;
    }),
    placement,
  };
}
