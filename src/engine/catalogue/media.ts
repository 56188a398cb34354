import { figure, type Figure } from './figure';

/**
 * Link media. One-way figures per traversal of a link; capacities per direction.
 * Each number is a default the user can override through the scenario's
 * assumption overrides (key `medium.<id>.<field>`).
 */
export const MEDIUM_IDS = [
  '5g-embb',
  '5g-urllc',
  'wifi-6',
  'metro-fibre',
  'long-haul-fibre',
  'internet',
  'on-demand-interconnect',
] as const;
export type MediumId = (typeof MEDIUM_IDS)[number];

export interface MediumSpec {
  readonly label: string;
  /** Radio media carry device traffic at a per-device rate; wired media do not. */
  readonly kind: 'radio' | 'wired';
  /** One-way propagation delay per km of path. */
  readonly propagationUsPerKm: Figure;
  /** Path length ÷ great-circle distance, used when a link has no explicit length. */
  readonly routeFactor: Figure;
  /** Path length assumed when a link has no explicit length and an end has no coordinates yet. */
  readonly unplacedLengthKm: Figure;
  /** Fixed one-way latency per traversal: radio scheduling and processing, or switching and peering. */
  readonly accessLatencyMs: Figure;
  /** Standard deviation of that fixed latency, for the tail estimate. */
  readonly jitterMs: Figure;
  /** Rate one device gets uplink (radio only); serialisation uses min(this, link capacity). */
  readonly uplinkPerDeviceMbps: Figure;
  /** Rate one device gets downlink (radio only). */
  readonly downlinkPerDeviceMbps: Figure;
  /** Capacity per direction given to a new link of this medium. */
  readonly defaultCapacityMbps: Figure;
  /** Recurring charge for the link (lease, port, slice premium). */
  readonly costUsdPerMonth: Figure;
  /** Usage charge per GB carried, both directions. */
  readonly costUsdPerGb: Figure;
  /** Network electricity per GB carried, end to end for this kind of network. */
  readonly energyKwhPerGb: Figure;
}

const FIBRE_US_PER_KM = figure(
  4.897,
  'µs/km',
  'Single-mode fibre at 1550 nm, group index 1.4682 (Corning SMF-28); ephotonics.com latency calculator',
  'M',
);
const AIR_US_PER_KM = figure(3.337, 'µs/km', 'Speed of light in air (physics)', 'U');
const NOT_RADIO = figure(0, 'Mbit/s', 'Wired medium: no per-device radio limit', 'U');

