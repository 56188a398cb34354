import { figure } from './figure';

/** Billing month used by the cloud providers' price lists. */
export const HOURS_PER_MONTH = figure(730, 'h/month', 'AWS billing convention (8,760 h ÷ 12)', 'H');

export const ELECTRICITY_USD_PER_KWH = figure(
  0.13,
  'USD/kWh',
  'US average commercial electricity price, 2024 (EIA Electric Power Monthly)',
  'M',
);

export const AMORTISATION_MONTHS = figure(48, 'months', 'Straight-line life of owned servers (4 years)', 'U');

/** Share of an accelerator's peak throughput that inference actually achieves. */
export const INFERENCE_EFFICIENCY = figure(
  0.3,
  'fraction',
  'Batch-1 inference rarely exceeds 30 % of peak tensor throughput; set your own measured value',
  'L',
);

export const EGRESS_TARIFF_IDS = ['aws', 'azure', 'gcp-premium', 'gcp-standard'] as const;
export type EgressTariffId = (typeof EGRESS_TARIFF_IDS)[number];

/** One band of a tiered egress price: the next `sizeGb` (Infinity for the last) at `usdPerGb`. */
export interface EgressBand {
  readonly sizeGb: number;
  readonly usdPerGb: number;
}

export interface EgressTariff {
  readonly label: string;
  readonly bands: readonly EgressBand[];
  readonly source: string;
  readonly confidence: 'H' | 'M' | 'L';
}

export const EGRESS_TARIFFS: Record<EgressTariffId, EgressTariff> = {
  aws: {
    label: 'AWS internet egress (US)',
    bands: [
      { sizeGb: 100, usdPerGb: 0 },
      { sizeGb: 10_240 - 100, usdPerGb: 0.09 },
      { sizeGb: 40_960, usdPerGb: 0.085 },
      { sizeGb: 102_400, usdPerGb: 0.07 },
      { sizeGb: Infinity, usdPerGb: 0.05 },
    ],
    source: 'AWS pricing: first 100 GB free; $0.09 to 10 TB, $0.085 next 40 TB, $0.07 next 100 TB, $0.05 beyond',
    confidence: 'M',
  },
  azure: {
    label: 'Azure internet egress',
    bands: [
      { sizeGb: 100, usdPerGb: 0 },
      { sizeGb: Infinity, usdPerGb: 0.087 },
    ],
    source: 'Azure pricing summaries: ~$0.087/GB for the first 10 TB after 100 GB free (flat beyond)',
    confidence: 'M',
  },
  'gcp-premium': {
    label: 'GCP premium-tier egress',
    bands: [
      { sizeGb: 1024, usdPerGb: 0.12 },
      { sizeGb: 9216, usdPerGb: 0.11 },
      { sizeGb: Infinity, usdPerGb: 0.08 },
    ],
    source: 'GCP pricing summaries: $0.12/GB (0–1 TB), $0.11 (1–10 TB), $0.08 (10 TB+)',
    confidence: 'M',
  },
  'gcp-standard': {
    label: 'GCP standard-tier egress',
    bands: [
      { sizeGb: 1024, usdPerGb: 0.085 },
      { sizeGb: 9216, usdPerGb: 0.065 },
      { sizeGb: Infinity, usdPerGb: 0.045 },
    ],
    source: 'GCP pricing summaries: $0.085 / $0.065 / $0.045 per GB',
    confidence: 'M',
  },
};

export const INTER_REGION_USD_PER_GB = figure(0.02, 'USD/GB', 'AWS inter-region transfer, typical', 'M');

/** Premium for capacity reserved in a URLLC slice; no operator publishes one. */
export const SLICE_PREMIUM_USD_PER_MBPS_MONTH = figure(
  5,
  'USD/(Mbit/s·month)',
  'No published 5G slice price: set your own (figures.md §5 gap)',
  'U',
);

/** Price of on-demand burst capacity on an interconnect, per Gbit/s and hour it is up. */
export const BURST_USD_PER_GBPS_HOUR = figure(
  0.3,
  'USD/(Gbit/s·h)',
  'Scaled from AWS Direct Connect 10G port $2.25/h ($0.225 per Gbit/s·h) plus an on-demand margin; Equinix and Megaport publish structure, not prices',
  'L',
);
