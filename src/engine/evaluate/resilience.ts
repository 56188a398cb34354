import { GLOBAL_KEYS } from '../catalogue/registry';
import type { FailureImpact, ResilienceReport, WorkloadResilience } from '../result';
import type { Scenario } from '../scenario/schema';
import { runCore, type CoreRun } from './core';
import { driveScenario } from './drivers';
import { applyHopLoad, routeHops, type Hop } from './flows';
import { composeWorkload, summarise } from './latency';
import { scaledProfile, solveLink, type LinkQueues } from './linkQueues';
import { prepareNetwork, type PreparedNetwork } from './network';
import { STANDARD_RUN } from './options';
import type { RouteConstraints } from '../routing/router';
import type { Component } from '../model/distribution';

/** The per-link queue state a failure may change, saved so it can be put back. */
interface SavedLink {
  link: number;
  capacityMbps: Float64Array;
  utilisation: Float64Array;
  waitMeanMs: Float64Array;
  wait: (Component | null)[];
  singleSize: Uint8Array;
  burstOn: number;
  burstHoursPerDay: number;
  busyHourUtilisation: number;
}

function saveLink(q: LinkQueues, link: number): SavedLink {
  const a = link * 4;
  return {
    link,
    capacityMbps: q.capacityMbps.slice(a, a + 4),
    utilisation: q.utilisation.slice(a, a + 4),
    waitMeanMs: q.waitMeanMs.slice(a, a + 4),
    wait: q.wait.slice(a, a + 4),
    singleSize: q.singleSize.slice(a, a + 4),
    burstOn: q.burstOn[link],
    burstHoursPerDay: q.burstHoursPerDay[link],
    busyHourUtilisation: q.busyHourUtilisation[link],
  };
}

function restoreLink(q: LinkQueues, s: SavedLink): void {
  const a = s.link * 4;
  q.capacityMbps.set(s.capacityMbps, a);
  q.utilisation.set(s.utilisation, a);
  q.waitMeanMs.set(s.waitMeanMs, a);
  q.singleSize.set(s.singleSize, a);
  for (let k = 0; k < 4; k++) q.wait[a + k] = s.wait[k];
  q.burstOn[s.link] = s.burstOn;
  q.burstHoursPerDay[s.link] = s.burstHoursPerDay;
  q.busyHourUtilisation[s.link] = s.busyHourUtilisation;
}

/**
 * N−1 analysis: fails every link and every site in turn and reports which
 * workloads lose connectivity, which miss their objective, and what the
 * reroute costs in latency. Only what a failure touches is recomputed: the
 * hops that crossed the failed element are affected, the links whose load
 * changes are re-solved, and only the workloads on those links are composed
 * again; then everything is put back for the next failure.
 */
