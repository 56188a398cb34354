import { evaluateScenario } from '../evaluate/evaluate';
import type { EvaluationResult, WorkloadResult } from '../result';
import type { Scenario } from '../scenario/schema';
import { applyPlacements } from './applyPlacements';
import type { Cut } from './lpFormat';
import type { PlacementModel } from './model';
import type { SitePlacement } from './solve';
import type { VerifiedFigures, WorkloadPlacement } from './types';

/** A workload the engine refused, and why. */
export interface EngineFailure {
  readonly workloadId: string;
  readonly optimised: boolean;
  readonly message: string;
}

export interface EngineCheck {
  readonly ok: boolean;
  readonly result: EvaluationResult;
  readonly failures: readonly EngineFailure[];
  /** No-good cuts that exclude this placement and any other the same failure dooms. */
  readonly cuts: readonly Cut[];
}

/** The placement as site ids, for applyPlacements and the result. */
export function toWorkloadPlacements(model: PlacementModel, placement: SitePlacement): WorkloadPlacement[] {
  const sites = model.problem.scenario.sites;
  return model.workloads.map((w, i) => ({ workloadId: w.id, siteIds: Array.from(placement[i], (s) => sites[s].id) }));
}

export function verifiedFigures(result: EvaluationResult): VerifiedFigures {
  return {
    totalUsdPerMonth: result.cost.totalUsdPerMonth,
    totalKwhPerMonth: result.energy.totalKwhPerMonth,
    workloads: result.workloads.map((w) => ({
      id: w.id,
      p95Ms: w.p95Ms,
      objectiveP95Ms: w.objectiveP95Ms,
      meetsObjective: w.meetsObjective,
    })),
  };
}

function failureOf(w: WorkloadResult, result: EvaluationResult): string | null {
  if (w.status !== 'ok') return `${w.name}: ${w.problem ?? w.status}`;
  if (!w.meetsObjective) return `${w.name}: p95 ${w.p95Ms!.toFixed(1)} ms against its ${w.objectiveP95Ms} ms objective`;
  const breach = result.sovereignty.find((v) => v.workloadId === w.id);
  return breach === undefined ? null : breach.message;
}

/** Sites and links a workload's request passes through, as "S:id" and "L:id". */
function elementsOf(w: WorkloadResult): Set<string> {
  const out = new Set<string>();
  for (const segment of w.segments) {
    if (segment.kind === 'compute') out.add(`S:${segment.toSiteId}`);
    else for (const link of segment.links) out.add(`L:${link.linkId}`);
  }
  return out;
}

/**
 * The engine's check of a placement, and the cuts that follow from a failure.
 *
 * A placement passes when every optimised workload is ok, meets its p95
 * objective and keeps its raw personal data at home, and every other
 * workload that met its objective before still does.
 *
 * Cuts. A workload's p95 depends only on the loads on the sites and links it
 * uses; more load there never shortens it (the monotone case below). So:
 * - an optimised workload that fails even with only the fixed workloads
 *   beside it fails wherever the others go: cut its own placement vector;
 * - otherwise, cut its placement together with the stages of other
 *   optimised workloads that load its sites or links; for a fixed workload
 *   pushed past its objective, those stages alone. Moving any other stage
 *   can add load there, never remove it.
 * Where more load can lower a delay, only the whole placement of every
 * optimised workload is cut, which is always sound: in a scenario with a
 * load-aware workload (its route may move off a busy link), and for a failure
 * on a path with on-demand burst capacity (the burst switches on as load grows).
 */
export class PlacementVerifier {
  readonly #model: PlacementModel;
  readonly #protected: readonly number[];
  /** Load-aware routes move with load anywhere: only whole placements may be cut. */
  readonly #loadAware: boolean;
  /** Links with on-demand burst capacity, as "L:id". */
  readonly #burstLinks: ReadonlySet<string>;
  readonly #optimised: ReadonlySet<number>;
  readonly #aloneCache = new Map<string, boolean>();

  constructor(model: PlacementModel) {
    this.#model = model;
    const { drawn, scenario, network, optimised } = model.problem;
    this.#optimised = new Set(optimised);
    const before = evaluateScenario(drawn, { whatIfs: false });
    this.#protected = before.workloads.flatMap((w, i) => (!this.#optimised.has(i) && w.meetsObjective ? [i] : []));
    this.#loadAware = scenario.workloads.some((w) => w.routingPolicy === 'loadAware');
    this.#burstLinks = new Set(network.links.filter((l) => network.burstCapacityMbps[l.index] > 0).map((l) => `L:${l.id}`));
  }

