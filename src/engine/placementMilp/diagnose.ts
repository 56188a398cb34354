import { writeLp, type Family, type Slack } from './lpFormat';
import { buildPlacementModel, HEADROOM, type PlacementModel } from './model';
import { solveLpText, type MilpSolver } from './solve';
import type { BindingConstraint } from './types';

export interface Diagnosis {
  readonly binding: BindingConstraint;
  readonly alsoBinding: readonly BindingConstraint[];
  readonly highsMs: number;
}

/** An elastic model's solution: its values and what each slack column measures. */
interface Elastic {
  readonly model: PlacementModel;
  readonly values: ReadonlyMap<string, number>;
  readonly slacks: readonly Slack[];
}

const FAMILIES: readonly Family[] = ['residency', 'siteCapacity', 'linkCapacity', 'latencyObjective'];

const fmt = (x: number, digits = 2) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(digits));

/**
 * Names what makes a model infeasible (before any cut). A stage with no
 * candidate is named at once. Otherwise each family of constraints is relaxed
 * in turn, elastically: its rows get penalised slack (residency: the choices
 * that break it are allowed at a penalty), and HiGHS finds the least
 * violation. A family whose relaxation is feasible binds, and its most
 * violated element is named. When no family alone explains it, all are
 * relaxed together and every violated element is named.
 */
export function diagnoseInfeasible(solver: MilpSolver, strict: PlacementModel, timeLimitS?: number): Diagnosis {
  let highsMs = 0;
  const empty = strict.emptyStages[0];
  if (empty !== undefined) return { binding: emptyStage(strict, empty.workload, empty.stage), alsoBinding: [], highsMs };

  let relaxedResidency: PlacementModel | null = null;
  const residencyModel = () => (relaxedResidency ??= buildPlacementModel(strict.problem, strict.objective, true));
  const run = (families: ReadonlySet<Family>): Elastic | null => {
    const model = families.has('residency') ? residencyModel() : strict;
    if (model.emptyStages.length > 0) return null;
    const lp = writeLp(model, [], families);
    const outcome = solveLpText(solver, model, lp, timeLimitS);
    highsMs += outcome.ms;
    if (outcome.status !== 'optimal') return null;
    return { model, values: outcome.values!, slacks: lp.slacks };
  };

  const found: BindingConstraint[] = [];
  for (const family of FAMILIES) {
    if (family === 'residency' && !hasResidencyChoices(residencyModel())) continue;
    const solved = run(new Set([family]));
    if (solved !== null) found.push(...violations(solved).slice(0, 1));
  }
  if (found.length > 0) return { binding: found[0], alsoBinding: found.slice(1), highsMs };

  const solved = run(new Set(FAMILIES));
  if (solved === null) {
    return {
      binding: { kind: 'combined', message: 'No placement satisfies the constraints, even with every family relaxed' },
      alsoBinding: [],
      highsMs,
    };
  }
  const all = violations(solved);
  return {
    binding: {
      kind: 'combined',
      message: `No single family of constraints explains it; together: ${all.map((b) => b.message).join('; ')}`,
    },
    alsoBinding: all,
    highsMs,
  };
}

function hasResidencyChoices(model: PlacementModel): boolean {
  return model.workloads.some(
    (w) => w.stages.some((s) => s.x.some((v) => v.residencyViolation)) || w.hops.some((p) => p.some((q) => q.y.residencyViolation)),
  );
}

function emptyStage(strict: PlacementModel, w: number, i: number): BindingConstraint {
  const workload = strict.workloads[w];
  const stage = strict.problem.scenario.workloads[workload.index].stages[i];
  const relaxed = buildPlacementModel(strict.problem, strict.objective, true);
  if (relaxed.workloads[w].stages[i].sites.length > 0) {
    const home = homeOf(strict, w);
    return {
      kind: 'residency',
      elementId: workload.id,
      message: `residency of ${workload.name}: "${stage.name}" receives raw personal data, and no site it could run on is in ${home} and reached without leaving it`,
    };
  }
  const restricted = strict.problem.restrictions[w][i] !== null;
  return {
    kind: 'noCandidate',
    elementId: workload.id,
    message: `${workload.name}: "${stage.name}" has no site to run on (${restricted ? 'none of the sites allowed for it' : 'no site'} has an accelerator and a route to and from its devices)`,
  };
}

function homeOf(model: PlacementModel, w: number): string {
  const { scenario, network } = model.problem;
  return scenario.sites[network.siteIndex.get(scenario.workloads[model.workloads[w].index].sourceSiteId)!].jurisdiction;
}

