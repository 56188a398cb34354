import type { Edge, Node } from '@xyflow/svelte';
import { MEDIA } from '../../engine/catalogue/media';
import { TIERS } from '../../engine/catalogue/tiers';
import type { Scenario } from '../../engine/scenario/schema';

const TIER_COLUMN_X = { device: 0, farEdge: 300, nearEdge: 600, regionalDc: 900, cloud: 1200 } as const;

/**
 * Svelte Flow nodes for the document's sites. A node being dragged keeps the
 * position under the pointer; the document learns it when the drag ends.
 */
export function siteNodes(sites: Scenario['sites'], previous: readonly Node[], selectedSiteId: string | null): Node[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  const perTier = new Map<string, number>();
  return sites.map((site) => {
    const old = before.get(site.id);
    const row = perTier.get(site.tier) ?? 0;
    perTier.set(site.tier, row + 1);
    const position = old?.dragging ? old.position : (site.position ?? { x: TIER_COLUMN_X[site.tier], y: row * 180 });
    return {
      ...(old ?? {}),
      id: site.id,
      type: 'site',
      position,
      data: {},
      selected: site.id === selectedSiteId,
      // What a screen reader says when Tab reaches the site (Svelte Flow's role="group").
      ariaLabel: `${TIERS[site.tier].label}: ${site.name}`,
    };
  });
}

/** Svelte Flow edges for the document's links, named by medium and ends for screen readers. */
export function linkEdges(links: Scenario['links'], sites: Scenario['sites'], selectedLinkId: string | null): Edge[] {
  const names = new Map(sites.map((s) => [s.id, s.name]));
  return links.map((link) => ({
    id: link.id,
    type: 'link',
    source: link.from,
    target: link.to,
    sourceHandle: 'r',
    targetHandle: 'l',
    selected: link.id === selectedLinkId,
    ariaLabel: `${MEDIA[link.medium].label} link from ${names.get(link.from) ?? link.from} to ${names.get(link.to) ?? link.to}`,
  }));
}
