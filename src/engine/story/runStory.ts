import { MEDIA } from '../catalogue/media';
import { evaluateScenario } from '../evaluate/evaluate';
import { projectScenario } from '../projections/projectScenario';
import type { EvaluationResult, WorkloadResult, WorkloadStatus } from '../result';
import type { Scenario } from '../scenario/schema';
import { headlineMetrics } from '../whatif/metrics';
import { requestPath } from './path';
import { atYear, withSlice, withoutSlices } from './transforms';
import type { StepFigure, Story, StoryInput, StoryStep } from './types';
import { changeText, fromTo, gbText, msText, percentText, usdText } from './wording';

/** Load at the projection year from which a link's filling up is the last step's headline (the band the canvas draws orange from). */
const LOAD_WORTH_HEADLINING = 0.5;

/** Growth the projection step's captions assume for global capacity; it does not enter the scenario's own figures. */
const UNUSED_GLOBAL_GROWTH = 0.18;

interface Evaluated {
  readonly scenario: Scenario;
  readonly result: EvaluationResult;
  readonly workload: WorkloadResult | undefined;
}

function evaluated(scenario: Scenario, workloadId: string, failedLinkIds: readonly string[] = []): Evaluated {
  const result = evaluateScenario(scenario, { failed: { linkIds: failedLinkIds }, whatIfs: false });
  return { scenario, result, workload: result.workloads.find((w) => w.id === workloadId) };
}

const p95 = (e: Evaluated) => e.workload?.p95Ms ?? null;
const p99 = (e: Evaluated) => e.workload?.p99Ms ?? null;

const STATUS_WORDS: Record<WorkloadStatus, string | null> = {
  ok: null,
  saturated: 'saturated',
  unreachable: 'cut off',
  noCompute: 'no compute',
};

/** Why an evaluation has no latency for the headline workload, in a word or two; null when it has one. */
const statusNote = (e: Evaluated | null): string | null => (e === null ? null : STATUS_WORDS[e.workload?.status ?? 'unreachable']);

/** A latency in words: its value, or why there is none. */
const latencyText = (e: Evaluated, pick: (e: Evaluated) => number | null = p95): string => statusNote(e) ?? msText(pick(e));

function figure(
  label: string,
  unit: StepFigure['unit'],
  before: number | null,
  after: number | null,
  notes: { readonly before?: Evaluated; readonly after?: Evaluated; readonly lowerIsBetter?: boolean } = {},
): StepFigure {
  return {
    label,
    unit,
    before,
    after,
    lowerIsBetter: notes.lowerIsBetter ?? true,
    beforeNote: before === null ? statusNote(notes.before ?? null) : null,
    afterNote: after === null ? statusNote(notes.after ?? null) : null,
  };
}

