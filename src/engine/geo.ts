/** Mean Earth radius used for great-circle distances (IUGG), km. */
export const EARTH_RADIUS_KM = 6371;

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

const RAD_PER_DEG = Math.PI / 180;

/** Haversine great-circle distance in km. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD_PER_DEG;
  const dLon = (b.lon - a.lon) * RAD_PER_DEG;
  const sinLat = Math.sin(dLat / 2);
  const sinLon = Math.sin(dLon / 2);
  const h = sinLat * sinLat + Math.cos(a.lat * RAD_PER_DEG) * Math.cos(b.lat * RAD_PER_DEG) * sinLon * sinLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