  check(placement: SitePlacement): EngineCheck {
    const model = this.#model;
    const drawn = model.problem.drawn;
    const applied = applyPlacements(drawn, toWorkloadPlacements(model, placement));
    const result = evaluateScenario(applied, { whatIfs: false });
    const failures: EngineFailure[] = [];
    const failedOptimised: number[] = [];
    model.workloads.forEach((w, m) => {
      const message = failureOf(result.workloads[w.index], result);
      if (message !== null) {
        failures.push({ workloadId: w.id, optimised: true, message });
        failedOptimised.push(m);
      }
    });
    const victims = this.#protected.filter((i) => !result.workloads[i].meetsObjective);
    for (const i of victims)
      failures.push({ workloadId: result.workloads[i].id, optimised: false, message: failureOf(result.workloads[i], result)! });
    if (failures.length === 0) return { ok: true, result, failures, cuts: [] };
    return { ok: false, result, failures, cuts: this.#cutsFor(placement, applied, result, failedOptimised, victims) };
  }

  #cutsFor(
    placement: SitePlacement,
    applied: Scenario,
    result: EvaluationResult,
    failed: readonly number[],
    victims: readonly number[],
  ): Cut[] {
    const model = this.#model;
    const whole = () =>
      this.#cut(
        placement,
        model.workloads.flatMap((w, m) => w.stages.map((_, i) => [m, i] as const)),
      );
    if (this.#loadAware) return [whole()];
    const path = (index: number) => elementsOf(result.workloads[index]);
    const bursts = (elements: ReadonlySet<string>) => [...elements].some((e) => this.#burstLinks.has(e));
    if ([...failed.map((m) => model.workloads[m].index), ...victims].some((i) => bursts(path(i)))) return [whole()];
    const cuts = new Map<string, Cut>();
    const add = (members: (readonly [number, number])[]) => {
      if (members.length === 0) return;
      const cut = this.#cut(placement, members);
      cuts.set(cut.members.map((c) => `${c.workload}.${c.stage}`).join(','), cut);
    };
    const ownStages = (m: number) => model.workloads[m].stages.map((_, i) => [m, i] as const);
    for (const m of failed) {
      if (this.#failsAlone(m, placement, applied)) add(ownStages(m));
      else add([...ownStages(m), ...this.#stagesLoading(path(model.workloads[m].index), result, m)]);
    }
    for (const i of victims) {
      const members = this.#stagesLoading(path(i), result, -1);
      // No optimised stage loads its path: the failure is not theirs to fix (it cannot happen when more load never helps).
      if (members.length > 0) add(members);
      else return [whole()];
    }
    return [...cuts.values()];
  }

  /**
   * Stages of optimised workloads (other than `except`) whose placement puts
   * load on the given sites and links: a stage computing at one of the sites,
   * and both ends of a hop crossing one of the links (the devices are no
   * variable). Moving any other stage can only add load there.
   */
  #stagesLoading(elements: ReadonlySet<string>, result: EvaluationResult, except: number): (readonly [number, number])[] {
    const out: (readonly [number, number])[] = [];
    this.#model.workloads.forEach((w, m) => {
      if (m === except) return;
      const stages = this.#model.problem.scenario.workloads[w.index].stages;
      const marked = new Uint8Array(stages.length);
      let stage = 0;
      for (const segment of result.workloads[w.index].segments) {
        if (segment.kind === 'compute') {
          if (stages[stage].gflopsPerRequest > 0 && elements.has(`S:${segment.toSiteId}`)) marked[stage] = 1;
          stage++;
        } else if (segment.links.some((l) => elements.has(`L:${l.linkId}`))) {
          if (segment.isReturn) marked[stages.length - 1] = 1;
          else {
            marked[stage] = 1;
            if (stage > 0) marked[stage - 1] = 1;
          }
        }
      }
      marked.forEach((on, i) => on === 1 && out.push([m, i]));
    });
    return out;
  }

  /** Whether optimised workload m fails at its placement with only the fixed workloads beside it. */
  #failsAlone(m: number, placement: SitePlacement, applied: Scenario): boolean {
    const key = `${m}|${placement[m].join(',')}`;
    let fails = this.#aloneCache.get(key);
    if (fails === undefined) {
      const index = this.#model.workloads[m].index;
      const alone: Scenario = { ...applied, workloads: applied.workloads.filter((_, i) => i === index || !this.#optimised.has(i)) };
      const result = evaluateScenario(alone, { whatIfs: false });
      const id = applied.workloads[index].id;
      fails =
        failureOf(
          result.workloads.find((w) => w.id === id)!,
          result,
        ) !== null;
      this.#aloneCache.set(key, fails);
    }
    return fails;
  }

  #cut(placement: SitePlacement, members: readonly (readonly [number, number])[]): Cut {
    const sorted = [...members].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return { members: sorted.map(([workload, stage]) => ({ workload, stage, site: placement[workload][stage] })) };
  }
}