/** The violated elements of an elastic solution, most violated first within each family. */
function violations({ model, values, slacks }: Elastic): BindingConstraint[] {
  const out: { share: number; binding: BindingConstraint }[] = [];
  const { scenario, network } = model.problem;
  for (const slack of slacks) {
    const amount = (values.get(slack.name) ?? 0) * slack.unitsPerColumn;
    if (amount <= 1e-9) continue;
    if (slack.family === 'latencyObjective') {
      const workload = model.workloads[slack.index];
      const fastest = fastestFixedMs(model, slack.index);
      const message =
        fastest > workload.objectiveMs * (1 + 1e-9)
          ? `latency objective of ${workload.name}: the fastest placement's fixed parts are ${fmt(fastest)} ms against ${fmt(workload.objectiveMs)} ms`
          : `latency objective of ${workload.name}: with the capacity the others need, its fixed parts come to ${fmt(workload.objectiveMs + amount)} ms at best against ${fmt(workload.objectiveMs)} ms (${fmt(fastest)} ms alone)`;
      out.push({ share: amount / workload.objectiveMs, binding: { kind: 'latencyObjective', elementId: workload.id, message } });
      continue;
    }
    const row = model.rows[slack.index];
    const share = amount / Math.max(row.capacity, 1e-9);
    const held = row.background > 0 ? `, less ${fmt(row.background)} taken by the workloads that stay` : '';
    if (slack.family === 'siteCapacity') {
      const site = scenario.sites[row.element];
      const perDevice = site.tier === 'device' ? ' per device' : '';
      out.push({
        share,
        binding: {
          kind: 'siteCapacity',
          elementId: site.id,
          message: `capacity of ${site.name} compute: ${fmt(row.rhs + amount)} erlangs${perDevice} needed against ${fmt(row.rhs)} free (${HEADROOM * 100} % of ${row.capacity} accelerator${row.capacity === 1 ? '' : 's'}${held})`,
        },
      });
    } else {
      const link = network.links[row.element];
      const forward = row.slot % 4 < 2;
      const [a, b] = forward ? [link.from, link.to] : [link.to, link.from];
      const slice = row.slot % 2 === 1 ? ', URLLC slice' : '';
      out.push({
        share,
        binding: {
          kind: 'linkCapacity',
          elementId: link.id,
          message: `capacity of link ${link.id} (${scenario.sites[a].name} → ${scenario.sites[b].name}${slice}): ${fmt(row.rhs + amount)} Mbit/s needed against ${fmt(row.rhs)} free (${HEADROOM * 100} % of ${fmt(row.capacity)} Mbit/s${held})`,
        },
      });
    }
  }
  model.workloads.forEach((workload, w) => {
    const stage = residencyBreach(model, w, values);
    if (stage === null) return;
    const name = scenario.workloads[workload.index].stages[stage].name;
    out.push({
      share: 1,
      binding: {
        kind: 'residency',
        elementId: workload.id,
        message: `residency of ${workload.name}: "${name}" receives raw personal data that must stay in ${homeOf(model, w)}, and no placement there meets the other constraints`,
      },
    });
  });
  return out.sort((a, b) => b.share - a.share).map((o) => o.binding);
}

/** The first stage whose chosen placement or incoming hop breaks residency, or null. */
function residencyBreach(model: PlacementModel, w: number, values: ReadonlyMap<string, number>): number | null {
  const workload = model.workloads[w];
  for (let i = 0; i < workload.stages.length; i++) {
    if (workload.stages[i].x.some((v) => v.residencyViolation && (values.get(v.name) ?? 0) > 0.5)) return i;
    if (i > 0 && workload.hops[i - 1].some((p) => p.y.residencyViolation && (values.get(p.y.name) ?? 0) > 0.5)) return i;
  }
  return null;
}

/** Least fixed latency of one workload over its placements, capacity aside: a shortest path through its stages. */
export function fastestFixedMs(model: PlacementModel, w: number): number {
  const workload = model.workloads[w];
  let best = workload.stages[0].x.map((v) => v.fixedMs);
  for (let i = 1; i < workload.stages.length; i++) {
    const next = workload.stages[i].x.map(() => Infinity);
    for (const p of workload.hops[i - 1]) next[p.to] = Math.min(next[p.to], best[p.from] + p.y.fixedMs);
    best = next.map((ms, k) => ms + workload.stages[i].x[k].fixedMs);
  }
  return Math.min(...best);
}
