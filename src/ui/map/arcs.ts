import { geoInterpolate } from 'd3-geo';
import type { LineString } from 'geojson';
import type { Link, Site } from '../../engine/scenario/schema';
import { basePath, projectLocation, type LatLon } from './projection';
import type { Bounds, Point } from './viewTransform';

/** A link drawn on the map: its great-circle arc in base space, and the arc's middle for a label. */
export interface MapArc {
  readonly id: string;
  readonly link: Link;
  /** The great circle between the two ends, for clipping (clippedArcs.ts). */
  readonly line: LineString;
  /** SVG path data, base units; an arc crossing the antimeridian is two pieces. */
  readonly d: string;
  readonly bounds: Bounds;
  readonly mid: Point;
}

type ArcShape = Omit<MapArc, 'id' | 'link'>;

const locationKey = (a: LatLon, b: LatLon) => `${a.lat},${a.lon};${b.lat},${b.lon}`;

/** The great circle between two places: geoPath resamples a LineString along it, and cuts it at the antimeridian. */
export function greatCircle(from: LatLon, to: LatLon): ArcShape {
  const a: [number, number] = [from.lon, from.lat];
  const b: [number, number] = [to.lon, to.lat];
  const line: LineString = { type: 'LineString', coordinates: [a, b] };
  const [lon, lat] = geoInterpolate(a, b)(0.5);
  return { line, d: basePath(line) ?? '', bounds: basePath.bounds(line) as Bounds, mid: projectLocation({ lat, lon }) };
}

/**
 * The arcs of every link whose two ends are on the map. Remembers each arc
 * by its ends' coordinates, so dragging one site recomputes only its own
 * links, not the thousand others.
 */
export class ArcCache {
  #arcs = new Map<string, ArcShape>();

  arcsFor(links: readonly Link[], siteById: ReadonlyMap<string, Site>): MapArc[] {
    const next = new Map<string, ArcShape>();
    const arcs: MapArc[] = [];
    for (const link of links) {
      const from = siteById.get(link.from)?.location;
      const to = siteById.get(link.to)?.location;
      if (from === undefined || to === undefined) continue;
      const key = locationKey(from, to);
      const shape = next.get(key) ?? this.#arcs.get(key) ?? greatCircle(from, to);
      next.set(key, shape);
      arcs.push({ id: link.id, link, ...shape });
    }
    this.#arcs = next;
    return arcs;
  }
}