export const MEDIA: Record<MediumId, MediumSpec> = {
  '5g-embb': {
    label: '5G eMBB',
    kind: 'radio',
    propagationUsPerKm: AIR_US_PER_KM,
    routeFactor: figure(1, '×', 'Radio path is line of sight to the cell', 'U'),
    unplacedLengthKm: figure(
      0.5,
      'km',
      'Urban macro cell: 500 m inter-site distance (3GPP TR 38.901, UMa layout); place the site for its real distance',
      'L',
    ),
    accessLatencyMs: figure(10, 'ms', 'Measured 5G NSA one-way 7–18 ms (Rohde & Schwarz, Munich, 2022); ITU-R M.2410 target is 4 ms', 'M'),
    jitterMs: figure(3, 'ms', 'Spread of the measured one-way range above (Rohde & Schwarz, 2022)', 'L'),
    uplinkPerDeviceMbps: figure(50, 'Mbit/s', 'ITU-R M.2410 user-experienced uplink rate, 5th percentile, dense urban', 'H'),
    downlinkPerDeviceMbps: figure(100, 'Mbit/s', 'ITU-R M.2410 user-experienced downlink rate, 5th percentile', 'H'),
    defaultCapacityMbps: figure(500, 'Mbit/s', 'Typical shared uplink capacity of a 5G cell sector; set your own', 'U'),
    costUsdPerMonth: figure(0, 'USD/month', 'Public eMBB service: charged per GB, no fixed fee', 'U'),
    costUsdPerGb: figure(0.5, 'USD/GB', 'No published enterprise IoT rate; set your own', 'U'),
    energyKwhPerGb: figure(
      0.14,
      'kWh/GB',
      'Mobile network energy intensity 0.14 kWh/GB (EU ICT impact study, 2020); 5G radio alone ~0.01',
      'M',
    ),
  },
  '5g-urllc': {
    label: '5G URLLC slice',
    kind: 'radio',
    propagationUsPerKm: AIR_US_PER_KM,
    routeFactor: figure(1, '×', 'Radio path is line of sight to the cell', 'U'),
    unplacedLengthKm: figure(
      0.5,
      'km',
      'Urban macro cell: 500 m inter-site distance (3GPP TR 38.901, UMa layout); place the site for its real distance',
      'L',
    ),
    accessLatencyMs: figure(1, 'ms', 'ITU-R M.2410 URLLC user-plane latency target, one-way', 'H'),
    jitterMs: figure(0.2, 'ms', '3GPP TR 38.913: 99.999 % of packets within 1 ms', 'M'),
    uplinkPerDeviceMbps: figure(50, 'Mbit/s', 'ITU-R M.2410 user-experienced uplink rate, 5th percentile', 'H'),
    downlinkPerDeviceMbps: figure(100, 'Mbit/s', 'ITU-R M.2410 user-experienced downlink rate, 5th percentile', 'H'),
    defaultCapacityMbps: figure(100, 'Mbit/s', 'Capacity reserved for the slice; set your own', 'U'),
    costUsdPerMonth: figure(1000, 'USD/month', 'Slice premium: none published, set your own', 'U'),
    costUsdPerGb: figure(0.5, 'USD/GB', 'No published enterprise IoT rate; set your own', 'U'),
    energyKwhPerGb: figure(
      0.14,
      'kWh/GB',
      'Mobile network energy intensity 0.14 kWh/GB (EU ICT impact study, 2020); 5G radio alone ~0.01',
      'M',
    ),
  },
  'wifi-6': {
    label: 'Wi-Fi 6',
    kind: 'radio',
    propagationUsPerKm: AIR_US_PER_KM,
    routeFactor: figure(1, '×', 'Radio path is line of sight to the access point', 'U'),
    unplacedLengthKm: figure(0.03, 'km', 'Indoor access-point coverage of tens of metres; place the site for its real distance', 'U'),
    accessLatencyMs: figure(3, 'ms', 'Wi-Fi 6 with interfering traffic: p99 < 10 ms at 80 MHz (measurement study)', 'M'),
    jitterMs: figure(2, 'ms', 'Wi-Fi 6 measurement study: p99 < 10 ms', 'L'),
    uplinkPerDeviceMbps: figure(200, 'Mbit/s', 'Typical Wi-Fi 6 client throughput at 80 MHz', 'U'),
    downlinkPerDeviceMbps: figure(300, 'Mbit/s', 'Typical Wi-Fi 6 client throughput at 80 MHz', 'U'),
    defaultCapacityMbps: figure(1000, 'Mbit/s', 'Shared capacity of one Wi-Fi 6 access point', 'U'),
    costUsdPerMonth: figure(0, 'USD/month', 'Owned on-premises network', 'U'),
    costUsdPerGb: figure(0, 'USD/GB', 'Owned on-premises network', 'U'),
    energyKwhPerGb: figure(0.03, 'kWh/GB', 'Fixed network energy intensity 0.03 kWh/GB (EU ICT impact study, 2020)', 'M'),
  },
  'metro-fibre': {
    label: 'Metro fibre',
    kind: 'wired',
    propagationUsPerKm: FIBRE_US_PER_KM,
    routeFactor: figure(2.1, '×', 'Fibre path vs great-circle, measured rule of thumb (Bozkurt et al., arXiv 1811.10737)', 'H'),
    unplacedLengthKm: figure(30, 'km', 'A span across a metro area; place both sites for the real distance', 'U'),
    accessLatencyMs: figure(0.1, 'ms', 'Optical transport and switching per link', 'U'),
    jitterMs: figure(0.05, 'ms', 'Managed optical transport', 'U'),
    uplinkPerDeviceMbps: NOT_RADIO,
    downlinkPerDeviceMbps: NOT_RADIO,
    defaultCapacityMbps: figure(10_000, 'Mbit/s', 'A 10G metro wavelength', 'U'),
    costUsdPerMonth: figure(2000, 'USD/month', 'Leased 10G metro wavelength; no public tariff, set your own', 'U'),
    costUsdPerGb: figure(0, 'USD/GB', 'Leased capacity is flat-rate', 'U'),
    energyKwhPerGb: figure(0.03, 'kWh/GB', 'Fixed network energy intensity 0.03 kWh/GB (EU ICT impact study, 2020)', 'M'),
  },
  'long-haul-fibre': {
    label: 'Long-haul fibre',
    kind: 'wired',
    propagationUsPerKm: FIBRE_US_PER_KM,
    routeFactor: figure(1.6, '×', 'Fit to 1,519 measured Azure inter-region RTTs (shared/data/latency); Bozkurt et al. give 1.3–2.1', 'D'),
    unplacedLengthKm: figure(500, 'km', 'A span between neighbouring metros; place both sites for the real distance', 'U'),
    accessLatencyMs: figure(4, 'ms', 'Fixed one-way overhead in the same fit to measured Azure inter-region RTTs (median error 12 %)', 'D'),
    jitterMs: figure(0.5, 'ms', 'Backbone jitter on a managed path', 'U'),
    uplinkPerDeviceMbps: NOT_RADIO,
    downlinkPerDeviceMbps: NOT_RADIO,
    defaultCapacityMbps: figure(100_000, 'Mbit/s', 'A 100G long-haul wavelength', 'U'),
    costUsdPerMonth: figure(10_000, 'USD/month', 'Leased 100G long-haul wavelength; no public tariff, set your own', 'U'),
    costUsdPerGb: figure(0, 'USD/GB', 'Leased capacity is flat-rate', 'U'),
    energyKwhPerGb: figure(0.03, 'kWh/GB', 'Fixed network energy intensity 0.03 kWh/GB (EU ICT impact study, 2020)', 'M'),
  },
  internet: {
    label: 'Public internet',
    kind: 'wired',
    propagationUsPerKm: FIBRE_US_PER_KM,
    routeFactor: figure(2.1, '×', 'Fibre path vs great-circle, measured rule of thumb (Bozkurt et al., arXiv 1811.10737)', 'H'),
    unplacedLengthKm: figure(500, 'km', 'A span between neighbouring metros; place both sites for the real distance', 'U'),
    accessLatencyMs: figure(6, 'ms', 'FTTH access RTT 11.5–14.7 ms (FCC Measuring Broadband America 2016), halved', 'M'),
    jitterMs: figure(6, 'ms', 'Access latency std dev ~6–7 ms (SD-WAN vendor measurements)', 'L'),
    uplinkPerDeviceMbps: NOT_RADIO,
    downlinkPerDeviceMbps: NOT_RADIO,
    defaultCapacityMbps: figure(1000, 'Mbit/s', 'A 1G internet access port', 'U'),
    costUsdPerMonth: figure(500, 'USD/month', 'A 1G dedicated internet access port; set your own', 'U'),
    costUsdPerGb: figure(0, 'USD/GB', 'Flat-rate access port', 'U'),
    energyKwhPerGb: figure(0.03, 'kWh/GB', 'Fixed network energy intensity 0.03 kWh/GB (EU ICT impact study, 2020)', 'M'),
  },
  'on-demand-interconnect': {
    label: 'On-demand interconnect',
    kind: 'wired',
    propagationUsPerKm: FIBRE_US_PER_KM,
    routeFactor: figure(1.6, '×', 'Same fit as long-haul fibre (shared/data/latency)', 'D'),
    unplacedLengthKm: figure(500, 'km', 'A path between neighbouring metros; place both sites for the real distance', 'U'),
    accessLatencyMs: figure(1, 'ms', 'Exchange fabric and cross-connects', 'U'),
    jitterMs: figure(0.2, 'ms', 'Managed layer-2 path', 'U'),
    uplinkPerDeviceMbps: NOT_RADIO,
    downlinkPerDeviceMbps: NOT_RADIO,
    defaultCapacityMbps: figure(10_000, 'Mbit/s', 'A 10G port', 'U'),
    costUsdPerMonth: figure(1642.5, 'USD/month', 'AWS Direct Connect 10G port $2.25/h × 730 h (AWS pricing summaries)', 'M'),
    costUsdPerGb: figure(0.02, 'USD/GB', 'AWS Direct Connect data transfer out $0.02–0.04/GB', 'M'),
    energyKwhPerGb: figure(0.03, 'kWh/GB', 'Fixed network energy intensity 0.03 kWh/GB (EU ICT impact study, 2020)', 'M'),
  },
};
