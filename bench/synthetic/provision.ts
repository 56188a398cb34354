import { ACCELERATORS, type AcceleratorId } from '../../src/engine/catalogue/accelerators';
import { INFERENCE_EFFICIENCY } from '../../src/engine/catalogue/economics';
import { MEDIA, type MediumId } from '../../src/engine/catalogue/media';
import type { TierId } from '../../src/engine/catalogue/tiers';
import type { Workload } from '../../src/engine/scenario/schema';
import type { Random } from './random';
import { chainOf } from './workloads';
import type { Topology } from './topology';

/** Accelerator families by tier, with their shares. */
const ACCELERATOR_MIX: Record<Exclude<TierId, 'device'>, Partial<Record<AcceleratorId, number>>> = {
  farEdge: { 'jetson-agx-orin': 40, t4: 30, l4: 30 },
  nearEdge: { l4: 70, t4: 30 },
  regionalDc: { a100: 50, l4: 50 },
  cloud: { 'h100-sxm': 60, a100: 40 },
};

/** Planners size pools for 30–80 % busy; a few sites (2 %) are left running hot, some past capacity. */
const TARGET_UTILISATION = { min: 0.3, max: 0.8 } as const;
const HOT = { share: 0.02, min: 0.9, max: 1.1 } as const;

/** Links are planned to stay under half of capacity in their busier direction. */
const LINK_TARGET_UTILISATION = 0.5;
/** Capacity steps a carrier sells per wired medium, Mbit/s; beyond the last, multiples of it. */
const WIRED_STEPS_MBPS: Partial<Record<MediumId, readonly number[]>> = {
  'metro-fibre': [1_000, 10_000, 100_000, 400_000],
  'long-haul-fibre': [10_000, 100_000, 400_000],
  internet: [1_000, 10_000, 100_000],
  'on-demand-interconnect': [1_000, 10_000, 100_000],
};
/** Devices one cell or access point serves before a group needs another. */
const DEVICES_PER_CELL: Partial<Record<MediumId, number>> = { '5g-embb': 200, '5g-urllc': 50, 'wifi-6': 30 };

const KBPS_TO_MBPS = 8 / 1000;

/** Capacity of a link of `medium` planned to carry `loadMbps`; radio in whole cells, wired in sold steps. */
export function plannedCapacityMbps(medium: MediumId, loadMbps: number, deviceCount: number): number {
  const need = loadMbps / LINK_TARGET_UTILISATION;
  const unit = MEDIA[medium].defaultCapacityMbps.value;
  const perCell = DEVICES_PER_CELL[medium];
  if (perCell !== undefined) return unit * Math.max(1, Math.ceil(deviceCount / perCell), Math.ceil(need / unit));
  const steps = WIRED_STEPS_MBPS[medium]!;
  const floor = Math.max(need, unit);
  const step = steps.find((s) => s >= floor);
  const top = steps[steps.length - 1];
  return step ?? Math.ceil(floor / top) * top;
}

/** Mbit/s per link direction (link × 2 + 0 up the chain, + 1 down) when every hop follows the chain. */
export function chainLoadsMbps(topology: Topology, workloads: readonly Workload[]): Float64Array {
  const index = new Map(topology.sites.map((s, i) => [s.id, i]));
  const loads = new Float64Array(topology.links.length * 2);
  const carry = (chain: number[], from: number, to: number, direction: 0 | 1, mbps: number) => {
    for (let level = from; level < to; level++) loads[topology.parentLink[chain[level]] * 2 + direction] += mbps;
  };
  for (const w of workloads) {
    const source = index.get(w.sourceSiteId)!;
    const chain = chainOf(topology, source);
    const rate = w.requestsPerSecondPerDevice * (topology.sites[source].deviceCount ?? 1);
    let level = 0;
    let sizeKB = w.inputKB;
    for (const stage of w.stages) {
      const next = chain.indexOf(index.get(stage.siteId)!);
      carry(chain, level, next, 0, rate * sizeKB * KBPS_TO_MBPS);
      level = next;
      sizeKB = stage.outputKB;
    }
    if (w.returnsToDevice) carry(chain, 0, level, 1, rate * sizeKB * KBPS_TO_MBPS);
  }
  return loads;
}

/** Sets every link's capacity for its chain load; a backup link gets enough to take over its primary's load too. */
export function provisionLinks(topology: Topology, workloads: readonly Workload[]): void {
  const loads = chainLoadsMbps(topology, workloads);
  const index = new Map(topology.sites.map((s, i) => [s.id, i]));
  const busier = (l: number) => Math.max(loads[2 * l], loads[2 * l + 1]);
  topology.links.forEach((link, l) => {
    const devices = topology.sites[index.get(link.from)!].deviceCount ?? 1;
    const primary = topology.backupOf[l];
    const load = Math.max(busier(l), primary >= 0 ? busier(primary) : 0);
    link.capacityMbps = plannedCapacityMbps(link.medium, load, devices);
  });
}

/** Sizes every pool for its offered load (erlangs = Σ requests/s × service time) at a drawn target utilisation. */
export function provisionCompute(topology: Topology, workloads: readonly Workload[], random: Random): void {
  const index = new Map(topology.sites.map((s, i) => [s.id, i]));
  const { sites } = topology;
  for (const site of sites) {
    if (site.tier !== 'device')
      site.compute = { acceleratorId: random.weighted(ACCELERATOR_MIX[site.tier] as Record<AcceleratorId, number>), count: 1 };
  }
  const erlangs = new Float64Array(sites.length);
  const gflopsPerSecond = (i: number) =>
    ACCELERATORS[sites[i].compute.acceleratorId].peakTeraOpsPerSecond.value * 1000 * INFERENCE_EFFICIENCY.value;
  for (const w of workloads) {
    const devices = sites[index.get(w.sourceSiteId)!].deviceCount ?? 1;
    for (const stage of w.stages) {
      const i = index.get(stage.siteId)!;
      // A device group's pool is one device, which sees only its own requests.
      const rate = sites[i].tier === 'device' ? w.requestsPerSecondPerDevice : w.requestsPerSecondPerDevice * devices;
      erlangs[i] += (rate * stage.gflopsPerRequest) / gflopsPerSecond(i);
    }
  }
  sites.forEach((site, i) => {
    if (site.tier === 'device') return;
    if (erlangs[i] === 0) {
      site.compute = { ...site.compute, count: random.int(1, 4) };
      return;
    }
    const hot = random.chance(HOT.share);
    const target = hot ? random.range(HOT.min, HOT.max) : random.range(TARGET_UTILISATION.min, TARGET_UTILISATION.max);
    site.compute = { ...site.compute, count: Math.min(1_000_000, Math.max(1, Math.ceil(erlangs[i] / target))) };
  });
}
