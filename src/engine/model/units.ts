/** Conversions with the unit in every name. */

export const BITS_PER_BYTE = 8;
export const BYTES_PER_KB = 1000;
export const BYTES_PER_GB = 1e9;
export const SECONDS_PER_HOUR = 3600;

/** One-way propagation time over a path. */
export function propagationMs(lengthKm: number, usPerKm: number): number {
  return (lengthKm * usPerKm) / 1000;
}

/** Time to put a message on the wire: size ÷ rate. 1 MB at 100 Mbit/s = 80 ms. */
export function serialisationMs(sizeKB: number, rateMbps: number): number {
  return ((sizeKB * BYTES_PER_KB * BITS_PER_BYTE) / (rateMbps * 1e6)) * 1000;
}

/** Traffic of `ratePerSecond` messages of `sizeKB` each, in Mbit/s. */
export function loadMbps(ratePerSecond: number, sizeKB: number): number {
  return (ratePerSecond * sizeKB * BYTES_PER_KB * BITS_PER_BYTE) / 1e6;
}

/** Volume in GB per month of a steady load in Mbit/s. */
export function gbPerMonth(mbps: number, hoursPerMonth: number): number {
  return (mbps * 1e6 * hoursPerMonth * SECONDS_PER_HOUR) / BITS_PER_BYTE / BYTES_PER_GB;
}
