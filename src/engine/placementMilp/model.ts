import { ACCELERATORS } from '../catalogue/accelerators';
import { acceleratorKey } from '../catalogue/registry';
import { TIERS } from '../catalogue/tiers';
import { serviceTimeMs } from '../evaluate/compute';
import { SLOTS_PER_LINK } from '../evaluate/flows';
import { BITS_PER_BYTE, BYTES_PER_KB, SECONDS_PER_HOUR } from '../model/units';
import type { DataClass, Scenario } from '../scenario/schema';
import { slotCapacityMbps, type HopFigures } from './hopFigures';
import type { PlacementProblem } from './problem';
import type { PlacementObjective } from './types';

/** Share of a pool's servers or a slot's capacity the model lets load take: queues grow without bound near 1. */
export const HEADROOM = 0.95;

/** A variable's load on one capacity row. */
export interface RowLoad {
  readonly row: number;
  readonly coef: number;
}

/** One variable of the MILP, with every coefficient it carries. */
export interface ModelVar {
  /** Deterministic LP name: x_w<w>_i<stage>_s<site> or y_w<w>_i<stage>_s<from>_s<to>. */
  readonly name: string;
  /** Objective coefficient, in the objective's unit. */
  readonly objective: number;
  /** What it adds to its workload's fixed latency, ms. */
  readonly fixedMs: number;
  readonly loads: readonly RowLoad[];
  /** Only in a model with residency relaxed: choosing it breaks residency. */
  readonly residencyViolation: boolean;
}

export interface ModelStage {
  /** Candidate site indices, ascending. */
  readonly sites: Int32Array;
  /** x[k] for sites[k]. */
  readonly x: readonly ModelVar[];
  /** Site index → k. */
  readonly indexOf: ReadonlyMap<number, number>;
}

/** A hop variable y between consecutive stages: from sites[from] of stage i to sites[to] of stage i + 1. */
export interface ModelPair {
  readonly from: number;
  readonly to: number;
  readonly y: ModelVar;
}

export interface ModelWorkload {
  /** Index in the scenario. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly objectiveMs: number;
  readonly stages: readonly ModelStage[];
  /** hops[i]: the pairs between stage i and stage i + 1 that have a route (and keep residency). */
  readonly hops: readonly (readonly ModelPair[])[];
  /** hops[i] by from × (stage i + 1's candidate count) + to. */
  readonly pairIndex: readonly ReadonlyMap<number, number>[];
}

export type RowKind = 'siteCapacity' | 'linkCapacity';

/** One capacity row: Σ load ≤ capacity × HEADROOM − background (no less than 0: load already past the headroom bars more, not all). */
export interface CapacityRow {
  readonly kind: RowKind;
  /** Site index, or link index. */
  readonly element: number;
  /** Slot for a link row (flows.ts slotOf), −1 for a site. */
  readonly slot: number;
  /** Servers (accelerators per device for a device group), or Mbit/s the slot can carry. */
  readonly capacity: number;
  readonly background: number;
  readonly rhs: number;
  readonly name: string;
}

/** A stage no site may run: the problem is infeasible before any solve. */
export interface EmptyStage {
  readonly workload: number;
  readonly stage: number;
}

export interface PlacementModel {
  readonly objective: PlacementObjective;
  readonly problem: PlacementProblem;
  readonly workloads: readonly ModelWorkload[];
  readonly rows: readonly CapacityRow[];
  readonly residencyRelaxed: boolean;
  readonly emptyStages: readonly EmptyStage[];
}

const KB_BITS = BYTES_PER_KB * BITS_PER_BYTE;

/** Accumulates one variable's coefficients before it is frozen. */
class VarBuilder {
  objective = 0;
  fixedMs = 0;
  readonly loads = new Map<number, number>();
  residencyViolation = false;

  load(row: number, coef: number): void {
    if (coef > 0) this.loads.set(row, (this.loads.get(row) ?? 0) + coef);
  }

  freeze(name: string): ModelVar {
    const loads = [...this.loads].sort((a, b) => a[0] - b[0]).map(([row, coef]) => ({ row, coef }));
    return { name, objective: this.objective, fixedMs: this.fixedMs, loads, residencyViolation: this.residencyViolation };
  }
}

export function hasAccelerator(site: Scenario['sites'][number]): boolean {
  return site.compute.acceleratorId !== 'none' && site.compute.count > 0;
}

