import { ACCELERATORS } from '../catalogue/accelerators';
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

/** A cost line and who uses it: weights per workload, to share the line out. */
interface Attributed {
  line: CostLine;
  shares: Map<number, number>;
}

const addShare = (shares: Map<number, number>, w: number, x: number) => shares.set(w, (shares.get(w) ?? 0) + x);

function computeLines(inputs: CostInputs): Attributed[] {
  const { scenario, params, compute, network } = inputs;
  const hours = params.get(GLOBAL_KEYS.hoursPerMonth);
  const out: Attributed[] = [];
  // Who uses each site's accelerators, in erlangs.
  const users = scenario.sites.map(() => new Map<number, number>());
  scenario.workloads.forEach((w, wi) => {
    for (const stage of w.stages) {
      const site = network.siteIndex.get(stage.siteId)!;
      const service = serviceTimeMs(compute.pools[site], stage.gflopsPerRequest);
      if (Number.isFinite(service) && service > 0) addShare(users[site], wi, w.requestsPerSecondPerDevice * service);
    }
  });
  scenario.sites.forEach((site, i) => {
    const acc = site.compute.acceleratorId;
    if (site.compute.count === 0 || acc === 'none') return;
    const units = site.compute.count * (site.tier === 'device' ? (site.deviceCount ?? 1) : 1);
    const pricing = site.pricing ?? TIERS[site.tier].defaultPricing;
    const name = ACCELERATORS[acc].label;
    const base = { category: 'compute' as const, elementId: site.id };
    let line: CostLine;
    if (pricing === 'excluded') {
      line = { ...base, label: `${site.name}: ${units} × ${name}`, usdPerMonth: 0, formula: 'Excluded: hardware owned by the device users' };
    } else if (pricing === 'onDemand') {
      const rate = params.get(acceleratorKey(acc, 'onDemandUsdPerHour'));
      const formula = rate === 0 ? `${name} is not offered on demand: price it as owned` : `${units} × ${usd(rate)}/h × ${hours} h`;
      line = { ...base, label: `${site.name}: ${units} × ${name} on demand`, usdPerMonth: units * rate * hours, formula };
    } else {
      const price = params.get(acceleratorKey(acc, 'purchaseUsd'));
      const months = params.get(GLOBAL_KEYS.amortisationMonths);
      const kwh = params.get(GLOBAL_KEYS.electricityUsdPerKwh);
      const kw = inputs.siteFacilityKw[i];
      line = {
        ...base,
        label: `${site.name}: ${units} × ${name} owned`,
        usdPerMonth: (units * price) / months + kw * hours * kwh,
        formula: `${units} × ${usd(price)} ÷ ${months} months + ${kw.toPrecision(3)} kW × ${hours} h × ${usd(kwh)}/kWh`,
      };
    }
    out.push({ line, shares: users[i] });
  });
  return out;
}

/** Per link: GB/month each workload puts on it, all of it and the slice's part. */
function linkUsers(inputs: CostInputs, hours: number) {
  const n = inputs.network.links.length;
  const all = Array.from({ length: n }, () => new Map<number, number>());
  const slice = Array.from({ length: n }, () => new Map<number, number>());
  const gbPerMessagePerSecond = (hours * SECONDS_PER_HOUR) / 8 / 1e9;
  for (const flows of inputs.flows) {
    for (const hop of flows.hops) {
      if (hop.route === null) continue;
      const volume = hop.rate * hop.bits * gbPerMessagePerSecond;
      for (const link of hop.route.links) {
        addShare(all[link], hop.workload, volume);
        if (usesSliceSlot(hop, inputs.network, link)) addShare(slice[link], hop.workload, volume);
      }
    }
  }
  return { all, slice };
}

function transportLines(inputs: CostInputs, hours: number): Attributed[] {
  const { network, loads, queues, params } = inputs;
  const users = linkUsers(inputs, hours);
  const premium = network.links.some((l) => l.sliceReservedMbps > 0) ? params.get(GLOBAL_KEYS.slicePremiumUsdPerMbpsMonth) : 0;
  const burstPrice = network.links.some((l) => l.burstCapacityMbps > 0) ? params.get(GLOBAL_KEYS.burstUsdPerGbpsHour) : 0;
  const out: Attributed[] = [];
  for (const link of network.links) {
    const base = link.index * SLOTS_PER_LINK;
    let mbps = 0;
    for (let k = 0; k < SLOTS_PER_LINK; k++) mbps += loads.bits1[base + k] / 1e6;
    const volume = gbPerMonth(mbps, hours);
    out.push({
      line: {
        category: 'transport',
        elementId: link.id,
        label: `${link.id} (${link.medium})`,
        usdPerMonth: link.costUsdPerMonth + volume * link.costUsdPerGb,
        formula: `${usd(link.costUsdPerMonth)}/month + ${gb(volume)} × ${usd(link.costUsdPerGb)}/GB`,
      },
      shares: users.all[link.index],
    });
    if (link.sliceReservedMbps > 0) {
      out.push({
        line: {
          category: 'slice',
          elementId: link.id,
          label: `${link.id}: URLLC slice premium`,
          usdPerMonth: link.sliceReservedMbps * premium,
          formula: `${link.sliceReservedMbps} Mbit/s reserved × ${usd(premium)}/(Mbit/s·month)`,
        },
        shares: users.slice[link.index],
      });
    }
    const hoursPerDay = queues.burstHoursPerDay[link.index];
    if (link.burstCapacityMbps > 0 && hoursPerDay > 0) {
      const burstHours = hoursPerDay * (hours / 24);
      out.push({
        line: {
          category: 'burst',
          elementId: link.id,
          label: `${link.id}: on-demand burst`,
          usdPerMonth: burstHours * (link.burstCapacityMbps / 1000) * burstPrice,
          formula: `${hoursPerDay} h/day × ${(hours / 24).toFixed(2)} days × ${link.burstCapacityMbps / 1000} Gbit/s × ${usd(burstPrice)}/(Gbit/s·h)`,
        },
        shares: users.all[link.index],
      });
    }
  }
  return out;
}

