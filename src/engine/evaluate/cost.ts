import { ACCELERATORS } from '../catalogue/accelerators';
import { EGRESS_TARIFFS, type EgressTariffId } from '../catalogue/economics';
import { acceleratorKey, egressBandKey, GLOBAL_KEYS } from '../catalogue/registry';
import { TIERS } from '../catalogue/tiers';
import { gbPerMonth } from '../model/units';
import type { Parameters } from '../parameters';
import type { CostLine, CostSummary } from '../result';
import type { Scenario } from '../scenario/schema';
import type { LinkLoads } from './flows';
import type { PreparedNetwork } from './network';

// Enough decimals that a catalogue price prints as used ($12.29/h, $0.8048/h), so a
// formula reproduces its line; whole cents for larger sums.
const usd = (x: number) => `$${x.toLocaleString('en-US', { maximumFractionDigits: x < 100 ? 4 : 2 })}`;
const gb = (x: number) => `${x.toLocaleString('en-US', { maximumFractionDigits: 1 })} GB`;

/** Price of `volumeGb` in one month under a tiered tariff, band by band. */
export function tieredEgressUsd(volumeGb: number, bands: readonly { sizeGb: number; usdPerGb: number }[]): number {
  let left = volumeGb;
  let total = 0;
  for (const band of bands) {
    if (left <= 0) break;
    const inBand = Math.min(left, band.sizeGb);
    total += inBand * band.usdPerGb;
    left -= inBand;
  }
  return total;
}

function computeLines(scenario: Scenario, params: Parameters, sitePowerKw: Float64Array): CostLine[] {
  const hours = params.get(GLOBAL_KEYS.hoursPerMonth);
  const lines: CostLine[] = [];
  scenario.sites.forEach((site, i) => {
    const acc = site.compute.acceleratorId;
    if (site.compute.count === 0 || acc === 'none') return;
    const units = site.compute.count * (site.tier === 'device' ? (site.deviceCount ?? 1) : 1);
    const pricing = site.pricing ?? TIERS[site.tier].defaultPricing;
    const name = ACCELERATORS[acc].label;
    const base = { category: 'compute' as const, elementId: site.id };
    if (pricing === 'excluded') {
      lines.push({
        ...base,
        label: `${site.name}: ${units} × ${name}`,
        usdPerMonth: 0,
        formula: 'Excluded: hardware owned by the device users',
      });
    } else if (pricing === 'onDemand') {
      const rate = params.get(acceleratorKey(acc, 'onDemandUsdPerHour'));
      const cost = units * rate * hours;
      const formula = rate === 0 ? `${name} is not offered on demand: price it as owned` : `${units} × ${usd(rate)}/h × ${hours} h`;
      lines.push({ ...base, label: `${site.name}: ${units} × ${name} on demand`, usdPerMonth: cost, formula });
    } else {
      const price = params.get(acceleratorKey(acc, 'purchaseUsd'));
      const months = params.get(GLOBAL_KEYS.amortisationMonths);
      const kwh = params.get(GLOBAL_KEYS.electricityUsdPerKwh);
      const amortised = (units * price) / months;
      const energy = sitePowerKw[i] * hours * kwh;
      lines.push({
        ...base,
        label: `${site.name}: ${units} × ${name} owned`,
        usdPerMonth: amortised + energy,
        formula: `${units} × ${usd(price)} ÷ ${months} months + ${sitePowerKw[i].toPrecision(3)} kW × ${hours} h × ${usd(kwh)}/kWh`,
      });
    }
  });
  return lines;
}

function transportLines(network: PreparedNetwork, loads: LinkLoads, hours: number): CostLine[] {
  return network.links.map((link) => {
    const volume = gbPerMonth(loads.mbps[link.index * 2] + loads.mbps[link.index * 2 + 1], hours);
    return {
      category: 'transport' as const,
      elementId: link.id,
      label: `${link.id} (${link.medium})`,
      usdPerMonth: link.costUsdPerMonth + volume * link.costUsdPerGb,
      formula: `${usd(link.costUsdPerMonth)}/month + ${gb(volume)} × ${usd(link.costUsdPerGb)}/GB`,
    };
  });
}

/**
 * Data leaving a cloud region: to another region at the inter-region rate, to
 * anywhere else at the region's tiered internet egress price. An on-demand
 * interconnect carries its own per-GB rate instead (as Direct Connect does).
 */
function egressLines(scenario: Scenario, network: PreparedNetwork, loads: LinkLoads, params: Parameters, hours: number) {
  const internetGb = new Map<number, number>();
  const interRegionGb = new Map<number, number>();
  for (const link of network.links) {
    if (link.medium === 'on-demand-interconnect') continue;
    const ends: [number, number, number][] = [
      [link.from, link.to, link.index * 2],
      [link.to, link.from, link.index * 2 + 1],
    ];
    for (const [out, into, slot] of ends) {
      if (scenario.sites[out].tier !== 'cloud' || loads.mbps[slot] === 0) continue;
      const target = scenario.sites[into].tier === 'cloud' ? interRegionGb : internetGb;
      target.set(out, (target.get(out) ?? 0) + gbPerMonth(loads.mbps[slot], hours));
    }
  }
  const lines: CostLine[] = [];
  let totalGb = 0;
  for (const [siteIndex, volume] of internetGb) {
    const site = scenario.sites[siteIndex];
    const tariffId: EgressTariffId = site.egressTariff ?? 'aws';
    const bands = EGRESS_TARIFFS[tariffId].bands.map((band, i) => ({
      sizeGb: band.sizeGb,
      usdPerGb: params.get(egressBandKey(tariffId, i)),
    }));
    totalGb += volume;
    lines.push({
      category: 'egress',
      elementId: site.id,
      label: `${site.name}: internet egress`,
      usdPerMonth: tieredEgressUsd(volume, bands),
      formula: `${gb(volume)} at ${EGRESS_TARIFFS[tariffId].label} tiers (${bands.map((b) => usd(b.usdPerGb)).join(' / ')} per GB)`,
    });
  }
  if (interRegionGb.size > 0) {
    const rate = params.get(GLOBAL_KEYS.interRegionUsdPerGb);
    for (const [siteIndex, volume] of interRegionGb) {
      const site = scenario.sites[siteIndex];
      totalGb += volume;
      lines.push({
        category: 'egress',
        elementId: site.id,
        label: `${site.name}: inter-region transfer`,
        usdPerMonth: volume * rate,
        formula: `${gb(volume)} × ${usd(rate)}/GB`,
      });
    }
  }
  return { lines, totalGb };
}

export function monthlyCost(
  scenario: Scenario,
  network: PreparedNetwork,
  loads: LinkLoads,
  params: Parameters,
  sitePowerKw: Float64Array,
): CostSummary {
  const hours = params.get(GLOBAL_KEYS.hoursPerMonth);
  const egress = egressLines(scenario, network, loads, params, hours);
  const lines = [...computeLines(scenario, params, sitePowerKw), ...transportLines(network, loads, hours), ...egress.lines];
  const sum = (category: CostLine['category']) => lines.filter((l) => l.category === category).reduce((t, l) => t + l.usdPerMonth, 0);
  const computeUsdPerMonth = sum('compute');
  const transportUsdPerMonth = sum('transport');
  const egressUsdPerMonth = sum('egress');
  return {
    computeUsdPerMonth,
    transportUsdPerMonth,
    egressUsdPerMonth,
    totalUsdPerMonth: computeUsdPerMonth + transportUsdPerMonth + egressUsdPerMonth,
    egressGbPerMonth: egress.totalGb,
    lines,
  };
}