/**
 * Builds the linear model of a prepared problem. With `residencyRelaxed`,
 * placements and hops that break residency are kept and marked (for the
 * infeasibility diagnosis); otherwise they are left out.
 */
export function buildPlacementModel(problem: PlacementProblem, objective: PlacementObjective, residencyRelaxed = false): PlacementModel {
  const { scenario, network } = problem;
  const rows: CapacityRow[] = [];
  const rowIndex = new Map<number, number>();
  // Site s is row key s; slot n is row key siteCount + n.
  const siteCount = scenario.sites.length;
  const rowOf = (key: number): number => {
    let row = rowIndex.get(key);
    if (row === undefined) {
      row = rows.length;
      rowIndex.set(key, row);
      rows.push(key < siteCount ? siteRow(problem, key) : slotRow(problem, key - siteCount));
    }
    return row;
  };
  const kwPerErlang = facilityKwPerErlang(problem);
  const emptyStages: EmptyStage[] = [];

  const workloads = problem.optimised.map((index, w): ModelWorkload => {
    const workload = scenario.workloads[index];
    const source = network.siteIndex.get(workload.sourceSiteId)!;
    const devices = scenario.sites[source].deviceCount ?? 1;
    const rate = workload.requestsPerSecondPerDevice * devices;
    const home = scenario.sites[source].jurisdiction;
    const policy = workload.routingPolicy ?? 'lowestLatency';
    const slice = workload.urllcSlice === true;
    const last = workload.stages.length - 1;

    /** Adds a hop's figures to a variable; false when the hop has no route or may not be taken. */
    const addHop = (v: VarBuilder, from: number, to: number, sizeKB: number, dataClass: DataClass): boolean => {
      if (from === to) return true;
      const f = problem.hops.figures(policy, home, slice, from, to);
      if (f === null) return false;
      if (dataClass === 'rawPersonal' && f.leavesHome) {
        if (!residencyRelaxed) return false;
        v.residencyViolation = true;
      }
      addHopFigures(v, f, sizeKB * KB_BITS, rate, objective, problem, rowOf, siteCount);
      return true;
    };

    const stages = workload.stages.map((stage, i): ModelStage => {
      const sites: number[] = [];
      const x: ModelVar[] = [];
      for (const s of stageCandidates(problem, w, i, source)) {
        const v = new VarBuilder();
        const site = scenario.sites[s];
        if (stage.inputDataClass === 'rawPersonal' && site.jurisdiction !== home) {
          if (!residencyRelaxed) continue;
          v.residencyViolation = true;
        }
        const serviceMs = serviceTimeMs(problem.pools[s], stage.gflopsPerRequest);
        if (!Number.isFinite(serviceMs)) continue;
        if (serviceMs > 0) {
          v.fixedMs += serviceMs;
          const perPool = site.tier === 'device' ? workload.requestsPerSecondPerDevice : rate;
          v.load(rowOf(s), (perPool * serviceMs) / 1000);
          // Power grows linearly with utilisation (power.ts): the work's kW does not depend on the pool's size.
          const kwh = ((rate * serviceMs) / 1000) * kwPerErlang[s] * problem.hoursPerMonth;
          if (objective === 'energy') v.objective += kwh;
          else if (objective === 'cost' && pricingOf(site) === 'owned') v.objective += kwh * problem.electricityUsdPerKwh;
        }
        if (i === 0 && !addHop(v, source, s, workload.inputKB, stage.inputDataClass)) continue;
        if (i === last && workload.returnsToDevice && !addHop(v, s, source, stage.outputKB, 'derived')) continue;
        if (objective === 'latency') v.objective += rate * v.fixedMs;
        sites.push(s);
        x.push(v.freeze(`x_w${w}_i${i}_s${s}`));
      }
      if (sites.length === 0) emptyStages.push({ workload: w, stage: i });
      return { sites: Int32Array.from(sites), x, indexOf: new Map(sites.map((s, k) => [s, k])) };
    });

    const hops: ModelPair[][] = [];
    const pairIndex: Map<number, number>[] = [];
    for (let i = 0; i < last; i++) {
      const from = stages[i];
      const to = stages[i + 1];
      const stage = workload.stages[i];
      const pairs: ModelPair[] = [];
      const lookup = new Map<number, number>();
      for (let a = 0; a < from.sites.length; a++) {
        for (let b = 0; b < to.sites.length; b++) {
          const v = new VarBuilder();
          if (!addHop(v, from.sites[a], to.sites[b], stage.outputKB, workload.stages[i + 1].inputDataClass)) continue;
          if (objective === 'latency') v.objective += rate * v.fixedMs;
          lookup.set(a * to.sites.length + b, pairs.length);
          pairs.push({ from: a, to: b, y: v.freeze(`y_w${w}_i${i}_s${from.sites[a]}_s${to.sites[b]}`) });
        }
      }
      hops.push(pairs);
      pairIndex.push(lookup);
    }
    return {
      index,
      id: workload.id,
      name: workload.name,
      requestsPerSecond: rate,
      objectiveMs: workload.latencyObjectiveP95Ms,
      stages,
      hops,
      pairIndex,
    };
  });
  return { objective, problem, workloads, rows, residencyRelaxed, emptyStages };
}

