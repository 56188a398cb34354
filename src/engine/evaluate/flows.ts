import { pathTo, shortestPathTree, type ShortestPathTree } from '../routing/dijkstra';
import { loadMbps } from '../model/units';
import type { DataClass, Scenario } from '../scenario/schema';
import type { PreparedNetwork } from './network';

/** A message crossing the network between two placements of one workload. */
export interface Hop {
  readonly fromSite: number;
  readonly toSite: number;
  readonly sizeKB: number;
  /** Class of the data carried. */
  readonly dataClass: DataClass;
  /** Index of the stage that receives it, or −1 for the answer going back to the device. */
  readonly toStage: number;
  /** Links in travel order and, for each, whether it is crossed from → to. Null when unreachable. */
  readonly links: Int32Array | null;
  readonly forward: Uint8Array | null;
  /** Sites on the path, source first. */
  readonly sites: Int32Array | null;
}

export interface WorkloadFlows {
  readonly requestsPerSecond: number;
  readonly hops: readonly Hop[];
}

/** Per link, per direction (0 = from → to, 1 = back): Mbit/s and messages per second. */
export interface LinkLoads {
  readonly mbps: Float64Array;
  readonly messagesPerSecond: Float64Array;
}

export interface RoutedFlows {
  readonly workloads: readonly WorkloadFlows[];
  readonly loads: LinkLoads;
}

/**
 * Routes every hop of every workload on its lowest-latency path and adds up
 * the load each puts on each link direction. Shortest-path trees are cached
 * per source site, so many workloads from the same site share one Dijkstra run.
 */
export function routeFlows(scenario: Scenario, network: PreparedNetwork): RoutedFlows {
  const linkCount = network.links.length;
  const loads: LinkLoads = {
    mbps: new Float64Array(linkCount * 2),
    messagesPerSecond: new Float64Array(linkCount * 2),
  };
  const trees = new Map<number, ShortestPathTree>();
  const treeFrom = (site: number) => {
    let tree = trees.get(site);
    if (tree === undefined) {
      tree = shortestPathTree(network.graph, site);
      trees.set(site, tree);
    }
    return tree;
  };

  const route = (from: number, to: number, sizeKB: number, rate: number, dataClass: DataClass, toStage: number): Hop => {
    const path = pathTo(treeFrom(from), to);
    if (path === null) return { fromSite: from, toSite: to, sizeKB, dataClass, toStage, links: null, forward: null, sites: null };
    const links = Int32Array.from(path.links);
    const forward = new Uint8Array(links.length);
    const mbps = loadMbps(rate, sizeKB);
    for (let i = 0; i < links.length; i++) {
      const link = network.links[links[i]];
      forward[i] = link.from === path.nodes[i] ? 1 : 0;
      const slot = links[i] * 2 + (forward[i] ? 0 : 1);
      loads.mbps[slot] += mbps;
      loads.messagesPerSecond[slot] += rate;
    }
    return { fromSite: from, toSite: to, sizeKB, dataClass, toStage, links, forward, sites: Int32Array.from(path.nodes) };
  };

  const workloads = scenario.workloads.map((workload): WorkloadFlows => {
    const source = network.siteIndex.get(workload.sourceSiteId)!;
    const deviceCount = scenario.sites[source].deviceCount ?? 1;
    const rate = deviceCount * workload.requestsPerSecondPerDevice;
    const hops: Hop[] = [];
    let at = source;
    let sizeKB = workload.inputKB;
    workload.stages.forEach((stage, i) => {
      const site = network.siteIndex.get(stage.siteId)!;
      if (site !== at) hops.push(route(at, site, sizeKB, rate, stage.inputDataClass, i));
      at = site;
      sizeKB = stage.outputKB;
    });
    if (workload.returnsToDevice && at !== source) hops.push(route(at, source, sizeKB, rate, 'derived', -1));
    return { requestsPerSecond: rate, hops };
  });
  return { workloads, loads };
}
