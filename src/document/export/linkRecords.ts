import { driveScenario } from '../../engine/evaluate/drivers';
import type { EvaluationResult } from '../../engine/result';
import { linkRows } from '../../engine/resultColumns';
import type { Scenario } from '../../engine/scenario/schema';

/**
 * One link's results as a flat row: a line of the links CSV and an element of
 * `links` in the JSON export. Loads are per direction, Mbit/s. Fields taken
 * from the scenario are null when it no longer has the link.
 */
export interface LinkRecord {
  readonly id: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly medium: string | null;
  /** Capacity per direction as evaluated: the drawn capacity × the link-capacity driver. */
  readonly capacityMbps: number | null;
  readonly lengthKm: number;
  /** Load from → to, and to → from. */
  readonly forwardMbps: number;
  readonly reverseMbps: number;
  /** The busier direction's load. */
  readonly loadMbps: number;
  /**
   * The busier direction's load ÷ capacity, as a fraction (0.57 is 57 %), or
   * of the capacity left beside a slice's reservation when that is busier;
   * capped at 1000.
   */
  readonly utilisation: number;
  readonly saturated: boolean;
  /** Utilisation in the busiest hour of the daily profile, with any burst. */
  readonly busyHourUtilisation: number;
  /** Capacity reserved for the URLLC slice as evaluated, 0 without a slice. */
  readonly sliceReservedMbps: number | null;
  /** Utilisation of the slice's reservation (busier direction), 0 without a slice. */
  readonly sliceUtilisation: number;
  /** On-demand burst capacity as evaluated, 0 without one. */
  readonly burstCapacityMbps: number | null;
  readonly burstOn: boolean;
  readonly burstHoursPerMonth: number;
  readonly oneWayLatencyMs: number;
  readonly gbPerMonth: number;
  readonly energyKwhPerMonth: number;
  /** Recurring fee plus volume charge. */
  readonly transportUsdPerMonth: number;
}

/** The link columns in order: the CSV header. */
export const LINK_FIELDS = [
  'id',
  'from',
  'to',
  'medium',
  'capacityMbps',
  'lengthKm',
  'forwardMbps',
  'reverseMbps',
  'loadMbps',
  'utilisation',
  'saturated',
  'busyHourUtilisation',
  'sliceReservedMbps',
  'sliceUtilisation',
  'burstCapacityMbps',
  'burstOn',
  'burstHoursPerMonth',
  'oneWayLatencyMs',
  'gbPerMonth',
  'energyKwhPerMonth',
  'transportUsdPerMonth',
] as const satisfies readonly (keyof LinkRecord)[];

/**
 * A row per link of the result, in its order, with the scenario's ends,
 * medium and capacities matched by id (as workloadRecords). Capacities are
 * taken from the scenario as the drivers make it, the one the result was
 * evaluated on, so the sheet shows the capacity each utilisation is of.
 */
export function linkRecords(scenario: Scenario, result: EvaluationResult): LinkRecord[] {
  const evaluated = new Map(driveScenario(scenario).scenario.links.map((l) => [l.id, l]));
  return linkRows(result.links).map((row): LinkRecord => {
    const link = evaluated.get(row.id);
    return {
      id: row.id,
      from: link?.from ?? null,
      to: link?.to ?? null,
      medium: link?.medium ?? null,
      capacityMbps: link?.capacityMbps ?? null,
      lengthKm: row.lengthKm,
      forwardMbps: row.forwardMbps,
      reverseMbps: row.reverseMbps,
      loadMbps: Math.max(row.forwardMbps, row.reverseMbps),
      utilisation: row.utilisation,
      saturated: row.saturated,
      busyHourUtilisation: row.busyHourUtilisation,
      sliceReservedMbps: link === undefined ? null : (link.sliceReservedMbps ?? 0),
      sliceUtilisation: row.sliceUtilisation,
      burstCapacityMbps: link === undefined ? null : (link.burstCapacityMbps ?? 0),
      burstOn: row.burstOn,
      burstHoursPerMonth: row.burstHoursPerMonth,
      oneWayLatencyMs: row.oneWayLatencyMs,
      gbPerMonth: row.gbPerMonth,
      energyKwhPerMonth: row.energyKwhPerMonth,
      transportUsdPerMonth: row.transportUsdPerMonth,
    };
  });
}
