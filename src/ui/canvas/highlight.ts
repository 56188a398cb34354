import type { AppState } from '../state/app.svelte';

/** Links the selected workload's requests travel over, or null when no workload is selected. */
export function highlightedLinks(app: AppState): Set<string> | null {
  const selection = app.selection;
  if (selection?.kind !== 'workload' || app.result === null) return null;
  const workload = app.result.workloads.find((w) => w.id === selection.id);
  if (workload === undefined) return null;
  return new Set(workload.segments.flatMap((s) => s.links.map((l) => l.linkId)));
}
