import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Point } from './viewTransform';
import type { LatLon } from '../../engine/geo';

/**
 * The map's fixed drawing space ("base" units): the whole world projected
 * with Natural Earth into a box BASE_WIDTH wide. Every shape is computed
 * once in this space; zooming and panning only change the transform on top
 * (viewTransform.ts), and resizing the window changes nothing here.
 */
export const BASE_WIDTH = 1000;

const SPHERE = { type: 'Sphere' } as const;

/**
 * Natural Earth, a compromise projection that reads well for the whole world
 * and, scaled up, for one city; a new one each call (d3 projections have no
 * copy), for clipping to part of the drawing.
 */
export function naturalEarth(): GeoProjection {
  return (
    geoNaturalEarth1()
      .fitWidth(BASE_WIDTH, SPHERE)
      // Resampling tolerance, base units: arcs stay smooth when zoomed 10× (0.1 unit = 1 px there).
      .precision(0.1)
  );
}

export const baseProjection: GeoProjection = naturalEarth();

/** Height of the drawing space, base units. */
export const BASE_HEIGHT: number = geoPath(baseProjection).bounds(SPHERE)[1][1];

/** Base-space paths, to 4 decimals: 0.4 px at the deepest zoom (×4,000), where 3 would show arcs missing their sites. */
export const basePath = geoPath(baseProjection).digits(4);

/** A site's place, degrees: the engine's own type. */
export type { LatLon };

/** Where a location is drawn, base units. */
export function projectLocation(location: LatLon): Point {
  const p = baseProjection([location.lon, location.lat]);
  if (p === null) throw new RangeError(`cannot project ${location.lat}, ${location.lon}`);
  return [p[0], p[1]];
}

/** Each placed site's point, base units, by id. */
export function pointsById(sites: readonly { readonly id: string; readonly location: LatLon }[]): ReadonlyMap<string, Point> {
  return new Map(sites.map((s) => [s.id, projectLocation(s.location)]));
}

/** Degrees to 4 decimals, about 11 m: finer than anyone can drop a site by hand. */
export function roundDegrees(degrees: number): number {
  const rounded = Math.round(degrees * 1e4) / 1e4;
  return rounded === 0 ? 0 : rounded; // no -0 in the document
}

/** Base units a point may miss its round trip by and still be on the globe. */
const ON_GLOBE_TOLERANCE = 1e-3;

/**
 * The location under a base-space point, rounded, or null off the globe
 * (outside the Natural Earth outline the inverse still answers, but with a
 * point that projects somewhere else).
 */
export function locationAt(point: Point): LatLon | null {
  const inverted = baseProjection.invert?.([point[0], point[1]]);
  if (!inverted) return null;
  const [lon, lat] = inverted;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  const back = baseProjection([lon, lat]);
  if (back === null || Math.hypot(back[0] - point[0], back[1] - point[1]) > ON_GLOBE_TOLERANCE) return null;
  return { lat: roundDegrees(lat), lon: roundDegrees(lon) };
}

/** Base units per kilometre near a latitude (east–west), to size views given in km. */
export function baseUnitsPerKm(lat: number): number {
  const a = projectLocation({ lat, lon: 0 });
  const b = projectLocation({ lat, lon: 1 });
  const kmPerDegree = 111.32 * Math.cos((lat * Math.PI) / 180);
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / Math.max(kmPerDegree, 1e-6);
}
