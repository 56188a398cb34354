import { driveScenario } from '../../engine/evaluate/drivers';
import type { EvaluationResult } from '../../engine/result';
import { siteRows } from '../../engine/resultColumns';
import type { Scenario } from '../../engine/scenario/schema';

/**
 * One site's results as a flat row: a line of the sites CSV and an element of
 * `sites` in the JSON export. Fields taken from the scenario are null when it
 * no longer has the site.
 */
export interface SiteRecord {
  readonly id: string;
  readonly name: string | null;
  /** device, farEdge, nearEdge, regionalDc or cloud. */
  readonly tier: string | null;
  readonly jurisdiction: string | null;
  readonly acceleratorId: string | null;
  /** Accelerators at the site (per device, for a device group). */
  readonly acceleratorCount: number | null;
  /** Devices in a device group as evaluated (after the device-count and growth drivers); null for other tiers. */
  readonly deviceCount: number | null;
  /** Power usage effectiveness: facility power ÷ IT power. */
  readonly pue: number | null;
  /** Accelerator utilisation (per device for a device group), as a fraction. */
  readonly utilisation: number;
  readonly saturated: boolean;
  readonly requestsPerSecond: number;
  readonly itPowerKw: number;
  /** IT power × PUE. */
  readonly facilityPowerKw: number;
}

/** The site columns in order: the CSV header. */
export const SITE_FIELDS = [
  'id',
  'name',
  'tier',
  'jurisdiction',
  'acceleratorId',
  'acceleratorCount',
  'deviceCount',
  'pue',
  'utilisation',
  'saturated',
  'requestsPerSecond',
  'itPowerKw',
  'facilityPowerKw',
] as const satisfies readonly (keyof SiteRecord)[];

/** A row per site of the result, in its order, with the scenario's description of each matched by id (as workloadRecords). */
export function siteRecords(scenario: Scenario, result: EvaluationResult): SiteRecord[] {
  const evaluated = new Map(driveScenario(scenario).scenario.sites.map((s) => [s.id, s]));
  return siteRows(result.sites).map((row): SiteRecord => {
    const site = evaluated.get(row.id);
    return {
      id: row.id,
      name: site?.name ?? null,
      tier: site?.tier ?? null,
      jurisdiction: site?.jurisdiction ?? null,
      acceleratorId: site?.compute.acceleratorId ?? null,
      acceleratorCount: site?.compute.count ?? null,
      deviceCount: site?.tier === 'device' ? (site.deviceCount ?? 1) : null,
      pue: site?.pue ?? null,
      utilisation: row.utilisation,
      saturated: row.saturated,
      requestsPerSecond: row.requestsPerSecond,
      itPowerKw: row.itPowerKw,
      facilityPowerKw: row.facilityPowerKw,
    };
  });
}