/**
 * Data leaving a cloud region: to another region at the inter-region rate, to
 * anywhere else at the region's tiered internet egress price. An on-demand
 * interconnect carries its own per-GB rate instead (as Direct Connect does).
 */
function egressLines(inputs: CostInputs, hours: number): { lines: Attributed[]; totalGb: number } {
  const { scenario, network, params } = inputs;
  const internet = new Map<number, Map<number, number>>();
  const interRegion = new Map<number, Map<number, number>>();
  const gbPerMessagePerSecond = (hours * SECONDS_PER_HOUR) / 8 / 1e9;
  for (const flows of inputs.flows) {
    for (const hop of flows.hops) {
      if (hop.route === null) continue;
      for (let i = 0; i < hop.route.links.length; i++) {
        const link = network.links[hop.route.links[i]];
        const out = hop.route.nodes[i];
        const into = hop.route.nodes[i + 1];
        if (link.medium === 'on-demand-interconnect' || scenario.sites[out].tier !== 'cloud') continue;
        const target = scenario.sites[into].tier === 'cloud' ? interRegion : internet;
        let users = target.get(out);
        if (users === undefined) target.set(out, (users = new Map()));
        addShare(users, hop.workload, hop.rate * hop.bits * gbPerMessagePerSecond);
      }
    }
  }
  const lines: Attributed[] = [];
  let totalGb = 0;
  const sum = (m: Map<number, number>) => [...m.values()].reduce((t, x) => t + x, 0);
  for (const [siteIndex, users] of internet) {
    const site = scenario.sites[siteIndex];
    const tariffId: EgressTariffId = site.egressTariff ?? 'aws';
    const bands = EGRESS_TARIFFS[tariffId].bands.map((band, i) => ({ sizeGb: band.sizeGb, usdPerGb: params.get(egressBandKey(tariffId, i)) }));
    const volume = sum(users);
    totalGb += volume;
    lines.push({
      line: {
        category: 'egress',
        elementId: site.id,
        label: `${site.name}: internet egress`,
        usdPerMonth: tieredEgressUsd(volume, bands),
        formula: `${gb(volume)} at ${EGRESS_TARIFFS[tariffId].label} tiers (${bands.map((b) => usd(b.usdPerGb)).join(' / ')} per GB)`,
      },
      shares: users,
    });
  }
  if (interRegion.size > 0) {
    const rate = params.get(GLOBAL_KEYS.interRegionUsdPerGb);
    for (const [siteIndex, users] of interRegion) {
      const site = scenario.sites[siteIndex];
      const volume = sum(users);
      totalGb += volume;
      lines.push({
        line: {
          category: 'egress',
          elementId: site.id,
          label: `${site.name}: inter-region transfer`,
          usdPerMonth: volume * rate,
          formula: `${gb(volume)} × ${usd(rate)}/GB`,
        },
        shares: users,
      });
    }
  }
  return { lines, totalGb };
}

/** Monthly cost by line, summed by category, and shared out to the workloads that use each line. */
export function monthlyCost(inputs: CostInputs): { summary: CostSummary; workloadUsdPerMonth: Float64Array } {
  const hours = inputs.params.get(GLOBAL_KEYS.hoursPerMonth);
  const egress = egressLines(inputs, hours);
  const attributed = [...computeLines(inputs), ...transportLines(inputs, hours), ...egress.lines];
  const workloadUsd = new Float64Array(inputs.scenario.workloads.length);
  let unattributed = 0;
  for (const { line, shares } of attributed) {
    let weight = 0;
    for (const x of shares.values()) weight += x;
    if (weight <= 0) {
      unattributed += line.usdPerMonth;
      continue;
    }
    for (const [w, x] of shares) workloadUsd[w] += (line.usdPerMonth * x) / weight;
  }
  const lines = attributed.map((a) => a.line);
  const sum = (category: CostLine['category']) => lines.filter((l) => l.category === category).reduce((t, l) => t + l.usdPerMonth, 0);
  const total = lines.reduce((t, l) => t + l.usdPerMonth, 0);
  const requestsPerMonth = inputs.flows.reduce((t, f) => t + f.requestsPerSecond, 0) * hours * SECONDS_PER_HOUR;
  return {
    summary: {
      computeUsdPerMonth: sum('compute'),
      transportUsdPerMonth: sum('transport'),
      egressUsdPerMonth: sum('egress'),
      sliceUsdPerMonth: sum('slice'),
      burstUsdPerMonth: sum('burst'),
      totalUsdPerMonth: total,
      egressGbPerMonth: egress.totalGb,
      requestsPerMonth,
      usdPerThousandRequests: requestsPerMonth > 0 ? (total / requestsPerMonth) * 1000 : null,
      unattributedUsdPerMonth: unattributed,
      lines,
    },
    workloadUsdPerMonth: workloadUsd,
  };
}
