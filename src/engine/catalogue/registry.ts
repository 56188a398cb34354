import { ACCELERATORS, ACCELERATOR_IDS, type AcceleratorSpec } from './accelerators';
import {
  AMORTISATION_MONTHS,
  EGRESS_TARIFFS,
  EGRESS_TARIFF_IDS,
  ELECTRICITY_USD_PER_KWH,
  HOURS_PER_MONTH,
  INFERENCE_EFFICIENCY,
  INTER_REGION_USD_PER_GB,
  BURST_USD_PER_GBPS_HOUR,
  SLICE_PREMIUM_USD_PER_MBPS_MONTH,
} from './economics';
import { DATA_PER_DEVICE_GROWTH_PER_YEAR, DEVICE_COUNT_GROWTH_PER_YEAR, DIURNAL_PROFILE_SOURCE, GROWTH_BASE_YEAR } from './traffic';
import { figure, type Figure } from './figure';
import { MEDIA, MEDIUM_IDS, type MediumSpec } from './media';
import { TARGET_UTILISATION } from './projections';

/** A catalogue default under the key users override it by, with a readable label. */
export interface CatalogueEntry {
  readonly key: string;
  readonly label: string;
  readonly figure: Figure;
}

type FigureFields<T> = { [K in keyof T]: T[K] extends Figure ? K : never }[keyof T] & string;

const MEDIUM_FIELDS: Record<FigureFields<MediumSpec>, string> = {
  propagationUsPerKm: 'propagation delay',
  routeFactor: 'route factor',
  unplacedLengthKm: 'length when an end is not on the map',
  accessLatencyMs: 'access latency, one way',
  jitterMs: 'jitter (std dev)',
  uplinkPerDeviceMbps: 'uplink rate per device',
  downlinkPerDeviceMbps: 'downlink rate per device',
  defaultCapacityMbps: 'default capacity',
  costUsdPerMonth: 'recurring charge',
  costUsdPerGb: 'usage charge',
  energyKwhPerGb: 'network energy per GB',
};

const ACCELERATOR_FIELDS: Record<FigureFields<AcceleratorSpec>, string> = {
  peakTeraOpsPerSecond: 'peak dense throughput',
  maxPowerW: 'power at full load',
  idlePowerW: 'idle power',
  onDemandUsdPerHour: 'cloud on-demand price',
  purchaseUsd: 'purchase price',
};

export const mediumKey = (id: string, field: FigureFields<MediumSpec>) => `medium.${id}.${field}`;
export const acceleratorKey = (id: string, field: FigureFields<AcceleratorSpec>) => `accelerator.${id}.${field}`;
export const egressBandKey = (tariff: string, band: number) => `egress.${tariff}.band${band + 1}.usdPerGb`;

export const GLOBAL_KEYS = {
  hoursPerMonth: 'economics.hoursPerMonth',
  electricityUsdPerKwh: 'economics.electricityUsdPerKwh',
  amortisationMonths: 'economics.amortisationMonths',
  inferenceEfficiency: 'compute.inferenceEfficiency',
  interRegionUsdPerGb: 'transfer.interRegionUsdPerGb',
  slicePremiumUsdPerMbpsMonth: 'slice.premiumUsdPerMbpsMonth',
  burstUsdPerGbpsHour: 'burst.usdPerGbpsHour',
  busyHourFactor: 'traffic.busyHourFactor',
  growthBaseYear: 'growth.baseYear',
  dataPerDeviceGrowthPerYear: 'growth.dataPerDevicePerYear',
  deviceCountGrowthPerYear: 'growth.deviceCountPerYear',
  targetUtilisation: 'projection.targetUtilisation',
} as const;

function buildCatalogue(): Map<string, CatalogueEntry> {
  const entries = new Map<string, CatalogueEntry>();
  const add = (key: string, label: string, f: Figure) => entries.set(key, { key, label, figure: f });

  add(GLOBAL_KEYS.hoursPerMonth, 'Hours in a billing month', HOURS_PER_MONTH);
  add(GLOBAL_KEYS.electricityUsdPerKwh, 'Electricity price', ELECTRICITY_USD_PER_KWH);
  add(GLOBAL_KEYS.amortisationMonths, 'Owned hardware amortisation', AMORTISATION_MONTHS);
  add(GLOBAL_KEYS.inferenceEfficiency, 'Achieved share of peak accelerator throughput', INFERENCE_EFFICIENCY);
  add(GLOBAL_KEYS.interRegionUsdPerGb, 'Cloud inter-region transfer', INTER_REGION_USD_PER_GB);
  add(GLOBAL_KEYS.slicePremiumUsdPerMbpsMonth, 'URLLC slice premium per reserved Mbit/s', SLICE_PREMIUM_USD_PER_MBPS_MONTH);
  add(GLOBAL_KEYS.burstUsdPerGbpsHour, 'On-demand burst capacity price', BURST_USD_PER_GBPS_HOUR);
  add(GLOBAL_KEYS.busyHourFactor, 'Busy-hour traffic ÷ daily mean (scales the daily profile)', DIURNAL_PROFILE_SOURCE);
  add(GLOBAL_KEYS.growthBaseYear, 'Year the scenario as drawn describes', GROWTH_BASE_YEAR);
  add(GLOBAL_KEYS.dataPerDeviceGrowthPerYear, 'Inference traffic growth per device', DATA_PER_DEVICE_GROWTH_PER_YEAR);
  add(GLOBAL_KEYS.deviceCountGrowthPerYear, 'Device count growth', DEVICE_COUNT_GROWTH_PER_YEAR);
  add(GLOBAL_KEYS.targetUtilisation, 'Link utilisation that projected capacity is planned for', TARGET_UTILISATION);

  for (const id of MEDIUM_IDS) {
    const spec = MEDIA[id];
    for (const [field, what] of Object.entries(MEDIUM_FIELDS)) {
      const f = spec[field as FigureFields<MediumSpec>];
      add(mediumKey(id, field as FigureFields<MediumSpec>), `${spec.label}: ${what}`, f);
    }
  }
  for (const id of ACCELERATOR_IDS) {
    const spec = ACCELERATORS[id];
    for (const [field, what] of Object.entries(ACCELERATOR_FIELDS)) {
      const f = spec[field as FigureFields<AcceleratorSpec>];
      add(acceleratorKey(id, field as FigureFields<AcceleratorSpec>), `${spec.label}: ${what}`, f);
    }
  }
  for (const id of EGRESS_TARIFF_IDS) {
    const tariff = EGRESS_TARIFFS[id];
    let fromGb = 0;
    tariff.bands.forEach((band, i) => {
      const range = Number.isFinite(band.sizeGb) ? `${fromGb}–${fromGb + band.sizeGb} GB` : `above ${fromGb} GB`;
      add(egressBandKey(id, i), `${tariff.label}: ${range}`, figure(band.usdPerGb, 'USD/GB', tariff.source, tariff.confidence));
      fromGb += band.sizeGb;
    });
  }
  return entries;
}

/** Every default the engine can use, by key. */
export const CATALOGUE: ReadonlyMap<string, CatalogueEntry> = buildCatalogue();
