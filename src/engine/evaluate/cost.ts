import { ACCELERATORS, type AcceleratorId } from '../catalogue/accelerators';
import { MEDIA } from '../catalogue/media';
import { EGRESS_TARIFFS, type EgressTariffId } from '../catalogue/economics';
import { acceleratorKey, egressBandKey, GLOBAL_KEYS } from '../catalogue/registry';
import { TIERS } from '../catalogue/tiers';
import { gbPerMonth, SECONDS_PER_HOUR } from '../model/units';
import type { Parameters } from '../parameters';
import type { CostLine, CostSummary } from '../result';
import type { Scenario } from '../scenario/schema';
import { serviceTimeMs, type ComputeState } from './compute';
import { SLOTS_PER_LINK, usesSliceSlot, type SlotLoads, type WorkloadFlows } from './flows';
import type { LinkQueues } from './linkQueues';
import type { PreparedLink, PreparedNetwork } from './network';

// Enough decimals that a catalogue price prints as used ($12.29/h, $0.8048/h), so a
// formula reproduces its line; whole cents for larger sums.
/**
 * Numbers in formulas: up to `decimals` places, trailing zeros dropped, thousands
 * grouped. Hand-rolled because Intl formatting dominated large evaluations.
 */
function amount(x: number, decimals: number): string {
  const scale = 10 ** decimals;
  // Dividing a whole number by a power of ten gives the double that prints shortest.
  const rounded = Math.round(x * scale) / scale;
  if (rounded < 1000) return String(rounded);
  const text = String(rounded);
  const dot = text.indexOf('.');
  let digits = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot);
  let grouped = '';
  while (digits.length > 3) {
    grouped = `,${digits.slice(-3)}${grouped}`;
    digits = digits.slice(0, -3);
  }
  return `${digits}${grouped}${fraction}`;
}
const usd = (x: number) => `$${amount(x, x < 100 ? 4 : 2)}`;
const gb = (x: number) => `${amount(x, 1)} GB`;

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

export interface CostInputs {
  readonly scenario: Scenario;
  readonly network: PreparedNetwork;
  readonly loads: SlotLoads;
  readonly queues: LinkQueues;
  readonly compute: ComputeState;
  readonly flows: readonly WorkloadFlows[];
  readonly params: Parameters;
  readonly siteFacilityKw: Float64Array;
}

/** GB in a month per (message per second × bit). */
const gbPerBitRate = (hours: number) => (hours * SECONDS_PER_HOUR) / 8 / 1e9;

