import type { ComputeState, SitePool } from '../evaluate/compute';
import { tieredEgressUsd } from '../evaluate/cost';
import type { SlotLoads } from '../evaluate/flows';
import type { HopInfo } from './hopTable';
import { burstHoursPerDay } from './linkFigures';
import type { Prepared } from './prepared';

/** Utilisation of a pool as loadCompute reports it. */
export function utilisationOf(pool: SitePool): number {
  return pool.servers === 0 || pool.arrivalsPerSecond === 0 ? 0 : pool.offeredLoad / pool.servers;
}

/**
 * The rest of the scenario's loads with the workload's placed parts added:
 * link slots, accelerator pools and cloud regions' egress volumes, each a
 * working copy of the run without the workload. Adding a part returns what it
 * changes in cost and energy, element by element with the engine's formulas
 * (cost.ts, energy.ts, power.ts). Every value is saved before it changes and
 * copied back on undo, never subtracted, so a state depends only on what is
 * placed, not on what was tried before.
 */
export class AddedLoad {
  readonly loads: SlotLoads;
  readonly compute: ComputeState;
  readonly #prep: Prepared;
  readonly #internetGb: Float64Array;
  readonly #interRegionGb: Float64Array;
  readonly #slots: number[] = [];
  readonly #pools: number[] = [];
  readonly #egress: number[] = [];
  readonly #marks: number[] = [];
  /** Utilisation of the last pool a stage was added to. */
  utilisation = 0;

  constructor(prep: Prepared) {
    const { base } = prep.problem;
    this.#prep = prep;
    const l = base.loads;
    this.loads = { rate: l.rate.slice(), bits1: l.bits1.slice(), bits2: l.bits2.slice(), bits3: l.bits3.slice(), bits4: l.bits4.slice() };
    this.compute = {
      pools: base.compute.pools.map((p): SitePool => ({
        servers: p.servers,
        gflopsPerSecondEach: p.gflopsPerSecondEach,
        arrivalsPerSecond: p.arrivalsPerSecond,
        offeredLoad: p.offeredLoad,
      })),
      utilisation: base.compute.utilisation.slice(),
      waitMeanMs: base.compute.waitMeanMs.slice(),
      wait: base.compute.wait.slice(),
    };
    this.#internetGb = prep.baseInternetGb.slice();
    this.#interRegionGb = prep.baseInterRegionGb.slice();
  }

  /**
   * Adds a routed hop's load to each slot it crosses, and its egress. Returns
   * the change in cost: per-GB transport is linear in volume (the hop's own
   * figure); a burst's hours and a tiered egress price need before and after.
   */
  addHop(info: HopInfo): number {
    const { network, profile } = this.#prep.problem;
    const model = this.#prep.model;
    const loads = this.loads;
    const route = info.route!;
    let usd = info.perGbUsdPerMonth;
    for (let i = 0; i < info.slots.length; i++) {
      const l = route.links[i];
      const slot = info.slots[i];
      const burstCapacityMbps = network.burstCapacityMbps[l];
      const burstBefore = burstCapacityMbps > 0 ? model.burstUsd(burstCapacityMbps, burstHoursPerDay(network, l, loads, profile)) : 0;
      this.#slots.push(slot, loads.rate[slot], loads.bits1[slot], loads.bits2[slot], loads.bits3[slot], loads.bits4[slot]);
      loads.rate[slot] += info.rate;
      loads.bits1[slot] += info.bits1;
      loads.bits2[slot] += info.bits2;
      loads.bits3[slot] += info.bits3;
      loads.bits4[slot] += info.bits4;
      if (burstCapacityMbps > 0) usd += model.burstUsd(burstCapacityMbps, burstHoursPerDay(network, l, loads, profile)) - burstBefore;
    }
    for (let i = 0; i < info.egressSites.length; i++) {
      const site = info.egressSites[i];
      this.#egress.push(site, this.#internetGb[site], this.#interRegionGb[site]);
      if (info.egressInterRegion[i] === 1) {
        const before = this.#interRegionGb[site];
        const after = before + info.gbPerMonth;
        this.#interRegionGb[site] = after;
        usd += after * model.interRegionUsdPerGb - before * model.interRegionUsdPerGb;
      } else {
        const bands = model.egressBands[site];
        const before = this.#internetGb[site];
        const after = before + info.gbPerMonth;
        this.#internetGb[site] = after;
        usd += tieredEgressUsd(after, bands) - tieredEgressUsd(before, bands);
      }
    }
    return usd;
  }

  /**
   * Adds a stage's work to a site's pool (as loadCompute does) and writes the
   * change in electricity cost and energy to out[0] and out[1]. Leaves the
   * pool's new utilisation in `utilisation`.
   */
  addStage(site: number, serviceMs: number, out: Float64Array): void {
    const model = this.#prep.model;
    const pool = this.compute.pools[site];
    const before = utilisationOf(pool);
    this.#pools.push(site, pool.arrivalsPerSecond, pool.offeredLoad);
    const rate = this.#prep.poolRate(site);
    pool.arrivalsPerSecond += rate;
    pool.offeredLoad += Number.isFinite(serviceMs) ? (rate * serviceMs) / 1000 : 0;
    this.utilisation = utilisationOf(pool);
    const kwBefore = model.facilityKw(site, before);
    const kwAfter = model.facilityKw(site, this.utilisation);
    out[0] = model.electricityUsd(site, kwAfter) - model.electricityUsd(site, kwBefore);
    out[1] = kwAfter * model.hoursPerMonth - kwBefore * model.hoursPerMonth;
  }

  mark(): void {
    this.#marks.push(this.#slots.length, this.#pools.length, this.#egress.length);
  }

  undo(): void {
    const egressAt = this.#marks.pop()!;
    const poolsAt = this.#marks.pop()!;
    const slotsAt = this.#marks.pop()!;
    const loads = this.loads;
    const s = this.#slots;
    for (let at = s.length - 6; at >= slotsAt; at -= 6) {
      const slot = s[at];
      loads.rate[slot] = s[at + 1];
      loads.bits1[slot] = s[at + 2];
      loads.bits2[slot] = s[at + 3];
      loads.bits3[slot] = s[at + 4];
      loads.bits4[slot] = s[at + 5];
    }
    s.length = slotsAt;
    const p = this.#pools;
    for (let at = p.length - 3; at >= poolsAt; at -= 3) {
      const pool = this.compute.pools[p[at]];
      pool.arrivalsPerSecond = p[at + 1];
      pool.offeredLoad = p[at + 2];
    }
    p.length = poolsAt;
    const e = this.#egress;
    for (let at = e.length - 3; at >= egressAt; at -= 3) {
      this.#internetGb[e[at]] = e[at + 1];
      this.#interRegionGb[e[at]] = e[at + 2];
    }
    e.length = egressAt;
  }
}