/** Where a workload's stages run, by site name: "Barcelona MEC and Cloud region Paris". */
function whereItRuns(scenario: Scenario, workloadId: string): string {
  const workload = scenario.workloads.find((w) => w.id === workloadId);
  const names = [...new Set(workload?.stages.map((s) => scenario.sites.find((x) => x.id === s.siteId)?.name ?? s.siteId) ?? [])];
  return names.length <= 1 ? (names[0] ?? 'nowhere') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function linkName(scenario: Scenario, linkId: string): string {
  const link = scenario.links.find((l) => l.id === linkId);
  if (link === undefined) return linkId;
  const name = (id: string) => scenario.sites.find((s) => s.id === id)?.name ?? id;
  // "Long-haul fibre" reads "long-haul fibre" mid-sentence; "5G eMBB" and "Wi-Fi 6" keep their capitals.
  const medium = MEDIA[link.medium].label.replace(/^[A-Z][a-z-]+\b/, (word) => word.toLowerCase());
  return `the ${medium} link ${name(link.from)} – ${name(link.to)}`;
}

/** " 1 stage's data leaves its jurisdiction." when any does. */
const sovereigntyText = (violations: number): string =>
  violations === 0 ? '' : ` ${violations} stage${violations === 1 ? '’s data leaves its' : 's’ data leave their'} jurisdiction.`;

/** A growth multiple with the digits that show it moved: ×1.03, ×2.4. */
const multiple = (x: number) => (x < 1.1 ? x.toFixed(2) : x.toFixed(1));

const cutOffCount = (e: Evaluated) => e.result.workloads.filter((w) => w.status !== 'ok').length;

function baselineStep(input: StoryInput, base: Evaluated): StoryStep {
  const name = base.workload?.name ?? input.workloadId;
  const metrics = headlineMetrics(base.scenario, base.result);
  const objective = base.workload?.objectiveP95Ms ?? 0;
  const verdict = base.workload?.meetsObjective ? 'meets it' : 'misses it';
  return {
    id: 'baseline',
    title: 'Where it runs today',
    headline: figure(`p95 latency, ${name}`, 'ms', null, p95(base), { after: base }),
    figures: [
      figure('Egress', 'USD/month', null, metrics.egressUsdPerMonth),
      figure('Backhaul', 'GB/month', null, metrics.backhaulGbPerMonth),
      figure('Total cost', 'USD/month', null, metrics.costUsdPerMonth),
    ],
    caption: `${name} runs on ${whereItRuns(base.scenario, input.workloadId)}: p95 ${latencyText(base)} against a ${msText(objective)} objective, so it ${verdict}. Egress ${usdText(metrics.egressUsdPerMonth)}/month, backhaul ${gbText(metrics.backhaulGbPerMonth)}/month.${sovereigntyText(metrics.sovereigntyViolations)}`,
    cutLink: null,
    path: requestPath(base.scenario, base.workload, null),
  };
}

function edgeStep(input: StoryInput, base: Evaluated, edge: Evaluated): StoryStep {
  const name = edge.workload?.name ?? input.workloadId;
  const before = headlineMetrics(base.scenario, base.result);
  const after = headlineMetrics(edge.scenario, edge.result);
  const parts = [fromTo('p95 latency', latencyText(base), latencyText(edge))];
  const egress = changeText(before.egressUsdPerMonth, after.egressUsdPerMonth);
  if (egress !== null) parts.push(`egress ${egress}`);
  const backhaul = changeText(before.backhaulGbPerMonth, after.backhaulGbPerMonth);
  if (backhaul !== null) parts.push(`backhaul ${backhaul}`);
  const cost = changeText(before.costUsdPerMonth, after.costUsdPerMonth);
  if (cost !== null) parts.push(`total cost ${cost}`);
  // Data leaving its jurisdiction is the story's point where it changes: said first, and shown as a figure.
  const sovereigntyMoved = before.sovereigntyViolations !== after.sovereigntyViolations;
  if (sovereigntyMoved)
    parts.unshift(
      fromTo('Stages whose data leaves its jurisdiction', String(before.sovereigntyViolations), String(after.sovereigntyViolations)),
    );
  const figures = [
    figure('Egress', 'USD/month', before.egressUsdPerMonth, after.egressUsdPerMonth),
    figure('Backhaul', 'GB/month', before.backhaulGbPerMonth, after.backhaulGbPerMonth),
    figure('Total cost', 'USD/month', before.costUsdPerMonth, after.costUsdPerMonth),
  ];
  if (sovereigntyMoved)
    figures.unshift(figure('Sovereignty violations', 'violations', before.sovereigntyViolations, after.sovereigntyViolations));
  return {
    id: 'edge',
    title: input.edgeTitle ?? 'Move inference to the edge',
    headline: figure(`p95 latency, ${name}`, 'ms', p95(base), p95(edge), { before: base, after: edge }),
    figures,
    caption: `${parts.join('; ')}. ${name} now runs on ${whereItRuns(edge.scenario, input.workloadId)}.`,
    cutLink: null,
    path: requestPath(edge.scenario, edge.workload, null),
  };
}

/** What a cut did to the headline workload, in words. */
function cutOutcome(intact: Evaluated, cut: Evaluated): string {
  const before = p95(intact);
  const after = p95(cut);
  if (cut.workload?.status === 'saturated') return 'overloads the path left to it';
  if (after === null) return `is ${statusNote(cut) ?? 'cut off'}`;
  const usedCutLink =
    (intact.workload?.segments ?? []).some((s) => s.links.length > 0) && before !== null && Math.abs(after - before) > 0.05;
  return usedCutLink ? `reroutes: p95 ${msText(before)} → ${msText(after)}` : `is untouched: p95 stays ${msText(after)}`;
}

function cutStep(input: StoryInput, base: Evaluated, edge: Evaluated, baseCut: Evaluated, edgeCut: Evaluated): StoryStep {
  const name = edge.workload?.name ?? input.workloadId;
  const total = edge.result.workloads.length;
  const lost = cutOffCount(edgeCut);
  const others = lost === 0 ? 'Every workload keeps running.' : `${lost} of ${total} workloads lose service.`;
  return {
    id: 'cut',
    title: 'Cut a fibre',
    headline: figure(`p95 latency, ${name}`, 'ms', p95(edge), p95(edgeCut), { before: edge, after: edgeCut }),
    figures: [
      figure('Same cut, baseline p95', 'ms', p95(base), p95(baseCut), { before: base, after: baseCut }),
      figure('Workloads cut off', 'workloads', cutOffCount(edge), lost),
    ],
    caption: `With ${linkName(edge.scenario, input.cutLinkId)} cut, ${name} at the edge ${cutOutcome(edge, edgeCut)}. In the baseline it ${cutOutcome(base, baseCut)}. ${others}`,
    cutLink: linkName(edge.scenario, input.cutLinkId).replace(/^the /, ''),
    path: requestPath(edgeCut.scenario, edgeCut.workload, input.cutLinkId),
  };
}

function sliceStep(input: StoryInput, slice: NonNullable<StoryInput['slice']>, plain: Evaluated, sliced: Evaluated): StoryStep {
  const name = sliced.workload?.name ?? input.workloadId;
  const jitterBefore = plain.workload?.jitterMs ?? null;
  const jitterAfter = sliced.workload?.jitterMs ?? null;
  const sliceCost = sliced.result.cost.sliceUsdPerMonth;
  const parts = [fromTo('p99 latency', latencyText(plain, p99), latencyText(sliced, p99))];
  if (jitterBefore !== null && jitterAfter !== null) parts.push(fromTo('jitter', msText(jitterBefore), msText(jitterAfter)));
  parts.push(`the slice costs ${usdText(sliceCost)}/month`);
  const links = slice.linkIds.length === 1 ? linkName(sliced.scenario, slice.linkIds[0]) : `${slice.linkIds.length} radio links`;
  return {
    id: 'slice',
    title: 'Add a URLLC slice',
    headline: figure(`p99 latency, ${name}`, 'ms', p99(plain), p99(sliced), { before: plain, after: sliced }),
    figures: [
      figure('p95 latency', 'ms', p95(plain), p95(sliced), { before: plain, after: sliced }),
      figure('Jitter (std dev)', 'ms', jitterBefore, jitterAfter, { before: plain, after: sliced }),
      figure('Total cost', 'USD/month', plain.result.cost.totalUsdPerMonth, sliced.result.cost.totalUsdPerMonth),
    ],
    caption: `${Math.round(slice.reservedMbps).toLocaleString('en-US')} Mbit/s reserved on ${links}, fibre repaired: ${parts.join('; ')}.`,
    cutLink: null,
    path: requestPath(sliced.scenario, sliced.workload, null),
  };
}

function projectionStep(input: StoryInput, now: Evaluated, base: Evaluated): StoryStep {
  const year = input.projectionYear;
  const later = evaluated(atYear(now.scenario, year), input.workloadId);
  const baseLater = evaluated(atYear(base.scenario, year), input.workloadId);
  const projection = projectScenario(now.scenario, { horizonYear: year, userGrowthPerYear: UNUSED_GLOBAL_GROWTH });
  const span = year - projection.baseYear;
  const devices = (1 + projection.traffic.growth.deviceCountPerYear) ** span;
  const data = (1 + projection.traffic.growth.dataPerDevicePerYear) ** span;
  const busiest = [...projection.traffic.links].sort((a, b) => (b.utilisation.at(-1) ?? 0) - (a.utilisation.at(-1) ?? 0))[0];
  const first = projection.traffic.firstToSaturate[0];
  const name = now.workload?.name ?? input.workloadId;
  const edgeBackhaul = headlineMetrics(later.scenario, later.result).backhaulGbPerMonth;
  const cloudBackhaul = headlineMetrics(baseLater.scenario, baseLater.result).backhaulGbPerMonth;
  const growth =
    devices < 1.005
      ? `data per device ×${multiple(data)}, device count as drawn`
      : `devices ×${multiple(devices)}, data per device ×${multiple(data)}`;
  const parts = [`By ${year} (${growth}): ${name} p95 ${latencyText(now)} → ${latencyText(later)}`];
  if (first !== undefined)
    parts.push(
      `${first.label} runs out in ${first.saturationYear} and needs ${Math.ceil(first.capacityNeededMbps).toLocaleString('en-US')} Mbit/s`,
    );
  else if (busiest !== undefined && (busiest.utilisation.at(-1) ?? 0) >= LOAD_WORTH_HEADLINING)
    parts.push(`no link runs out, though ${busiest.label} reaches ${percentText(busiest.utilisation.at(-1) ?? 0)} load`);
  else parts.push('no link comes near running out');
  parts.push(`the edge hauls ${gbText(edgeBackhaul)}/month where the baseline would haul ${gbText(cloudBackhaul)}`);
  return {
    id: 'projection',
    title: `Look at ${year}`,
    // The load headlines when a link is filling up; otherwise the latency does.
    headline:
      busiest === undefined || (first === undefined && (busiest.utilisation.at(-1) ?? 0) < LOAD_WORTH_HEADLINING)
        ? figure(`p95 latency, ${name}`, 'ms', p95(now), p95(later), { before: now, after: later })
        : figure(`Load on ${busiest.label}`, '%', (busiest.utilisation[0] ?? 0) * 100, (busiest.utilisation.at(-1) ?? 0) * 100),
    figures: [
      figure(`p95 latency, ${name}`, 'ms', p95(now), p95(later), { before: now, after: later }),
      figure('Backhaul, edge', 'GB/month', headlineMetrics(now.scenario, now.result).backhaulGbPerMonth, edgeBackhaul),
      figure('Backhaul, baseline', 'GB/month', headlineMetrics(base.scenario, base.result).backhaulGbPerMonth, cloudBackhaul),
    ],
    caption: `${parts.join('; ')}.`,
    cutLink: null,
    path: requestPath(later.scenario, later.workload, null),
  };
}

/**
 * The presentation's story, step by step: the baseline, inference moved to
 * the edge, a fibre cut, a URLLC slice added (when the story has one), and
 * the projection year. Each step is the engine's own evaluation of a
 * document derived from the template's two variants. Pure and deterministic.
 */
export function runStory(input: StoryInput): Story {
  const base = evaluated(input.baseline, input.workloadId);
  const edge = evaluated(input.edge, input.workloadId);
  const steps: StoryStep[] = [baselineStep(input, base), edgeStep(input, base, edge)];
  steps.push(
    cutStep(
      input,
      base,
      edge,
      evaluated(input.baseline, input.workloadId, [input.cutLinkId]),
      evaluated(input.edge, input.workloadId, [input.cutLinkId]),
    ),
  );
  let latest = edge;
  if (input.slice !== undefined) {
    const plain = evaluated(withoutSlices(input.edge), input.workloadId);
    latest = evaluated(withSlice(input.edge, input.slice), input.workloadId);
    steps.push(sliceStep(input, input.slice, plain, latest));
  }
  steps.push(projectionStep(input, latest, base));
  return {
    workloadName: edge.workload?.name ?? input.workloadId,
    objectiveP95Ms: edge.workload?.objectiveP95Ms ?? 0,
    steps,
  };
}
