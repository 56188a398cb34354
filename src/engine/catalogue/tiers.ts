import { figure, type Figure } from './figure';

export const TIER_IDS = ['device', 'farEdge', 'nearEdge', 'regionalDc', 'cloud'] as const;
export type TierId = (typeof TIER_IDS)[number];

export type ComputePricing = 'onDemand' | 'owned' | 'excluded';

export interface TierSpec {
  readonly label: string;
  readonly short: string;
  readonly defaultPue: Figure;
  /** How compute at this tier is paid for unless the site says otherwise. */
  readonly defaultPricing: ComputePricing;
}

export const TIERS: Record<TierId, TierSpec> = {
  device: {
    label: 'Device group',
    short: 'Device',
    defaultPue: figure(1, '×', 'No facility overhead on a device', 'U'),
    defaultPricing: 'excluded',
  },
  farEdge: {
    label: 'Far edge (on-premises)',
    short: 'Far edge',
    defaultPue: figure(1.8, '×', 'Small on-premises server room; between edge ~2.0 and the 1.56 average', 'U'),
    defaultPricing: 'owned',
  },
  nearEdge: {
    label: 'Near edge (telco MEC)',
    short: 'Near edge',
    defaultPue: figure(2, '×', 'Telecom edge site PUE ~2.0 (industry analysis, 2023)', 'L'),
    defaultPricing: 'owned',
  },
  regionalDc: {
    label: 'Regional data centre',
    short: 'Regional DC',
    defaultPue: figure(1.56, '×', 'Average data-centre PUE 2024 (Uptime Institute global survey)', 'H'),
    defaultPricing: 'owned',
  },
  cloud: {
    label: 'Cloud region',
    short: 'Cloud',
    defaultPue: figure(1.1, '×', 'Hyperscale PUE ~1.1 (Uptime Institute, 2024)', 'M'),
    defaultPricing: 'onDemand',
  },
};
