import type { TierId } from '../catalogue/tiers';
import type { Scenario, Stage, Workload } from '../scenario/schema';
import { hasCompute, type SiteDistances } from './nearestSite';
import type { StrategyId } from './strategies';

/**
 * What each strategy places where, workload by workload. A plan names a
 * site for every stage of a workload, or says why the workload cannot
 * follow the strategy; strategies.ts turns plans into scenarios.
 */

/** Sites of some tiers that have compute, and how to name them in a sentence. */
export interface TierGroup {
  readonly label: string;
  readonly candidates: readonly number[];
}

export interface Context {
  readonly scenario: Scenario;
  readonly distances: SiteDistances;
  readonly edge: TierGroup;
  readonly cloud: TierGroup;
  /** Where "all in cloud" goes: cloud regions, or regional DCs when the topology has no cloud region with compute. */
  readonly allCloud: TierGroup & { readonly fallback: boolean };
}

/** Site index for each stage of a workload, or why the workload cannot follow the strategy. */
export type Plan = readonly number[] | string;

export interface Strategy {
  readonly id: StrategyId;
  readonly name: string;
  readonly suffix: string;
  /** Why no workload could follow the strategy in this topology, before looking at any workload. */
  readonly topologyReason: (ctx: Context) => string | null;
  readonly plan: (ctx: Context, workload: Workload) => Plan;
  /** Placed: the plans of the workloads that follow the strategy (none when it cannot be built). */
  readonly describe: (ctx: Context, placed: readonly (readonly number[])[]) => string;
}

const TWO_STAGES = 'needs at least two stages';

export function tierGroup(scenario: Scenario, tiers: readonly TierId[], label: string): TierGroup {
  const candidates: number[] = [];
  scenario.sites.forEach((site, i) => {
    if (tiers.includes(site.tier) && hasCompute(site)) candidates.push(i);
  });
  return { label, candidates };
}

const noSite = (group: TierGroup) => (group.candidates.length === 0 ? `no ${group.label} with an accelerator` : null);

function siteName(ctx: Context, site: number): string {
  const s = ctx.scenario.sites[site];
  return s.name.trim() === '' ? s.id : s.name;
}

/** "the nearest cloud region", led by the site's name when every workload lands on the same one. */
function nearestPhrase(ctx: Context, group: TierGroup, sites: readonly number[]): string {
  const distinct = [...new Set(sites)];
  return `${distinct.length === 1 ? `"${siteName(ctx, distinct[0])}", ` : ''}the nearest ${group.label}`;
}

/** The nearest site of a group for some of a workload's stages, or why there is none. */
function nearestFor(ctx: Context, group: TierGroup, workload: Workload, stages: readonly Stage[], reachableFrom?: number): number | string {
  const found = ctx.distances.nearest({
    workload,
    candidates: group.candidates,
    rawPersonal: stages.some((s) => s.inputDataClass === 'rawPersonal'),
    reachableFrom,
  });
  if (found !== null) return found.site;
  const source = ctx.distances.siteIndex(workload.sourceSiteId)!;
  const from = reachableFrom === undefined ? siteName(ctx, source) : `both ${siteName(ctx, source)} and ${siteName(ctx, reachableFrom)}`;
  const home = workload.routingPolicy === 'residency' ? ` without leaving ${ctx.scenario.sites[source].jurisdiction}` : '';
  return `no ${group.label} with an accelerator is reachable from ${from}${home}`;
}

function everyStageOn(ctx: Context, group: TierGroup, workload: Workload): Plan {
  const site = nearestFor(ctx, group, workload, workload.stages);
  return typeof site === 'string' ? site : workload.stages.map(() => site);
}

export const STRATEGIES: readonly Strategy[] = [
  {
    id: 'allCloud',
    name: 'All in cloud',
    suffix: 'all in cloud',
    topologyReason: (ctx) => (ctx.allCloud.candidates.length === 0 ? 'no cloud region or regional data centre with an accelerator' : null),
    plan: (ctx, workload) => everyStageOn(ctx, ctx.allCloud, workload),
    describe: (ctx, placed) =>
      `Every stage moves to ${nearestPhrase(ctx, ctx.allCloud, placed.flat())}` +
      (ctx.allCloud.fallback ? ', as there is no cloud region with an accelerator.' : '.'),
  },
  {
    id: 'edgeInference',
    name: 'Edge inference',
    suffix: 'edge inference',
    topologyReason: (ctx) => noSite(ctx.edge),
    plan: (ctx, workload) => everyStageOn(ctx, ctx.edge, workload),
    describe: (ctx, placed) => `Every stage moves to ${nearestPhrase(ctx, ctx.edge, placed.flat())}.`,
  },
  {
    id: 'deviceEdgeSplit',
    name: 'Device + edge split',
    suffix: 'device + edge split',
    topologyReason: (ctx) => noSite(ctx.edge),
    plan: (ctx, workload) => {
      const source = ctx.distances.siteIndex(workload.sourceSiteId)!;
      if (!hasCompute(ctx.scenario.sites[source])) return `the devices (${siteName(ctx, source)}) have no accelerator`;
      if (workload.stages.length < 2) return TWO_STAGES;
      const edge = nearestFor(ctx, ctx.edge, workload, workload.stages.slice(1));
      return typeof edge === 'string' ? edge : workload.stages.map((_, i) => (i === 0 ? source : edge));
    },
    describe: (ctx, placed) =>
      `The first stage moves onto the devices that send the requests and the rest to ${nearestPhrase(
        ctx,
        ctx.edge,
        placed.flatMap((p) => p.slice(1)),
      )}.`,
  },
  {
    id: 'edgeCloudAggregation',
    name: 'Edge + cloud aggregation',
    suffix: 'edge + cloud aggregation',
    topologyReason: (ctx) => noSite(ctx.edge) ?? noSite(ctx.cloud),
    plan: (ctx, workload) => {
      const stages = workload.stages;
      if (stages.length < 2) return TWO_STAGES;
      const edge = nearestFor(ctx, ctx.edge, workload, stages.slice(0, -1));
      if (typeof edge === 'string') return edge;
      // The last stage is fed by the edge site, so its cloud region must be reachable from there too.
      const cloud = nearestFor(ctx, ctx.cloud, workload, stages.slice(-1), edge);
      return typeof cloud === 'string' ? cloud : stages.map((_, i) => (i === stages.length - 1 ? cloud : edge));
    },
    describe: (ctx, placed) =>
      `Every stage but the last moves to ${nearestPhrase(
        ctx,
        ctx.edge,
        placed.flatMap((p) => p.slice(0, -1)),
      )}, and the last to ${nearestPhrase(
        ctx,
        ctx.cloud,
        placed.map((p) => p[p.length - 1]),
      )}.`,
  },
];
