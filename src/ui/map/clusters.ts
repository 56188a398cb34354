import { geoDistance } from 'd3-geo';
import type { LatLon } from './projection';

/** Mean Earth radius, km (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LAT = 111.2;

export function distanceKm(a: LatLon, b: LatLon): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}

export interface Placed extends LatLon {
  readonly id: string;
}

/** Sites near one another: the first member leads, and names the group. */
export interface SiteCluster<P extends Placed = Placed> {
  readonly leader: P;
  readonly members: readonly P[];
}

/**
 * Groups places lying within `radiusKm` of a group's first member (leader
 * clustering: one pass, order-dependent, plenty for naming "around here"
 * views), largest groups first. Leaders are kept in a grid of cells one
 * radius high, so a thousand sites cost a thousand look-ups, not a million.
 */
export function clusterPlaces<P extends Placed>(places: readonly P[], radiusKm: number): SiteCluster<P>[] {
  const cellDegrees = radiusKm / KM_PER_DEGREE_LAT;
  const cells = new Map<string, { leader: P; members: P[] }[]>();
  const clusters: { leader: P; members: P[] }[] = [];
  const cellOf = (p: LatLon) => [Math.floor(p.lat / cellDegrees), Math.floor(p.lon / cellDegrees)] as const;
  for (const place of places) {
    const [row, col] = cellOf(place);
    // A degree of longitude shrinks with latitude: look further across where it does.
    const span = Math.min(Math.ceil(1 / Math.max(Math.cos((place.lat * Math.PI) / 180), 0.05)), 20);
    let home: { leader: P; members: P[] } | undefined;
    for (let dr = -1; dr <= 1 && home === undefined; dr++) {
      for (let dc = -span; dc <= span && home === undefined; dc++) {
        home = cells.get(`${row + dr}:${col + dc}`)?.find((c) => distanceKm(c.leader, place) <= radiusKm);
      }
    }
    if (home) {
      home.members.push(place);
      continue;
    }
    const cluster = { leader: place, members: [place] };
    clusters.push(cluster);
    const key = `${row}:${col}`;
    cells.set(key, [...(cells.get(key) ?? []), cluster]);
  }
  return clusters.sort((a, b) => b.members.length - a.members.length);
}
