import type { LinkColumns, LinkResult, SiteColumns, SiteResult } from './result';

/** Row i of the link columns as one object. */
export function linkResultAt(links: LinkColumns, i: number): LinkResult {
  return {
    id: links.ids[i],
    lengthKm: links.lengthKm[i],
    forwardMbps: links.forwardMbps[i],
    reverseMbps: links.reverseMbps[i],
    utilisation: links.utilisation[i],
    saturated: links.saturated[i] === 1,
    gbPerMonth: links.gbPerMonth[i],
    oneWayLatencyMs: links.oneWayLatencyMs[i],
    sliceUtilisation: links.sliceUtilisation[i],
    busyHourUtilisation: links.busyHourUtilisation[i],
    burstOn: links.burstOn[i] === 1,
    burstHoursPerMonth: links.burstHoursPerMonth[i],
    energyKwhPerMonth: links.energyKwhPerMonth[i],
    transportUsdPerMonth: links.transportUsdPerMonth[i],
  };
}

/** Row i of the site columns as one object. */
export function siteResultAt(sites: SiteColumns, i: number): SiteResult {
  return {
    id: sites.ids[i],
    utilisation: sites.utilisation[i],
    saturated: sites.saturated[i] === 1,
    requestsPerSecond: sites.requestsPerSecond[i],
    itPowerKw: sites.itPowerKw[i],
    facilityPowerKw: sites.facilityPowerKw[i],
  };
}

/** A link's figures by id (a linear search: index the ids once when looking up many). */
export function linkResultById(links: LinkColumns, id: string): LinkResult | undefined {
  const i = links.ids.indexOf(id);
  return i < 0 ? undefined : linkResultAt(links, i);
}

/** A site's figures by id (a linear search, as linkResultById). */
export function siteResultById(sites: SiteColumns, id: string): SiteResult | undefined {
  const i = sites.ids.indexOf(id);
  return i < 0 ? undefined : siteResultAt(sites, i);
}

/** Row index by id, for looking up many rows. */
export function rowIndexById(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  return index;
}

/** Every row of the link columns as objects: for JSON output, where typed arrays would print as index maps. */
export function linkRows(links: LinkColumns): LinkResult[] {
  return links.ids.map((_, i) => linkResultAt(links, i));
}

/** Every row of the site columns as objects, as linkRows. */
export function siteRows(sites: SiteColumns): SiteResult[] {
  return sites.ids.map((_, i) => siteResultAt(sites, i));
}
