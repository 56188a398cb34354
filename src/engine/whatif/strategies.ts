import type { Scenario } from '../scenario/schema';
import { SiteDistances } from './nearestSite';
import { STRATEGIES, tierGroup, type Context, type Strategy } from './strategyPlans';

/**
 * One-click placement strategies to compare against the drawn placement,
 * each generated for the scenario's own topology. A generated scenario is
 * the drawn one with only stage sites changed (and a suffix on its name), so
 * the two can be evaluated and compared element by element.
 */
export const STRATEGY_IDS = ['allCloud', 'edgeInference', 'deviceEdgeSplit', 'edgeCloudAggregation'] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export interface StageMove {
  readonly workloadId: string;
  readonly stageId: string;
  readonly fromSiteId: string;
  readonly toSiteId: string;
}

/** A workload the strategy cannot place, left where it was in the generated scenario. */
export interface SkippedWorkload {
  readonly workloadId: string;
  readonly reason: string;
}

export interface StrategyOutcome {
  readonly id: StrategyId;
  readonly name: string;
  /** One plain sentence saying what moves where. */
  readonly description: string;
  /** The scenario with the strategy's placements; null when no workload can follow it. */
  readonly scenario: Scenario | null;
  /** Why the strategy cannot be built for this topology; null when scenario is not. */
  readonly reason: string | null;
  /** Stages whose site changes, in workload then stage order. */
  readonly moves: readonly StageMove[];
  /** Workloads the strategy leaves where they were, each with why (such as "needs at least two stages"). */
  readonly skipped: readonly SkippedWorkload[];
}

/** The schema's limit on a scenario name. */
const NAME_MAX_CHARS = 120;

/** The name with a suffix, shortened (by whole characters) to what the schema allows. */
function suffixedName(name: string, suffix: string): string {
  const tail = ` — ${suffix}`;
  if (name.length + tail.length <= NAME_MAX_CHARS) return name + tail;
  const chars = Array.from(name);
  let kept = '';
  for (const ch of chars) {
    if (kept.length + ch.length + 1 + tail.length > NAME_MAX_CHARS) break;
    kept += ch;
  }
  return `${kept}…${tail}`;
}

function buildOutcome(strategy: Strategy, ctx: Context): StrategyOutcome {
  const { id, name } = strategy;
  const scenario = ctx.scenario;
  const cannot = (reason: string, skipped: readonly SkippedWorkload[] = []): StrategyOutcome => ({
    id,
    name,
    description: strategy.describe(ctx, []),
    scenario: null,
    reason,
    moves: [],
    skipped,
  });
  if (scenario.workloads.length === 0) return cannot('the scenario has no workloads');
  const topologyReason = strategy.topologyReason(ctx);
  if (topologyReason !== null) return cannot(topologyReason);

  const plans = scenario.workloads.map((w) => strategy.plan(ctx, w));
  const skipped: SkippedWorkload[] = [];
  const placed: (readonly number[])[] = [];
  plans.forEach((plan, w) => {
    if (typeof plan === 'string') skipped.push({ workloadId: scenario.workloads[w].id, reason: plan });
    else placed.push(plan);
  });
  if (placed.length === 0) return cannot([...new Set(skipped.map((s) => s.reason))].join('; '), skipped);

  const moves: StageMove[] = [];
  const workloads = scenario.workloads.map((workload, w) => {
    const plan = plans[w];
    if (typeof plan === 'string') return workload;
    const stages = workload.stages.map((stage, i) => {
      const toSiteId = scenario.sites[plan[i]].id;
      if (toSiteId === stage.siteId) return stage;
      moves.push({ workloadId: workload.id, stageId: stage.id, fromSiteId: stage.siteId, toSiteId });
      return { ...stage, siteId: toSiteId };
    });
    return { ...workload, stages };
  });
  return {
    id,
    name,
    description: strategy.describe(ctx, placed),
    scenario: { ...scenario, name: suffixedName(scenario.name, strategy.suffix), workloads },
    reason: null,
    moves,
    skipped,
  };
}

/**
 * Every strategy for a validated scenario, in STRATEGY_IDS order. "Nearest"
 * is the lowest one-way base latency from each workload's devices (see
 * SiteDistances), among sites of the strategy's tiers with an accelerator;
 * stages that receive raw personal data take a site in the devices'
 * jurisdiction instead when one is within HOME_LATENCY_ALLOWANCE × that.
 * Pure and deterministic; never throws on a validated scenario.
 */
export function strategyScenarios(scenario: Scenario): StrategyOutcome[] {
  const cloud = tierGroup(scenario, ['cloud'], 'cloud region');
  const regional = tierGroup(scenario, ['regionalDc'], 'regional data centre');
  const fallback = cloud.candidates.length === 0 && regional.candidates.length > 0;
  const ctx: Context = {
    scenario,
    distances: new SiteDistances(scenario),
    edge: tierGroup(scenario, ['nearEdge', 'farEdge'], 'near-edge or far-edge site'),
    cloud,
    allCloud: { ...(fallback ? regional : cloud), fallback },
  };
  return STRATEGIES.map((strategy) => buildOutcome(strategy, ctx));
}
