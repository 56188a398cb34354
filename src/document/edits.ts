import type { MediumId } from '../engine/catalogue/media';
import type { TierId } from '../engine/catalogue/tiers';
import type { Link, Scenario, Site, Stage, Workload } from '../engine/scenario/schema';
import { defaultCapacityMbps, newSite } from './defaults';
import { freshId } from './ids';

/**
 * Edits to a scenario as pure functions: each returns a new document and
 * leaves its input untouched, so undo, variants and the worker can share
 * snapshots safely. Each keeps the document valid.
 */

export interface Position {
  x: number;
  y: number;
}

export function addSite(doc: Scenario, tier: TierId, position: Position): { doc: Scenario; siteId: string } {
  const id = freshId(
    tier === 'device' ? 'devices' : tier.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
    doc.sites.map((s) => s.id),
  );
  const near = doc.sites.find((s) => s.tier === tier) ?? doc.sites[0] ?? null;
  const site = { ...newSite(id, tier, near), position: { x: Math.round(position.x), y: Math.round(position.y) } };
  return { doc: { ...doc, sites: [...doc.sites, site] }, siteId: id };
}

export function updateSite(doc: Scenario, siteId: string, patch: Partial<Omit<Site, 'id'>>): Scenario {
  return { ...doc, sites: doc.sites.map((s) => (s.id === siteId ? { ...s, ...patch } : s)) };
}

export function moveSites(doc: Scenario, moves: ReadonlyMap<string, Position>): Scenario {
  return {
    ...doc,
    sites: doc.sites.map((s) => {
      const p = moves.get(s.id);
      return p === undefined ? s : { ...s, position: { x: Math.round(p.x), y: Math.round(p.y) } };
    }),
  };
}

export function connectSites(doc: Scenario, from: string, to: string, medium: MediumId): { doc: Scenario; linkId: string } {
  const id = freshId(
    'link',
    doc.links.map((l) => l.id),
  );
  const link: Link = { id, from, to, medium, capacityMbps: defaultCapacityMbps(medium) };
  return { doc: { ...doc, links: [...doc.links, link] }, linkId: id };
}

export function updateLink(doc: Scenario, linkId: string, patch: Partial<Omit<Link, 'id'>>): Scenario {
  return { ...doc, links: doc.links.map((l) => (l.id === linkId ? { ...l, ...patch } : l)) };
}

/** What a removal did beyond the obvious, for the user to read. */
export interface RemovalReport {
  doc: Scenario;
  notes: string[];
}

/**
 * Removes sites and links. A removed site takes its links with it; a
 * workload starting at a removed device group goes too; a stage placed on a
 * removed site moves back to its workload's device group.
 */
export function removeElements(doc: Scenario, siteIds: Iterable<string>, linkIds: Iterable<string>): RemovalReport {
  const sites = new Set(siteIds);
  const links = new Set(linkIds);
  const notes: string[] = [];
  const workloads: Workload[] = [];
  for (const w of doc.workloads) {
    if (sites.has(w.sourceSiteId)) {
      notes.push(`Workload "${w.name}" was removed with its device group`);
      continue;
    }
    let moved = 0;
    const stages = w.stages.map((st) => {
      if (!sites.has(st.siteId)) return st;
      moved++;
      return { ...st, siteId: w.sourceSiteId };
    });
    if (moved > 0) notes.push(`${moved} stage(s) of "${w.name}" moved back to its device group`);
    workloads.push(moved > 0 ? { ...w, stages } : w);
  }
  return {
    doc: {
      ...doc,
      sites: doc.sites.filter((s) => !sites.has(s.id)),
      links: doc.links.filter((l) => !links.has(l.id) && !sites.has(l.from) && !sites.has(l.to)),
      workloads,
    },
    notes,
  };
}

export function placeStage(doc: Scenario, workloadId: string, stageId: string, siteId: string): Scenario {
  return updateStage(doc, workloadId, stageId, { siteId });
}

export function updateWorkload(doc: Scenario, workloadId: string, patch: Partial<Omit<Workload, 'id'>>): Scenario {
  return { ...doc, workloads: doc.workloads.map((w) => (w.id === workloadId ? { ...w, ...patch } : w)) };
}

export function updateStage(doc: Scenario, workloadId: string, stageId: string, patch: Partial<Omit<Stage, 'id'>>): Scenario {
  return {
    ...doc,
    workloads: doc.workloads.map((w) =>
      w.id !== workloadId ? w : { ...w, stages: w.stages.map((s) => (s.id === stageId ? { ...s, ...patch } : s)) },
    ),
  };
}

export function addWorkload(doc: Scenario, sourceSiteId: string): { doc: Scenario; workloadId: string } {
  const id = freshId(
    'workload',
    doc.workloads.map((w) => w.id),
  );
  const workload: Workload = {
    id,
    name: `Workload ${id.split('-').pop()}`,
    sourceSiteId,
    requestsPerSecondPerDevice: 1,
    inputKB: 100,
    returnsToDevice: true,
    latencyObjectiveP95Ms: 100,
    stages: [
      // ResNet-50 image classification: 4.09 G multiply-adds = 8.18 GFLOP (torchvision docs).
      {
        id: 'stage-1',
        name: 'Classify image (ResNet-50)',
        gflopsPerRequest: 8.18,
        outputKB: 1,
        inputDataClass: 'raw',
        siteId: sourceSiteId,
      },
    ],
  };
  return { doc: { ...doc, workloads: [...doc.workloads, workload] }, workloadId: id };
}

export function removeWorkload(doc: Scenario, workloadId: string): Scenario {
  return { ...doc, workloads: doc.workloads.filter((w) => w.id !== workloadId) };
}

export function addStage(doc: Scenario, workloadId: string): Scenario {
  return {
    ...doc,
    workloads: doc.workloads.map((w) => {
      if (w.id !== workloadId) return w;
      const last = w.stages[w.stages.length - 1];
      const id = freshId(
        'stage',
        w.stages.map((s) => s.id),
      );
      const stage: Stage = {
        id,
        name: `Stage ${w.stages.length + 1}`,
        gflopsPerRequest: 1,
        outputKB: 1,
        inputDataClass: 'derived',
        siteId: last.siteId,
      };
      return { ...w, stages: [...w.stages, stage] };
    }),
  };
}

export function removeStage(doc: Scenario, workloadId: string, stageId: string): Scenario {
  return {
    ...doc,
    workloads: doc.workloads.map((w) =>
      w.id !== workloadId || w.stages.length <= 1 ? w : { ...w, stages: w.stages.filter((s) => s.id !== stageId) },
    ),
  };
}

export function moveStage(doc: Scenario, workloadId: string, stageId: string, offset: -1 | 1): Scenario {
  return {
    ...doc,
    workloads: doc.workloads.map((w) => {
      if (w.id !== workloadId) return w;
      const i = w.stages.findIndex((s) => s.id === stageId);
      const j = i + offset;
      if (i < 0 || j < 0 || j >= w.stages.length) return w;
      const stages = [...w.stages];
      [stages[i], stages[j]] = [stages[j], stages[i]];
      return { ...w, stages };
    }),
  };
}

export function setAssumption(doc: Scenario, key: string, value: number | null): Scenario {
  const overrides = { ...(doc.assumptionOverrides ?? {}) };
  if (value === null) delete overrides[key];
  else overrides[key] = value;
  return { ...doc, assumptionOverrides: overrides };
}
