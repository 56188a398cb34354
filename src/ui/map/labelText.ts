import { MEDIA } from '../../engine/catalogue/media';
import { TIERS } from '../../engine/catalogue/tiers';
import type { Link, Site } from '../../engine/scenario/schema';
import { formatPercent } from '../format';
import { loadBand, MEDIUM_LOOK } from '../visual/media';
import type { LatLon } from './projection';

/** "41.4036° N, 2.1744° E". */
export function latLonText({ lat, lon }: LatLon): string {
  return `${Math.abs(lat)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon)}° ${lon < 0 ? 'W' : 'E'}`;
}

/** What a screen reader hears for a marker: tier, name, place. */
export function siteAriaLabel(site: Site): string {
  return `${TIERS[site.tier].label} ${site.name}, ${site.location ? latLonText(site.location) : 'not on the map'}`;
}

/** A site's label: its name, with its load when busy (so load never rests on colour alone), marked when failed. */
export function siteLabelText(site: Site, utilisation: number, failed: boolean): string {
  if (failed) return `✕ ${site.name}`;
  const band = loadBand(utilisation);
  return band === 'high' || band === 'saturated' ? `${site.name} · ${formatPercent(utilisation)}` : site.name;
}

/** A link's label, as the canvas writes it: medium and load, SATURATED past capacity. */
export function linkLabelText(link: Link, utilisation: number, failed: boolean): string {
  if (failed) return '✕ FAILED';
  const short = MEDIUM_LOOK[link.medium].short;
  return loadBand(utilisation) === 'saturated'
    ? `${short} · SATURATED ${formatPercent(utilisation)}`
    : `${short} · ${formatPercent(utilisation)}`;
}

export function linkAriaLabel(link: Link, from: Site | undefined, to: Site | undefined, utilisation: number): string {
  return `${MEDIA[link.medium].label} link from ${from?.name ?? link.from} to ${to?.name ?? link.to}, ${formatPercent(utilisation)} loaded`;
}
