import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundsContain, boundsIntersect, boundsOfPoints, grownBy, unionBounds } from './bounds';
import { projectLocation, type LatLon } from './projection';
import { planarArea, projectedRings, ringsContain, type Ring } from './rings';
import type { Bounds } from './viewTransform';

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

export interface Country {
  /** Natural Earth's short name, such as "France" or "Bosnia and Herz.": also the key (some have no ISO code). */
  readonly name: string;
  /** Its outline as drawn, base units. */
  readonly rings: readonly Ring[];
  /** Round every part, base units (for a quick "might this point be inside?"). */
  readonly bounds: Bounds;
  /** What "zoom to" the country shows, base units: its main land and the parts near it. */
  readonly fitBounds: Bounds;
}

/**
 * The box to show for a country: its largest piece as drawn and the pieces
 * within half that piece's size of it. France is then Europe's France
 * without French Guiana, and Russia is not stretched across the whole world
 * by the tip of Chukotka the antimeridian puts at the far left.
 */
export function countryFitBounds(rings: readonly Ring[]): Bounds {
  const main = rings.reduce((a, b) => (planarArea(b) > planarArea(a) ? b : a));
  const near = grownBy(main.bounds, 0.5);
  return rings.filter((r) => boundsIntersect(r.bounds, near)).reduce((box, r) => unionBounds(box, r.bounds), main.bounds);
}

export function toCountry(feature: CountryFeature): Country | null {
  const rings = projectedRings(feature);
  if (rings.length === 0) return null;
  return {
    name: feature.properties.name,
    rings,
    bounds: boundsOfPoints(rings.flatMap((r) => r.bounds))!,
    fitBounds: countryFitBounds(rings),
  };
}

/** Offsets tried round a site that falls just off a coarse coastline, degrees: ~20 km, then ~50 km. */
const NUDGES: readonly (readonly [number, number])[] = [0.2, 0.5].flatMap((r) =>
  [0, 1, 2, 3, 4, 5, 6, 7].map((i) => [r * Math.cos((i * Math.PI) / 4), r * Math.sin((i * Math.PI) / 4)] as const),
);

function containing(countries: readonly Country[], location: LatLon): Country | null {
  const point = projectLocation(location);
  return countries.find((c) => boundsContain(c.bounds, point) && ringsContain(c.rings, point)) ?? null;
}

/**
 * The country a location is in; a harbour site a coarse coastline leaves in
 * the sea counts for the nearest country within ~50 km. Null at sea.
 */
export function countryAt(countries: readonly Country[], location: LatLon): Country | null {
  const direct = containing(countries, location);
  if (direct !== null) return direct;
  for (const [dLat, dLon] of NUDGES) {
    const lat = Math.max(-90, Math.min(90, location.lat + dLat));
    const lon = ((location.lon + dLon + 540) % 360) - 180;
    const nudged = containing(countries, { lat, lon });
    if (nudged !== null) return nudged;
  }
  return null;
}

/** Remembers each location's country, so a drag re-asks for one site only. */
export class CountryLookup {
  #byLocation = new Map<string, Country | null>();
  #countries: readonly Country[] = [];

  countriesOf(countries: readonly Country[], locations: Iterable<LatLon>): Country[] {
    if (countries !== this.#countries) {
      this.#countries = countries;
      this.#byLocation.clear();
    }
    const found = new Set<Country>();
    for (const location of locations) {
      const key = `${location.lat},${location.lon}`;
      let country = this.#byLocation.get(key);
      if (country === undefined) {
        country = countryAt(countries, location);
        this.#byLocation.set(key, country);
      }
      if (country !== null) found.add(country);
    }
    return [...found].sort((a, b) => a.name.localeCompare(b.name));
  }
}
