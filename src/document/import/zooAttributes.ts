import type { LatLon } from '../../engine/geo';
import { cleanName } from './cleanText';
import { readDecimal } from './readNumber';

/**
 * The Internet Topology Zoo's node and graph attributes, read by name
 * (`label`, `Latitude`, `Longitude`, `Country`, `Internal`, `hyperedge`;
 * `Network`, `GeoLocation`, `NetworkDate`). Other GraphML writers spell a
 * few of them differently, so each has a short list of accepted names.
 */

export interface ZooNode {
  /** The node's label, cleaned; null when it has none. */
  readonly label: string | null;
  /** Null when the file gives no usable coordinates; `locationProblem` says why when it gave unusable ones. */
  readonly location: LatLon | null;
  readonly locationProblem: string | null;
  /** Country as written (cleaned), or null. */
  readonly country: string | null;
  /** False for Zoo `Internal` = 0: a node outside the network (a peer, customer or exchange). */
  readonly internal: boolean;
  /** Zoo `hyperedge` = 1: a shared-medium fabric drawn as a node. */
  readonly sharedMedium: boolean;
}

export interface ZooGraphInfo {
  readonly network: string | null;
  readonly geoLocation: string | null;
  readonly networkDate: string | null;
}

/** The first of `names` present, matched exactly and then ignoring case. */
export function attributeValue(data: ReadonlyMap<string, string>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = data.get(name);
    if (value !== undefined) return value;
  }
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const [name, value] of data) if (wanted.has(name.toLowerCase())) return value;
  return undefined;
}

function text(data: ReadonlyMap<string, string>, names: readonly string[]): string | null {
  const value = attributeValue(data, names);
  const cleaned = value === undefined ? '' : cleanName(value);
  return cleaned === '' ? null : cleaned;
}

function readLocation(data: ReadonlyMap<string, string>): { location: LatLon | null; problem: string | null } {
  const latText = attributeValue(data, ['Latitude', 'lat']);
  const lonText = attributeValue(data, ['Longitude', 'lon', 'lng']);
  if (latText === undefined && lonText === undefined) return { location: null, problem: null };
  const lat = readDecimal(latText);
  const lon = readDecimal(lonText);
  const shown = (value: string | undefined) => (value === undefined ? 'missing' : `"${cleanName(value, 24)}"`);
  if (lat === null || lon === null)
    return { location: null, problem: `Latitude ${shown(latText)}, Longitude ${shown(lonText)} are not both numbers` };
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
    return { location: null, problem: `Latitude ${lat}, Longitude ${lon} are off the globe` };
  return { location: { lat, lon }, problem: null };
}

export function readZooNode(data: ReadonlyMap<string, string>): ZooNode {
  const { location, problem } = readLocation(data);
  return {
    label: text(data, ['label', 'name']),
    location,
    locationProblem: problem,
    country: text(data, ['Country', 'geocode_country']),
    internal: attributeValue(data, ['Internal'])?.trim() !== '0',
    sharedMedium: attributeValue(data, ['hyperedge'])?.trim() === '1',
  };
}

export function readZooGraphInfo(data: ReadonlyMap<string, string>): ZooGraphInfo {
  return {
    network: text(data, ['Network', 'label', 'name']),
    geoLocation: text(data, ['GeoLocation']),
    networkDate: text(data, ['NetworkDate', 'DateObtained']),
  };
}