export function resilienceSweep(drawn: Scenario): ResilienceReport {
  const { params, scenario } = driveScenario(drawn);
  const network = prepareNetwork(scenario, params);
  const run = runCore(scenario, network, params, STANDARD_RUN);
  const profile = scaledProfile(params.get(GLOBAL_KEYS.busyHourFactor));
  const peak = Math.max(...profile);

  // Which hops cross each link, and which pass through each site.
  const hopsOnLink: Hop[][] = network.links.map(() => []);
  const hopsThroughSite: Hop[][] = scenario.sites.map(() => []);
  for (const hop of run.hops) {
    if (hop.route === null) continue;
    for (const l of hop.route.links) hopsOnLink[l].push(hop);
    for (let i = 1; i < hop.route.nodes.length - 1; i++) hopsThroughSite[hop.route.nodes[i]].push(hop);
  }
  // Workloads that cannot survive a site's loss: they start there or run a stage there.
  const placedAt: number[][] = scenario.sites.map(() => []);
  scenario.workloads.forEach((w, wi) => {
    const sites = new Set([w.sourceSiteId, ...w.stages.map((s) => s.siteId)]);
    for (const id of sites) placedAt[network.siteIndex.get(id)!].push(wi);
  });

  const baseP95 = run.composed.map((c, w) => (c.status === 'ok' ? run.summaries[w].p95Ms : null));
  const baseMeets = scenario.workloads.map((w, i) => baseP95[i] !== null && baseP95[i]! <= w.latencyObjectiveP95Ms);
  const impacts: FailureImpact[] = [];
  const perWorkload = scenario.workloads.map(() => ({
    disconnect: [] as string[],
    breaks: [] as string[],
    worst: null as WorkloadResilience['worst'],
    worstScore: -Infinity,
  }));

  const failOne = (kind: 'link' | 'site', index: number, id: string) => {
    const constraints: RouteConstraints = kind === 'link' ? { blockedLink: index } : { blockedNode: index };
    const lost = new Set(kind === 'site' ? placedAt[index] : []);
    const moved = (kind === 'link' ? hopsOnLink[index] : hopsThroughSite[index]).filter((h) => !lost.has(h.workload));
    if (moved.length === 0 && lost.size === 0) return;
    const impact = rerouteAndMeasure(run, network, scenario, moved, constraints, profile, peak, lost, hopsOnLink);
    const missed: string[] = [];
    const affected: FailureImpact['affected'][number][] = [];
    let worstDelta = 0;
    for (const [w, after] of impact) {
      const workload = scenario.workloads[w];
      const score = after.p95Ms === null ? Infinity : after.p95Ms - (baseP95[w] ?? 0);
      if (after.p95Ms === null) {
        if (!lost.has(w)) perWorkload[w].disconnect.push(id);
      } else {
        const delta = baseP95[w] === null ? null : after.p95Ms - baseP95[w]!;
        affected.push({ workloadId: workload.id, p95Ms: after.p95Ms, deltaP95Ms: delta });
        if (delta !== null) worstDelta = Math.max(worstDelta, delta);
        if (baseMeets[w] && after.p95Ms > workload.latencyObjectiveP95Ms) {
          missed.push(workload.id);
          perWorkload[w].breaks.push(id);
        }
      }
      if (score > perWorkload[w].worstScore && score > 0 && !lost.has(w)) {
        perWorkload[w].worstScore = score;
        perWorkload[w].worst = { elementKind: kind, elementId: id, p95Ms: after.p95Ms };
      }
    }
    const disconnected = [...impact].filter(([, a]) => a.p95Ms === null).map(([w]) => scenario.workloads[w].id);
    impacts.push({ elementKind: kind, elementId: id, disconnected, missedObjective: missed, affected, worstDeltaP95Ms: worstDelta });
  };

  network.links.forEach((l) => failOne('link', l.index, l.id));
  scenario.sites.forEach((s, i) => failOne('site', i, s.id));

  const tested = network.links.length + scenario.sites.length;
  return {
    elementsTested: tested,
    impacts,
    workloads: scenario.workloads.map((w, i) => ({
      workloadId: w.id,
      singleFailuresTested: tested,
      failuresThatDisconnect: perWorkload[i].disconnect,
      ownSites: [...new Set([w.sourceSiteId, ...w.stages.map((s) => s.siteId)])],
      failuresThatBreakObjective: perWorkload[i].breaks,
      worst: perWorkload[i].worst,
      survivesEverySingleFailure: perWorkload[i].disconnect.length === 0 && perWorkload[i].breaks.length === 0,
    })),
  };
}

/**
 * Reroutes `moved` under the failure, re-solves the links whose load changed,
 * composes the workloads on them again, then undoes it all. Returns each
 * touched workload's p95 under the failure (null: disconnected).
 */
function rerouteAndMeasure(
  run: CoreRun,
  network: PreparedNetwork,
  scenario: Scenario,
  moved: readonly Hop[],
  constraints: RouteConstraints,
  profile: readonly number[],
  peak: number,
  lost: ReadonlySet<number>,
  hopsOnLink: readonly (readonly Hop[])[],
): Map<number, { p95Ms: number | null }> {
  const saved = moved.map((h) => ({ hop: h, route: h.route, forward: h.forward }));
  const changed = new Set<number>();
  for (const h of moved) {
    for (const l of h.route!.links) changed.add(l);
    applyHopLoad(h, network, run.loads, -1);
  }
  routeHops(moved, scenario, run.ctx, constraints);
  for (const h of moved) {
    applyHopLoad(h, network, run.loads, 1);
    if (h.route !== null) for (const l of h.route.links) changed.add(l);
  }
  const savedLinks = [...changed].map((l) => saveLink(run.queues, l));
  for (const l of changed) solveLink(network, network.links[l], run.loads, profile, peak, true, run.queues);

  // Workloads touched: those that moved, and any whose (unmoved) hops cross a changed link.
  const touched = new Set<number>(lost);
  for (const h of moved) touched.add(h.workload);
  for (const l of changed) for (const h of hopsOnLink[l]) touched.add(h.workload);
  const out = new Map<number, { p95Ms: number | null }>();
  for (const w of touched) {
    if (lost.has(w)) {
      out.set(w, { p95Ms: null });
      continue;
    }
    const c = composeWorkload(scenario, w, run.flows[w], network, run.queues, run.compute, new Set());
    out.set(w, { p95Ms: c.status === 'ok' ? summarise(c).p95Ms : null });
  }

  // Put everything back as it was.
  for (const h of moved) applyHopLoad(h, network, run.loads, -1);
  for (const s of saved) {
    s.hop.route = s.route;
    s.hop.forward = s.forward;
    s.hop.unroutedReason = null;
    applyHopLoad(s.hop, network, run.loads, 1);
  }
  for (const s of savedLinks) restoreLink(run.queues, s);
  return out;
}
