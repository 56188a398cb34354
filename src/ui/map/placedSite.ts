import type { Site } from '../../engine/scenario/schema';
import type { LatLon } from './projection';

/** A site with coordinates: on the map. */
export type PlacedSite = Site & { readonly location: LatLon };

export const isPlaced = (site: Site): site is PlacedSite => site.location !== undefined;