function computeLines(inputs: CostInputs, lines: CostLine[], workloadUsd: Float64Array): number {
  const { scenario, params, compute, network } = inputs;
  const hours = params.get(GLOBAL_KEYS.hoursPerMonth);
  const siteUsd = new Float64Array(scenario.sites.length);
  // Prices read once per accelerator model and field, not once per site.
  const prices = { onDemandUsdPerHour: new Map<AcceleratorId, number>(), purchaseUsd: new Map<AcceleratorId, number>() };
  const price = (acc: AcceleratorId, field: keyof typeof prices) => {
    let value = prices[field].get(acc);
    if (value === undefined) {
      value = params.get(acceleratorKey(acc, field));
      prices[field].set(acc, value);
    }
    return value;
  };
  const excluded = new Map<AcceleratorId, { siteIds: string[]; firstName: string; units: number }>();
  scenario.sites.forEach((site, i) => {
    const acc = site.compute.acceleratorId;
    if (site.compute.count === 0 || acc === 'none') return;
    const units = site.compute.count * (site.tier === 'device' ? (site.deviceCount ?? 1) : 1);
    const pricing = site.pricing ?? TIERS[site.tier].defaultPricing;
    const name = ACCELERATORS[acc].label;
    let line: CostLine;
    if (pricing === 'excluded') {
      // One line per accelerator model, not one per device group: a national scenario has thousands.
      const group = excluded.get(acc);
      if (group === undefined) excluded.set(acc, { siteIds: [site.id], firstName: site.name, units });
      else {
        group.siteIds.push(site.id);
        group.units += units;
      }
      return;
    } else if (pricing === 'onDemand') {
      const rate = price(acc, 'onDemandUsdPerHour');
      const formula = rate === 0 ? `${name} is not offered on demand: price it as owned` : `${units} × ${usd(rate)}/h × ${hours} h`;
      line = {
        category: 'compute',
        elementIds: [site.id],
        label: `${site.name}: ${units} × ${name} on demand`,
        usdPerMonth: units * rate * hours,
        formula,
      };
    } else {
      const purchaseUsd = price(acc, 'purchaseUsd');
      const months = params.get(GLOBAL_KEYS.amortisationMonths);
      const kwh = params.get(GLOBAL_KEYS.electricityUsdPerKwh);
      const kw = inputs.siteFacilityKw[i];
      line = {
        category: 'compute',
        elementIds: [site.id],
        label: `${site.name}: ${units} × ${name} owned`,
        usdPerMonth: (units * purchaseUsd) / months + kw * hours * kwh,
        formula: `${units} × ${usd(purchaseUsd)} ÷ ${months} months + ${kw.toPrecision(3)} kW × ${hours} h × ${usd(kwh)}/kWh`,
      };
    }
    lines.push(line);
    siteUsd[i] = line.usdPerMonth;
  });
  for (const [acc, group] of excluded) {
    const many = group.siteIds.length > 1;
    lines.push({
      category: 'compute',
      elementIds: group.siteIds,
      label: `${many ? `${amount(group.siteIds.length, 0)} device groups` : group.firstName}: ${amount(group.units, 0)} × ${ACCELERATORS[acc].label}`,
      usdPerMonth: 0,
      formula: 'Excluded: hardware owned by the device users',
    });
  }
  // Share each site's cost by the erlangs each workload offers it.
  const attributed = new Float64Array(scenario.sites.length);
  scenario.workloads.forEach((w, wi) => {
    for (const stage of w.stages) {
      const site = network.siteIndex.get(stage.siteId)!;
      const pool = compute.pools[site];
      const service = serviceTimeMs(pool, stage.gflopsPerRequest);
      if (!Number.isFinite(service) || service <= 0 || pool.offeredLoad <= 0) continue;
      const share =
        (w.requestsPerSecondPerDevice *
          (scenario.sites[site].tier === 'device' ? 1 : (scenario.sites[network.siteIndex.get(w.sourceSiteId)!].deviceCount ?? 1)) *
          service) /
        1000 /
        pool.offeredLoad;
      workloadUsd[wi] += siteUsd[site] * share;
      attributed[site] += siteUsd[site] * share;
    }
  });
  let unattributed = 0;
  siteUsd.forEach((usdPerMonth, i) => (unattributed += Math.max(0, usdPerMonth - attributed[i])));
  return unattributed;
}

/** Links billed alike: one medium at one recurring fee and one per-GB rate. */
interface TariffGroup {
  readonly link: PreparedLink;
  readonly costUsdPerMonth: number;
  readonly costUsdPerGb: number;
  readonly linkIds: string[];
  usdPerMonth: number;
  gb: number;
}

/**
 * One transport line per tariff, not per link: a national network has tens of
 * thousands of links, and a reader wants "1,204 metro fibre links" rather than
 * 1,204 lines. Each link's own share is in its LinkResult.
 */
function tariffLine(group: TariffGroup): CostLine {
  const { link, linkIds } = group;
  const one = linkIds.length === 1;
  return {
    category: 'transport',
    elementIds: linkIds,
    label: one ? `${link.id} (${MEDIA[link.medium].label})` : `${MEDIA[link.medium].label}: ${linkIds.length} links`,
    usdPerMonth: group.usdPerMonth,
    formula: `${one ? '' : `${linkIds.length} × `}${usd(group.costUsdPerMonth)}/month + ${gb(group.gb)} × ${usd(group.costUsdPerGb)}/GB`,
  };
}

/**
 * Per link: the monthly cost shared by all traffic, and the slice premium
 * shared by slice traffic. Fills `linkTransportUsd` with each link's fee and
 * volume charge.
 */
