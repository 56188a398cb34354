import { ACCELERATORS } from '../catalogue/accelerators';
import { EGRESS_TARIFFS, type EgressTariffId } from '../catalogue/economics';
import { acceleratorKey, egressBandKey, GLOBAL_KEYS } from '../catalogue/registry';
import { TIERS } from '../catalogue/tiers';
import { SECONDS_PER_HOUR } from '../model/units';
import type { Parameters } from '../parameters';
import type { Scenario } from '../scenario/schema';
import type { PreparedNetwork } from '../evaluate/network';

export interface EgressBand {
  readonly sizeGb: number;
  readonly usdPerGb: number;
}

/**
 * The prices and power figures the cost and energy of one site or link
 * depend on, read once. Each formula below is the engine's own, term for term
 * and in the same order (cost.ts, energy.ts, power.ts), so that a change in one
 * element's load changes the totals by exactly what the engine would.
 */
export class ElementModel {
  readonly hoursPerMonth: number;
  readonly electricityUsdPerKwh: number;
  readonly burstUsdPerGbpsHour: number;
  readonly interRegionUsdPerGb: number;
  /** GB in a month per (message per second × bit), as cost.ts's gbPerBitRate. */
  readonly gbPerBitRate: number;
  /** Per site: 1 where power.ts gives the site a power draw. */
  readonly powered: Uint8Array;
  /** Per site: accelerators drawing power (× devices for a device group). */
  readonly units: Float64Array;
  /** Per site: W drawn at zero load that counts (0 for devices, which are on anyway). */
  readonly baselineW: Float64Array;
  /** Per site: W between idle and full load. */
  readonly spanW: Float64Array;
  readonly pue: Float64Array;
  /** Per site: 1 where owned hardware pays for its electricity. */
  readonly owned: Uint8Array;
  /** Per site: the internet egress bands of a cloud region (empty elsewhere). */
  readonly egressBands: readonly (readonly EgressBand[])[];
  /** Whether every price and power span is ≥ 0, so cost only grows with load. */
  readonly costGrowsWithLoad: boolean;
  /** Whether every energy figure is ≥ 0, so energy only grows with load. */
  readonly energyGrowsWithLoad: boolean;

  constructor(scenario: Scenario, network: PreparedNetwork, params: Parameters) {
    const n = scenario.sites.length;
    this.hoursPerMonth = params.get(GLOBAL_KEYS.hoursPerMonth);
    this.electricityUsdPerKwh = params.get(GLOBAL_KEYS.electricityUsdPerKwh);
    this.burstUsdPerGbpsHour = params.get(GLOBAL_KEYS.burstUsdPerGbpsHour);
    this.interRegionUsdPerGb = params.get(GLOBAL_KEYS.interRegionUsdPerGb);
    this.gbPerBitRate = (this.hoursPerMonth * SECONDS_PER_HOUR) / 8 / 1e9;
    this.powered = new Uint8Array(n);
    this.units = new Float64Array(n);
    this.baselineW = new Float64Array(n);
    this.spanW = new Float64Array(n);
    this.pue = new Float64Array(n);
    this.owned = new Uint8Array(n);
    const bandsByTariff = new Map<EgressTariffId, EgressBand[]>();
    const bands: EgressBand[][] = [];
    let spansOk = true;
    scenario.sites.forEach((site, i) => {
      const acc = site.compute.acceleratorId;
      this.pue[i] = site.pue;
      if (site.compute.count > 0 && acc !== 'none') {
        this.owned[i] = (site.pricing ?? TIERS[site.tier].defaultPricing) === 'owned' ? 1 : 0;
      }
      if (site.compute.count > 0 && ACCELERATORS[acc].maxPowerW.value !== 0) {
        const idle = params.get(acceleratorKey(acc, 'idlePowerW'));
        const max = params.get(acceleratorKey(acc, 'maxPowerW'));
        this.powered[i] = 1;
        this.units[i] = site.compute.count * (site.tier === 'device' ? (site.deviceCount ?? 1) : 1);
        this.baselineW[i] = site.tier === 'device' ? 0 : idle;
        this.spanW[i] = max - idle;
        if (this.spanW[i] < 0) spansOk = false;
      }
      if (site.tier === 'cloud') {
        const tariff: EgressTariffId = site.egressTariff ?? 'aws';
        let list = bandsByTariff.get(tariff);
        if (list === undefined) {
          list = EGRESS_TARIFFS[tariff].bands.map((band, b) => ({ sizeGb: band.sizeGb, usdPerGb: params.get(egressBandKey(tariff, b)) }));
          bandsByTariff.set(tariff, list);
        }
        bands.push(list);
      } else bands.push([]);
    });
    this.egressBands = bands;
    const bandsOk = [...bandsByTariff.values()].every((list) => list.every((b) => b.usdPerGb >= 0));
    const perGbOk = network.costUsdPerGb.every((x) => x >= 0);
    this.costGrowsWithLoad =
      spansOk && bandsOk && perGbOk && this.electricityUsdPerKwh >= 0 && this.burstUsdPerGbpsHour >= 0 && this.interRegionUsdPerGb >= 0;
    this.energyGrowsWithLoad = spansOk && network.links.every((l) => l.params.energyKwhPerGb >= 0);
  }

  /** Facility power of a site at an accelerator utilisation, kW (power.ts). */
  facilityKw(site: number, utilisation: number): number {
    if (this.powered[site] === 0) return 0;
    const load = Math.min(1, utilisation);
    const itKw = (this.units[site] * (this.baselineW[site] + load * this.spanW[site])) / 1000;
    return itKw * this.pue[site];
  }

  /** Monthly electricity a site's compute line charges at a facility power (cost.ts: kw × hours × $/kWh). */
  electricityUsd(site: number, facilityKw: number): number {
    return this.owned[site] === 1 ? facilityKw * this.hoursPerMonth * this.electricityUsdPerKwh : 0;
  }

  /**
   * The lowest price per GB the region's internet egress charges for any GB
   * past `volumeGb`: tiered prices fall with volume, so more GB beyond it
   * cost at least this each.
   */
  egressFloorUsdPerGb(site: number, volumeGb: number): number {
    let start = 0;
    let floor = Infinity;
    for (const band of this.egressBands[site]) {
      if (start + band.sizeGb > volumeGb) floor = Math.min(floor, band.usdPerGb);
      start += band.sizeGb;
    }
    return Number.isFinite(floor) ? floor : 0;
  }

  /** Monthly charge of an on-demand burst on for `hoursPerDay` (cost.ts). */
  burstUsd(burstCapacityMbps: number, hoursPerDay: number): number {
    if (burstCapacityMbps <= 0 || hoursPerDay <= 0) return 0;
    return hoursPerDay * (this.hoursPerMonth / 24) * (burstCapacityMbps / 1000) * this.burstUsdPerGbpsHour;
  }
}
