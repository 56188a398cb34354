import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { toCountry, type Country, type CountryFeature } from './countries';
import { basePath } from './projection';

/**
 * Natural Earth's countries at two scales, both bundled (the page may not
 * fetch from another host) and each loaded only when first needed:
 * 1:110m (~38 kB gzipped) draws the world; 1:50m (~230 kB) draws a
 * country or a city, where the coarse coastline would put harbour sites in
 * the sea, and adds the small countries 1:110m leaves out (Singapore, Malta…).
 */
export type AtlasDetail = '110m' | '50m';

export interface Atlas {
  readonly detail: AtlasDetail;
  /** Base-space path data. */
  readonly land: string;
  readonly borders: string;
  /** By name. */
  readonly countries: readonly Country[];
}

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** Shapes in base space from a world-atlas topology. */
export function atlasFromTopology(topology: WorldTopology, detail: AtlasDetail): Atlas {
  const countries = feature(topology, topology.objects.countries)
    .features.filter(
      (f): f is CountryFeature => f.geometry !== null && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
    )
    .map(toCountry)
    .filter((c): c is Country => c !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    detail,
    land: basePath(feature(topology, topology.objects.land)) ?? '',
    borders: basePath(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
    countries,
  };
}

// Vite bundles each JSON file as its own chunk, fetched from this page's origin on first use.
const TOPOLOGIES: Record<AtlasDetail, () => Promise<{ default: unknown }>> = {
  '110m': () => import('world-atlas/countries-110m.json'),
  '50m': () => import('world-atlas/countries-50m.json'),
};

const loading = new Map<AtlasDetail, Promise<Atlas>>();

/** The atlas at one scale, loaded once per page. */
export function loadAtlas(detail: AtlasDetail): Promise<Atlas> {
  let atlas = loading.get(detail);
  if (atlas === undefined) {
    atlas = TOPOLOGIES[detail]().then((module) => atlasFromTopology(module.default as WorldTopology, detail));
    // A failed load may be retried (a flaky network before the service worker has the chunk).
    atlas.catch(() => loading.delete(detail));
    loading.set(detail, atlas);
  }
  return atlas;
}

/** Zoom (k, screen px per base unit) from which the finer atlas is worth its weight: the world about 5× the viewport wide. */
export const FINE_ATLAS_FROM_K = 5;
