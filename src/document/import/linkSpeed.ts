import { cleanName } from './cleanText';
import { readDecimal } from './readNumber';

/**
 * A Zoo edge's speed, in bit/s, from the most exact field it has:
 * `LinkSpeedRaw` (bit/s), then `LinkSpeed` × `LinkSpeedUnits`, then the
 * free-text `LinkLabel` ("OC-192c", "10 Gbps", "2x10G").
 */

export type LinkSpeedSource = 'LinkSpeedRaw' | 'LinkSpeed' | 'LinkLabel';

export interface LinkSpeed {
  readonly bitsPerSecond: number;
  readonly source: LinkSpeedSource;
}

/**
 * Speeds outside 1 kbit/s–1 Pbit/s are typing errors or hostile input, not
 * links: nothing a backbone model cares about runs below 1 kbit/s, and no
 * single link in service comes near 1 Pbit/s. Bounding them also keeps the
 * engine's arithmetic far from overflow.
 */
export const MIN_PLAUSIBLE_BITS_PER_SECOND = 1e3;
export const MAX_PLAUSIBLE_BITS_PER_SECOND = 1e15;

const UNIT_BITS_PER_SECOND: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12 };

// Line rates of the digital hierarchies (ITU-T G.702 for T/E carriers,
// ITU-T G.707 for SDH STM-n = n × 155.52 Mbit/s, Telcordia GR-253 for SONET
// OC-n = n × 51.84 Mbit/s).
const OC_1_BITS_PER_SECOND = 51.84e6;
const STM_1_BITS_PER_SECOND = 155.52e6;
const CARRIER_BITS_PER_SECOND: Readonly<Record<string, number>> = { t1: 1.544e6, e1: 2.048e6, e3: 34.368e6, t3: 44.736e6, ds3: 44.736e6 };

const plausible = (bitsPerSecond: number): number | null =>
  bitsPerSecond >= MIN_PLAUSIBLE_BITS_PER_SECOND && bitsPerSecond <= MAX_PLAUSIBLE_BITS_PER_SECOND ? bitsPerSecond : null;

/** One speed in a label, without a multiplier. */
function singleSpeed(label: string): number | null {
  const oc = /\b(oc|stm)-?(\d{1,4})/.exec(label);
  if (oc !== null) return Number(oc[2]) * (oc[1] === 'oc' ? OC_1_BITS_PER_SECOND : STM_1_BITS_PER_SECOND);
  const carrier = /\b(t1|e1|e3|t3|ds3)\b/.exec(label);
  if (carrier !== null) return CARRIER_BITS_PER_SECOND[carrier[1]];
  // "10GE", "10 GigE", "1 GbE": Ethernet at that many Gbit/s.
  const ethernet = /(\d+(?:\.\d+)?)\s*g(?:ig|b)?e\b/.exec(label);
  if (ethernet !== null) return Number(ethernet[1]) * 1e9;
  // A range ("100-155 Mbit/s") gives its lower end: a capacity plan should not count on the better case.
  const range = /(\d+(?:\.\d+)?)\s*[-–]\s*\d+(?:\.\d+)?\s*([kmgt])(?:bits?\/s|bps|b\/s|bits?|b)?\b/.exec(label);
  if (range !== null) return Number(range[1]) * UNIT_BITS_PER_SECOND[range[2]];
  const rate = /(\d+(?:\.\d+)?)\s*([kmgt])(?:bits?\/s|bps|b\/s|bits?|b)?\b/.exec(label);
  if (rate !== null) return Number(rate[1]) * UNIT_BITS_PER_SECOND[rate[2]];
  return null;
}

/** The speed a free-text label names, in bit/s, or null: "OC-192c", "10 Gbps", "2 x 1 Gbit/s", "STM-16". */
export function speedFromLabel(rawLabel: string): number | null {
  const label = cleanName(rawLabel).toLowerCase();
  const bundle = /^(\d{1,3})\s*[x×*]\s*(.+)$/.exec(label);
  const speed = bundle === null ? singleSpeed(label) : singleSpeed(bundle[2]);
  if (speed === null) return null;
  return plausible(bundle === null ? speed : speed * Number(bundle[1]));
}

/** The edge's speed from its Zoo attributes (by name), or null when none is given or none is plausible. */
export function linkSpeedOf(data: ReadonlyMap<string, string>): LinkSpeed | null {
  const raw = readDecimal(data.get('LinkSpeedRaw'));
  const fromRaw = raw === null ? null : plausible(raw);
  if (fromRaw !== null) return { bitsPerSecond: fromRaw, source: 'LinkSpeedRaw' };

  const speed = readDecimal(data.get('LinkSpeed'));
  const unit = UNIT_BITS_PER_SECOND[(data.get('LinkSpeedUnits') ?? '').trim().charAt(0).toLowerCase()];
  const fromSpeed = speed === null || unit === undefined ? null : plausible(speed * unit);
  if (fromSpeed !== null) return { bitsPerSecond: fromSpeed, source: 'LinkSpeed' };

  const label = data.get('LinkLabel');
  const fromLabel = label === undefined ? null : speedFromLabel(label);
  return fromLabel === null ? null : { bitsPerSecond: fromLabel, source: 'LinkLabel' };
}
