import type { EvaluationResult } from '../../engine/result';

function linksUsed(result: EvaluationResult): Set<string> {
  const used = new Set<string>();
  for (const w of result.workloads) for (const s of w.segments) for (const l of s.links) used.add(l.linkId);
  return used;
}

/** Links that carry traffic with the failures and did not without them: the reroutes to draw. */
export function reroutedLinks(result: EvaluationResult | null, intact: EvaluationResult | null): ReadonlySet<string> {
  if (result === null || intact === null) return new Set();
  const before = linksUsed(intact);
  return new Set([...linksUsed(result)].filter((id) => !before.has(id)));
}

/** Workloads the failures cut off: reachable without them, unreachable with them. */
export function disconnectedWorkloads(result: EvaluationResult | null, intact: EvaluationResult | null): ReadonlySet<string> {
  if (result === null || intact === null) return new Set();
  const wasUp = new Set(intact.workloads.filter((w) => w.status !== 'unreachable').map((w) => w.id));
  return new Set(result.workloads.filter((w) => w.status === 'unreachable' && wasUp.has(w.id)).map((w) => w.id));
}
