import { cleanName } from './cleanText';
import { linkSpeedOf, type LinkSpeed } from './linkSpeed';
import type { GraphmlEdge } from './readGraphml';

/**
 * GraphML edges → one group per pair of nodes. Parallel edges (the Zoo
 * numbers them with its `key` attribute: several circuits between the same
 * two PoPs) become one link whose capacity is their sum, since Tierscape
 * has one link per pair and traffic spreads over parallel circuits. Edges
 * are undirected: a Tierscape link carries traffic both ways.
 */

export interface EdgeGroup {
  /** Indices into the kept nodes; `from` < `to`. */
  readonly from: number;
  readonly to: number;
  /** One entry per edge merged here: its speed, or null when the file gives none. */
  readonly speeds: (LinkSpeed | null)[];
  /** The edges' positions in the file, for messages. */
  readonly edgeIndices: number[];
  /** Edges whose LinkSpeedRaw was present but not a plausible speed. */
  implausibleRawSpeeds: number;
}

export interface DroppedEdge {
  /** Where: `edge[4] 3→7`. */
  readonly where: string;
  readonly why: 'no endpoint' | 'unknown node' | 'self-loop';
  readonly detail: string;
}

export interface MergedEdges {
  readonly groups: readonly EdgeGroup[];
  readonly dropped: readonly DroppedEdge[];
}

const shownId = (id: string | undefined) => (id === undefined ? '?' : cleanName(id, 24) || '""');

export function edgeLabel(edge: GraphmlEdge): string {
  return `edge[${edge.index}] ${shownId(edge.source)}→${shownId(edge.target)}`;
}

/** `nodeIndex` maps a GraphML node id to its index among the kept nodes. */
export function mergeEdges(edges: readonly GraphmlEdge[], nodeIndex: ReadonlyMap<string, number>): MergedEdges {
  const groups = new Map<string, EdgeGroup>();
  const dropped: DroppedEdge[] = [];
  for (const edge of edges) {
    const where = edgeLabel(edge);
    if (edge.source === undefined || edge.target === undefined) {
      dropped.push({ where, why: 'no endpoint', detail: `has no ${edge.source === undefined ? 'source' : 'target'}` });
      continue;
    }
    const a = nodeIndex.get(edge.source);
    const b = nodeIndex.get(edge.target);
    if (a === undefined || b === undefined) {
      dropped.push({ where, why: 'unknown node', detail: `no node has id "${shownId(a === undefined ? edge.source : edge.target)}"` });
      continue;
    }
    if (a === b) {
      dropped.push({ where, why: 'self-loop', detail: 'joins a node to itself' });
      continue;
    }
    const [from, to] = a < b ? [a, b] : [b, a];
    const pair = `${from} ${to}`;
    let group = groups.get(pair);
    if (group === undefined) {
      group = { from, to, speeds: [], edgeIndices: [], implausibleRawSpeeds: 0 };
      groups.set(pair, group);
    }
    const speed = linkSpeedOf(edge.data);
    group.speeds.push(speed);
    group.edgeIndices.push(edge.index);
    const raw = edge.data.get('LinkSpeedRaw');
    if (raw !== undefined && raw.trim() !== '' && speed?.source !== 'LinkSpeedRaw') group.implausibleRawSpeeds++;
  }
  return { groups: [...groups.values()], dropped };
}
