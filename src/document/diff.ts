import type { Scenario } from '../engine/scenario/schema';

/** What a variant changes against its baseline, by element id. */
export interface ScenarioDiff {
  readonly addedSites: ReadonlySet<string>;
  readonly changedSites: ReadonlySet<string>;
  readonly removedSites: readonly string[];
  readonly addedLinks: ReadonlySet<string>;
  readonly changedLinks: ReadonlySet<string>;
  readonly removedLinks: readonly string[];
  /** Stages placed on a different site, as "workloadId/stageId". */
  readonly movedStages: ReadonlySet<string>;
  readonly changedWorkloads: ReadonlySet<string>;
  /** Whether drivers or assumption overrides differ. */
  readonly assumptionsChanged: boolean;
  readonly count: number;
}

/** JSON of an element without its canvas position: moving a site on the canvas is not a change of design. */
function fingerprint(value: object): string {
  return JSON.stringify(value, (key, v: unknown) => (key === 'position' ? undefined : v));
}

function compareById<T extends { id: string }>(base: readonly T[], variant: readonly T[]) {
  const before = new Map(base.map((x) => [x.id, x]));
  const after = new Set(variant.map((x) => x.id));
  const added = new Set<string>();
  const changed = new Set<string>();
  for (const x of variant) {
    const old = before.get(x.id);
    if (old === undefined) added.add(x.id);
    else if (old !== x && fingerprint(old) !== fingerprint(x)) changed.add(x.id);
  }
  return { added, changed, removed: base.filter((x) => !after.has(x.id)).map((x) => x.id) };
}

/** Sites, links, placements and assumptions a variant changes against its baseline. */
export function diffScenarios(baseline: Scenario, variant: Scenario): ScenarioDiff {
  const sites = compareById(baseline.sites, variant.sites);
  const links = compareById(baseline.links, variant.links);
  const workloads = compareById(baseline.workloads, variant.workloads);
  const movedStages = new Set<string>();
  const baseWorkloads = new Map(baseline.workloads.map((w) => [w.id, w]));
  for (const w of variant.workloads) {
    const old = baseWorkloads.get(w.id);
    if (old === undefined || old === w) continue;
    const oldSite = new Map(old.stages.map((s) => [s.id, s.siteId]));
    for (const s of w.stages) if (oldSite.has(s.id) && oldSite.get(s.id) !== s.siteId) movedStages.add(`${w.id}/${s.id}`);
  }
  const assumptionsChanged =
    fingerprint(baseline.assumptionOverrides ?? {}) !== fingerprint(variant.assumptionOverrides ?? {}) ||
    fingerprint(baseline.drivers ?? {}) !== fingerprint(variant.drivers ?? {});
  const count =
    sites.added.size +
    sites.changed.size +
    sites.removed.length +
    links.added.size +
    links.changed.size +
    links.removed.length +
    workloads.added.size +
    workloads.changed.size +
    workloads.removed.length +
    (assumptionsChanged ? 1 : 0);
  return {
    addedSites: sites.added,
    changedSites: sites.changed,
    removedSites: sites.removed,
    addedLinks: links.added,
    changedLinks: links.changed,
    removedLinks: links.removed,
    movedStages,
    changedWorkloads: new Set([...workloads.added, ...workloads.changed]),
    assumptionsChanged,
    count,
  };
}
