import { boundsOfPoints, withMinSpan } from './bounds';
import { CITIES, CITY_RADIUS_KM, type City } from './cities';
import { clusterPlaces, distanceKm, type Placed } from './clusters';
import type { Country } from './countries';
import { BASE_HEIGHT, BASE_WIDTH, baseUnitsPerKm, projectLocation, type LatLon } from './projection';
import type { Bounds } from './viewTransform';

/** A place the "Zoom to" list offers, with the base-space box it shows. */
export interface ZoomTarget {
  readonly key: string;
  readonly label: string;
  readonly bounds: Bounds;
}

export interface ZoomTargetGroup {
  readonly label: string;
  readonly targets: readonly ZoomTarget[];
}

export const WORLD_BOUNDS: Bounds = [
  [0, 0],
  [BASE_WIDTH, BASE_HEIGHT],
];

/** Sites closer than this, km, are one "area" of the list. */
const AREA_RADIUS_KM = 60;
/** An area is named after a city from the list whose centre is this close, km. */
const CITY_NAMING_KM = 40;
const MAX_AREAS = 8;
/** The least a fit of the sites shows, km across: a lone site with its streets round it, and sites 100 m apart told apart. */
const MIN_FIT_KM = 2;

/** A box `radiusKm` each way round a place. */
export function boundsAround(place: LatLon, radiusKm: number): Bounds {
  return withMinSpan(boundsOfPoints([projectLocation(place)])!, 2 * radiusKm * baseUnitsPerKm(place.lat));
}

/** The box round some placed sites, never smaller than a town. */
export function sitesBounds(places: readonly Placed[]): Bounds | null {
  const box = boundsOfPoints(places.map(projectLocation));
  if (box === null) return null;
  const meanLat = places.reduce((sum, p) => sum + p.lat, 0) / places.length;
  return withMinSpan(box, MIN_FIT_KM * baseUnitsPerKm(meanLat));
}

function nearestCity(place: LatLon): City | null {
  let best: City | null = null;
  let bestKm = CITY_NAMING_KM;
  for (const city of CITIES) {
    const km = distanceKm(city, place);
    if (km <= bestKm) [best, bestKm] = [city, km];
  }
  return best;
}

function areaLabel(leader: Placed & { readonly name: string }, count: number): string {
  const city = nearestCity(leader);
  const where = city !== null ? `${city.name} area` : `Around ${leader.name}`;
  return count === 1 ? where : `${where} (${count} sites)`;
}

export interface ZoomTargetInput {
  readonly placed: readonly (Placed & { readonly name: string })[];
  /** The countries the sites are in, by name; and every country of the atlas (empty until it loads). */
  readonly countriesWithSites: readonly Country[];
  readonly countries: readonly Country[];
}

/**
 * The "Zoom to" list: the scenario's own places first (all its sites, each
 * area where sites gather), then the countries holding sites, then cities,
 * then every country.
 */
export function zoomTargets({ placed, countriesWithSites, countries }: ZoomTargetInput): ZoomTargetGroup[] {
  const scenario: ZoomTarget[] = [];
  const all = sitesBounds(placed);
  if (all !== null) scenario.push({ key: 'fit', label: 'All sites', bounds: all });
  scenario.push({ key: 'world', label: 'Whole world', bounds: WORLD_BOUNDS });
  const areas = clusterPlaces(placed, AREA_RADIUS_KM);
  // One area is "all sites" again: only list areas when there are several.
  if (areas.length > 1) {
    for (const area of areas.slice(0, MAX_AREAS)) {
      scenario.push({
        key: `area:${area.leader.id}`,
        label: areaLabel(area.leader, area.members.length),
        bounds: sitesBounds(area.members)!,
      });
    }
  }
  const country = (prefix: string) => (c: Country) => ({ key: `${prefix}:${c.name}`, label: c.name, bounds: c.fitBounds });
  const groups: ZoomTargetGroup[] = [{ label: 'This scenario', targets: scenario }];
  if (countriesWithSites.length > 0) groups.push({ label: 'Countries with sites', targets: countriesWithSites.map(country('sites-in')) });
  groups.push({
    label: 'Cities',
    targets: CITIES.map((city) => ({ key: `city:${city.name}`, label: city.name, bounds: boundsAround(city, CITY_RADIUS_KM) })),
  });
  if (countries.length > 0) groups.push({ label: 'All countries', targets: countries.map(country('country')) });
  return groups;
}