function transportLines(
  inputs: CostInputs,
  hours: number,
  lines: CostLine[],
  workloadUsd: Float64Array,
  linkTransportUsd: Float64Array,
): number {
  const { network, loads, queues, params } = inputs;
  const premium = network.sliceReservedMbps.some((mbps) => mbps > 0) ? params.get(GLOBAL_KEYS.slicePremiumUsdPerMbpsMonth) : 0;
  const burstPrice = network.burstCapacityMbps.some((mbps) => mbps > 0) ? params.get(GLOBAL_KEYS.burstUsdPerGbpsHour) : 0;
  const n = network.links.length;
  const sharedUsd = new Float64Array(n);
  const sliceUsd = new Float64Array(n);
  const allGb = new Float64Array(n);
  const sliceGb = new Float64Array(n);
  const tariffs = new Map<string, TariffGroup>();
  const extraLines: CostLine[] = [];
  let unattributed = 0;
  for (const link of network.links) {
    const costUsdPerMonth = network.costUsdPerMonth[link.index];
    const costUsdPerGb = network.costUsdPerGb[link.index];
    const sliceReservedMbps = network.sliceReservedMbps[link.index];
    const burstCapacityMbps = network.burstCapacityMbps[link.index];
    const base = link.index * SLOTS_PER_LINK;
    const bits = loads.bits1[base] + loads.bits1[base + 1] + loads.bits1[base + 2] + loads.bits1[base + 3];
    const volume = gbPerMonth(bits / 1e6, hours);
    allGb[link.index] = volume;
    sliceGb[link.index] = gbPerMonth((loads.bits1[base + 1] + loads.bits1[base + 3]) / 1e6, hours);
    const transport = costUsdPerMonth + volume * costUsdPerGb;
    linkTransportUsd[link.index] = transport;
    // Links at their medium's catalogue prices share the medium's key; only a priced link builds its own.
    const catalogued = costUsdPerMonth === link.params.costUsdPerMonth && costUsdPerGb === link.params.costUsdPerGb;
    const tariffKey = catalogued ? link.medium : `${link.medium}|${costUsdPerMonth}|${costUsdPerGb}`;
    const group = tariffs.get(tariffKey);
    if (group === undefined)
      tariffs.set(tariffKey, { link, costUsdPerMonth, costUsdPerGb, linkIds: [link.id], usdPerMonth: transport, gb: volume });
    else {
      group.linkIds.push(link.id);
      group.usdPerMonth += transport;
      group.gb += volume;
    }
    sharedUsd[link.index] = transport;
    if (sliceReservedMbps > 0) {
      const slice = sliceReservedMbps * premium;
      extraLines.push({
        category: 'slice',
        elementIds: [link.id],
        label: `${link.id}: URLLC slice premium`,
        usdPerMonth: slice,
        formula: `${sliceReservedMbps} Mbit/s reserved × ${usd(premium)}/(Mbit/s·month)`,
      });
      sliceUsd[link.index] = slice;
      if (sliceGb[link.index] <= 0) unattributed += slice;
    }
    const hoursPerDay = queues.burstHoursPerDay[link.index];
    if (burstCapacityMbps > 0 && hoursPerDay > 0) {
      const burst = hoursPerDay * (hours / 24) * (burstCapacityMbps / 1000) * burstPrice;
      extraLines.push({
        category: 'burst',
        elementIds: [link.id],
        label: `${link.id}: on-demand burst`,
        usdPerMonth: burst,
        formula: `${hoursPerDay} h/day × ${amount(hours / 24, 2)} days × ${burstCapacityMbps / 1000} Gbit/s × ${usd(burstPrice)}/(Gbit/s·h)`,
      });
      sharedUsd[link.index] += burst;
    }
    if (volume <= 0) unattributed += sharedUsd[link.index];
  }
  for (const group of tariffs.values()) lines.push(tariffLine(group));
  lines.push(...extraLines);
  const k = gbPerBitRate(hours);
  for (const flows of inputs.flows) {
    for (const hop of flows.hops) {
      if (hop.route === null) continue;
      const volume = hop.rate * hop.bits * k;
      for (const l of hop.route.links) {
        if (allGb[l] > 0) workloadUsd[hop.workload] += (sharedUsd[l] * volume) / allGb[l];
        if (sliceGb[l] > 0 && usesSliceSlot(hop, network, l)) workloadUsd[hop.workload] += (sliceUsd[l] * volume) / sliceGb[l];
      }
    }
  }
  return unattributed;
}

/** Calls `visit` for every crossing out of a cloud region that is billed as egress. */
function forEachEgress(
  inputs: CostInputs,
  visit: (out: number, interRegion: boolean, workload: number, gb: number) => void,
  hours: number,
) {
  const { scenario, network } = inputs;
  const k = gbPerBitRate(hours);
  for (const flows of inputs.flows) {
    for (const hop of flows.hops) {
      if (hop.route === null) continue;
      for (let i = 0; i < hop.route.links.length; i++) {
        const link = network.links[hop.route.links[i]];
        const out = hop.route.nodes[i];
        if (link.medium === 'on-demand-interconnect' || scenario.sites[out].tier !== 'cloud') continue;
        visit(out, scenario.sites[hop.route.nodes[i + 1]].tier === 'cloud', hop.workload, hop.rate * hop.bits * k);
      }
    }
  }
}