/**
 * Sites a stage may run on: those with an accelerator, narrowed by the
 * caller's list. A device group runs only its own workloads: another group's
 * devices are not a place to send work.
 */
function stageCandidates(problem: PlacementProblem, w: number, stage: number, source: number): number[] {
  const allowed = problem.restrictions[w][stage];
  const out: number[] = [];
  problem.scenario.sites.forEach((site, s) => {
    if (!hasAccelerator(site)) return;
    if (site.tier === 'device' && s !== source) return;
    if (allowed !== null && !allowed.has(s)) return;
    out.push(s);
  });
  return out;
}

function addHopFigures(
  v: VarBuilder,
  f: HopFigures,
  bits: number,
  rate: number,
  objective: PlacementObjective,
  problem: PlacementProblem,
  rowOf: (key: number) => number,
  siteCount: number,
): void {
  v.fixedMs += f.fixedMs + f.serialisationMsPerBit * bits;
  const gbPerMonth = (rate * bits * problem.hoursPerMonth * SECONDS_PER_HOUR) / BITS_PER_BYTE / 1e9;
  if (objective === 'cost') v.objective += gbPerMonth * f.usdPerGb;
  else if (objective === 'energy') v.objective += gbPerMonth * f.kwhPerGb;
  const mbps = (rate * bits) / 1e6;
  if (mbps > 0) for (const slot of f.slots) v.load(rowOf(siteCount + slot), mbps);
}

function pricingOf(site: Scenario['sites'][number]) {
  return site.pricing ?? TIERS[site.tier].defaultPricing;
}

/**
 * Facility kW per erlang of work at each site: (full − idle power) × PUE.
 * power.ts puts a pool's IT power at units × (idle + ρ (full − idle)) with
 * ρ = erlangs ÷ servers, so each erlang adds (full − idle) whatever the pool's
 * size; a device group's devices add it per device, and the erlangs count all of them.
 */
function facilityKwPerErlang(problem: PlacementProblem): Float64Array {
  const { scenario, params } = problem;
  return Float64Array.from(scenario.sites, (site) => {
    const acc = site.compute.acceleratorId;
    if (site.compute.count === 0 || ACCELERATORS[acc].maxPowerW.value === 0) return 0;
    const full = params.get(acceleratorKey(acc, 'maxPowerW'));
    const idle = params.get(acceleratorKey(acc, 'idlePowerW'));
    return ((full - idle) / 1000) * site.pue;
  });
}

function siteRow(problem: PlacementProblem, site: number): CapacityRow {
  const capacity = problem.pools[site].servers;
  const background = problem.backgroundErlangs[site];
  return {
    kind: 'siteCapacity',
    element: site,
    slot: -1,
    capacity,
    background,
    rhs: Math.max(0, capacity * HEADROOM - background),
    name: `site_${site}`,
  };
}

function slotRow(problem: PlacementProblem, slot: number): CapacityRow {
  const link = Math.floor(slot / SLOTS_PER_LINK);
  const within = slot % SLOTS_PER_LINK;
  const slice = (within & 1) === 1;
  const capacity = slotCapacityMbps(problem.network, link, slice);
  const background = problem.backgroundSlotMbps[slot];
  const name = `link_${link}_${within < 2 ? 'f' : 'r'}${slice ? 's' : 'b'}`;
  return { kind: 'linkCapacity', element: link, slot, capacity, background, rhs: Math.max(0, capacity * HEADROOM - background), name };
}
