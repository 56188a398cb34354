import * as v from 'valibot';
import { MEDIA } from '../../engine/catalogue/media';
import type { ValidationError } from '../../engine/scenario/errors';
import { formatPath, validateScenario } from '../../engine/scenario/validate';
import type { Scenario } from '../../engine/scenario/schema';
import { placeStage, updateSite } from '../edits';
import { TemplateSchema, type TemplateInput } from './templateSchema';

/** A template checked through and through: both variants are valid scenario documents. */
export interface Template extends Omit<TemplateInput, 'baseline'> {
  readonly baseline: Scenario;
  readonly edgeScenario: Scenario;
}

export type TemplateReading =
  { readonly ok: true; readonly template: Template } | { readonly ok: false; readonly errors: readonly ValidationError[] };

const fail = (path: string, message: string): TemplateReading => ({ ok: false, errors: [{ path, message }] });

/** The baseline with the edge variant's stages moved and accelerators changed. */
export function applyEdge(baseline: Scenario, edge: TemplateInput['edge']): Scenario {
  let doc = applyPlacements(baseline, edge.placements);
  for (const [siteId, compute] of Object.entries(edge.compute ?? {})) {
    const site = doc.sites.find((s) => s.id === siteId);
    if (site !== undefined)
      doc = updateSite(doc, siteId, {
        compute: { acceleratorId: compute.acceleratorId ?? site.compute.acceleratorId, count: compute.count },
      });
  }
  return doc;
}

/** The baseline with the edge variant's stages moved. */
export function applyPlacements(baseline: Scenario, placements: TemplateInput['edge']['placements']): Scenario {
  let doc = baseline;
  for (const [workloadId, stages] of Object.entries(placements)) {
    for (const [stageId, siteId] of Object.entries(stages)) doc = placeStage(doc, workloadId, stageId, siteId);
  }
  return doc;
}

/**
 * Reads a template file's parsed JSON. Every id it names must exist in the
 * baseline, the edge variant must validate, and the slice must be reserved on
 * radio links. Never throws.
 */
export function readTemplate(data: unknown): TemplateReading {
  const parsed = v.safeParse(TemplateSchema, data, { abortPipeEarly: true });
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return fail(formatPath((issue.path ?? []).map((p) => p.key as PropertyKey)), issue.message);
  }
  const input = parsed.output;
  const baseline = validateScenario(input.baseline);
  if (!baseline.ok) return { ok: false, errors: baseline.errors.map((e) => ({ path: `baseline.${e.path}`, message: e.message })) };
  const doc = baseline.scenario;
  const workloads = new Map(doc.workloads.map((w) => [w.id, w]));
  const sites = new Set(doc.sites.map((s) => s.id));
  const links = new Map(doc.links.map((l) => [l.id, l]));

  for (const [workloadId, stages] of Object.entries(input.edge.placements)) {
    const workload = workloads.get(workloadId);
    if (workload === undefined) return fail(`edge.placements.${workloadId}`, 'names no workload of the baseline');
    for (const [stageId, siteId] of Object.entries(stages)) {
      if (!workload.stages.some((s) => s.id === stageId))
        return fail(`edge.placements.${workloadId}.${stageId}`, 'names no stage of that workload');
      if (!sites.has(siteId)) return fail(`edge.placements.${workloadId}.${stageId}`, `names no site of the baseline (${siteId})`);
    }
  }
  for (const siteId of Object.keys(input.edge.compute ?? {})) {
    if (!sites.has(siteId)) return fail(`edge.compute.${siteId}`, 'names no site of the baseline');
  }
  const edge = validateScenario(applyEdge(doc, input.edge));
  if (!edge.ok) return { ok: false, errors: edge.errors.map((e) => ({ path: `edge (${e.path})`, message: e.message })) };

  const { presentation } = input;
  if (!workloads.has(presentation.workloadId)) return fail('presentation.workloadId', 'names no workload of the baseline');
  if (!links.has(presentation.cutLinkId)) return fail('presentation.cutLinkId', 'names no link of the baseline');
  const slice = presentation.slice ?? { workloadIds: [], linkIds: [] };
  for (const [i, workloadId] of slice.workloadIds.entries()) {
    if (!workloads.has(workloadId)) return fail(`presentation.slice.workloadIds[${i}]`, 'names no workload of the baseline');
  }
  for (const [i, linkId] of slice.linkIds.entries()) {
    const link = links.get(linkId);
    if (link === undefined) return fail(`presentation.slice.linkIds[${i}]`, 'names no link of the baseline');
    if (MEDIA[link.medium].kind !== 'radio')
      return fail(`presentation.slice.linkIds[${i}]`, `is ${MEDIA[link.medium].label}: a slice is reserved on a radio link`);
  }
  return { ok: true, template: { ...input, baseline: doc, edgeScenario: edge.scenario } };
}