/**
 * Data leaving a cloud region: to another region at the inter-region rate, to
 * anywhere else at the region's tiered internet egress price. An on-demand
 * interconnect carries its own per-GB rate instead (as Direct Connect does).
 */
function egressLines(inputs: CostInputs, hours: number, lines: CostLine[], workloadUsd: Float64Array): number {
  const { scenario, params } = inputs;
  const n = scenario.sites.length;
  const internetGb = new Float64Array(n);
  const interRegionGb = new Float64Array(n);
  forEachEgress(inputs, (out, inter, _w, gbs) => ((inter ? interRegionGb : internetGb)[out] += gbs), hours);
  const internetUsd = new Float64Array(n);
  const interRegionUsd = new Float64Array(n);
  let totalGb = 0;
  const rate = interRegionGb.some((x) => x > 0) ? params.get(GLOBAL_KEYS.interRegionUsdPerGb) : 0;
  scenario.sites.forEach((site, i) => {
    if (internetGb[i] > 0) {
      const tariffId: EgressTariffId = site.egressTariff ?? 'aws';
      const bands = EGRESS_TARIFFS[tariffId].bands.map((band, b) => ({
        sizeGb: band.sizeGb,
        usdPerGb: params.get(egressBandKey(tariffId, b)),
      }));
      totalGb += internetGb[i];
      internetUsd[i] = tieredEgressUsd(internetGb[i], bands);
      lines.push({
        category: 'egress',
        elementIds: [site.id],
        label: `${site.name}: internet egress`,
        usdPerMonth: internetUsd[i],
        formula: `${gb(internetGb[i])} at ${EGRESS_TARIFFS[tariffId].label} tiers (${bands.map((b) => usd(b.usdPerGb)).join(' / ')} per GB)`,
      });
    }
    if (interRegionGb[i] > 0) {
      totalGb += interRegionGb[i];
      interRegionUsd[i] = interRegionGb[i] * rate;
      lines.push({
        category: 'egress',
        elementIds: [site.id],
        label: `${site.name}: inter-region transfer`,
        usdPerMonth: interRegionUsd[i],
        formula: `${gb(interRegionGb[i])} × ${usd(rate)}/GB`,
      });
    }
  });
  forEachEgress(
    inputs,
    (out, inter, w, gbs) => {
      const volume = inter ? interRegionGb[out] : internetGb[out];
      if (volume > 0) workloadUsd[w] += ((inter ? interRegionUsd[out] : internetUsd[out]) * gbs) / volume;
    },
    hours,
  );
  return totalGb;
}

/** Monthly cost by line, summed by category, and shared out to the workloads that use each line. */
export function monthlyCost(inputs: CostInputs): {
  summary: CostSummary;
  workloadUsdPerMonth: Float64Array;
  /** Each link's recurring fee plus its volume charge. */
  linkTransportUsdPerMonth: Float64Array;
} {
  const hours = inputs.params.get(GLOBAL_KEYS.hoursPerMonth);
  const workloadUsd = new Float64Array(inputs.scenario.workloads.length);
  const lines: CostLine[] = [];
  let unattributed = computeLines(inputs, lines, workloadUsd);
  const linkTransportUsd = new Float64Array(inputs.network.links.length);
  unattributed += transportLines(inputs, hours, lines, workloadUsd, linkTransportUsd);
  const egressGb = egressLines(inputs, hours, lines, workloadUsd);
  const byCategory = { compute: 0, transport: 0, egress: 0, slice: 0, burst: 0 };
  for (const line of lines) byCategory[line.category] += line.usdPerMonth;
  const total = byCategory.compute + byCategory.transport + byCategory.egress + byCategory.slice + byCategory.burst;
  const requestsPerMonth = inputs.flows.reduce((t, f) => t + f.requestsPerSecond, 0) * hours * SECONDS_PER_HOUR;
  return {
    summary: {
      computeUsdPerMonth: byCategory.compute,
      transportUsdPerMonth: byCategory.transport,
      egressUsdPerMonth: byCategory.egress,
      sliceUsdPerMonth: byCategory.slice,
      burstUsdPerMonth: byCategory.burst,
      totalUsdPerMonth: total,
      egressGbPerMonth: egressGb,
      requestsPerMonth,
      usdPerThousandRequests: requestsPerMonth > 0 ? (total / requestsPerMonth) * 1000 : null,
      unattributedUsdPerMonth: unattributed,
      lines,
    },
    workloadUsdPerMonth: workloadUsd,
    linkTransportUsdPerMonth: linkTransportUsd,
  };
}
