import type { ValidationError } from '../../engine/scenario/errors';
import { cleanName } from './cleanText';
import type { GraphmlNode } from './readGraphml';
import { readZooNode, type ZooNode } from './zooAttributes';

/** A node that becomes a site. */
export interface KeptNode {
  readonly graphmlId: string;
  readonly zoo: ZooNode;
  /** For messages: `node[3] "Oslo"`. */
  readonly where: string;
}

export interface KeptNodes {
  readonly kept: readonly KeptNode[];
  /** GraphML id → index in `kept`. */
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** Nodes left out, and why: no id, or an id an earlier node already has. */
  readonly skipped: readonly ValidationError[];
}

/** Keeps each node with an id, the first one where ids repeat (edges then mean that one). */
export function keepNodes(nodes: readonly GraphmlNode[]): KeptNodes {
  const kept: KeptNode[] = [];
  const nodeIndex = new Map<string, number>();
  const firstAt = new Map<string, number>();
  const skipped: ValidationError[] = [];
  for (const node of nodes) {
    const path = `node[${node.index}]`;
    if (node.id === undefined || node.id === '') {
      skipped.push({ path, message: 'has no id; skipped' });
      continue;
    }
    const earlier = firstAt.get(node.id);
    if (earlier !== undefined) {
      skipped.push({ path, message: `has the same id "${cleanName(node.id, 24)}" as node[${earlier}]; skipped` });
      continue;
    }
    firstAt.set(node.id, node.index);
    nodeIndex.set(node.id, kept.length);
    const zoo = readZooNode(node.data);
    kept.push({ graphmlId: node.id, zoo, where: zoo.label === null ? path : `${path} "${zoo.label}"` });
  }
  return { kept, nodeIndex, skipped };
}
