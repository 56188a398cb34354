import { MEDIA } from '../catalogue/media';
import type { ValidationError } from '../scenario/errors';
import { validateScenario } from '../scenario/validate';
import type { StoryInput } from './types';

export type CheckedStoryInput =
  { readonly ok: true; readonly input: StoryInput } | { readonly ok: false; readonly errors: readonly ValidationError[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;
const fail = (path: string, message: string): CheckedStoryInput => ({ ok: false, errors: [{ path, message }] });

/**
 * Checks a story request from outside the engine (the worker's caller): both
 * documents validate, and every id names a workload or link they hold. The
 * slice must be reserved on radio links. Never throws.
 */
export function checkStoryInput(data: unknown): CheckedStoryInput {
  if (!isRecord(data)) return fail('(story)', 'expected an object');
  const baseline = validateScenario(data.baseline);
  if (!baseline.ok) return { ok: false, errors: baseline.errors.map((e) => ({ path: `baseline.${e.path}`, message: e.message })) };
  const edge = validateScenario(data.edge);
  if (!edge.ok) return { ok: false, errors: edge.errors.map((e) => ({ path: `edge.${e.path}`, message: e.message })) };
  const { workloadId, cutLinkId, slice, projectionYear } = data;
  if (
    !isId(workloadId) ||
    !baseline.scenario.workloads.some((w) => w.id === workloadId) ||
    !edge.scenario.workloads.some((w) => w.id === workloadId)
  )
    return fail('workloadId', 'must name a workload of both variants');
  if (!isId(cutLinkId) || !edge.scenario.links.some((l) => l.id === cutLinkId))
    return fail('cutLinkId', 'must name a link of the edge variant');
  if (typeof projectionYear !== 'number' || !Number.isInteger(projectionYear) || projectionYear < 2026 || projectionYear > 2035)
    return fail('projectionYear', 'must be a whole year from 2026 to 2035');
  const { edgeTitle } = data;
  if (edgeTitle !== undefined && (typeof edgeTitle !== 'string' || edgeTitle.length === 0 || edgeTitle.length > 60))
    return fail('edgeTitle', 'must be a text of 1 to 60 characters');
  const input: StoryInput = {
    baseline: baseline.scenario,
    edge: edge.scenario,
    workloadId,
    cutLinkId,
    projectionYear,
    ...(edgeTitle === undefined ? {} : { edgeTitle }),
  };
  if (slice === undefined) return { ok: true, input };
  if (!isRecord(slice)) return fail('slice', 'expected an object');
  const { workloadIds, linkIds, reservedMbps } = slice;
  if (
    !Array.isArray(workloadIds) ||
    workloadIds.length === 0 ||
    !workloadIds.every((id) => isId(id) && edge.scenario.workloads.some((w) => w.id === id))
  )
    return fail('slice.workloadIds', 'must name workloads of the edge variant');
  if (!Array.isArray(linkIds) || linkIds.length === 0) return fail('slice.linkIds', 'must name at least one radio link');
  for (const [i, id] of linkIds.entries()) {
    const link = edge.scenario.links.find((l) => l.id === id);
    if (link === undefined || MEDIA[link.medium].kind !== 'radio')
      return fail(`slice.linkIds[${i}]`, 'must name a radio link of the edge variant');
  }
  if (typeof reservedMbps !== 'number' || !Number.isFinite(reservedMbps) || reservedMbps <= 0)
    return fail('slice.reservedMbps', 'must be a number > 0');
  return { ok: true, input: { ...input, slice: { workloadIds: workloadIds as string[], linkIds: linkIds as string[], reservedMbps } } };
}
