import { MEDIA, type MediumId } from '../../engine/catalogue/media';
import { greatCircleKm } from '../../engine/geo';
import type { Link, Site } from '../../engine/scenario/schema';
import { backboneMedium } from './backboneChoices';
import { IdAllocator } from './importIds';
import type { KeptNode } from './keepNodes';
import type { LinkSpeedSource } from './linkSpeed';
import type { EdgeGroup } from './mergeEdges';

export interface BackboneLinks {
  readonly links: Link[];
  readonly linksByMedium: ReadonlyMap<MediumId, number>;
  readonly edgesBySpeedSource: ReadonlyMap<LinkSpeedSource, number>;
  /** Edges with no speed, by the medium whose default capacity they took. */
  readonly defaultedByMedium: ReadonlyMap<MediumId, number>;
}

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * Capacity per direction, Mbit/s: the merged edges' speeds added, each edge
 * without one at its medium's default, the capacity the editor gives a new
 * link of that medium (defaults.ts).
 */
function capacityMbps(group: EdgeGroup, medium: MediumId): number {
  const defaultMbps = MEDIA[medium].defaultCapacityMbps.value;
  return group.speeds.reduce((sum, speed) => sum + (speed === null ? defaultMbps : speed.bitsPerSecond / 1e6), 0);
}

/**
 * One link per group of edges. No `lengthKm` is stored: the engine then
 * takes the great-circle distance between the sites × the medium's route
 * factor (evaluate/network.ts, linkLengthKm). Storing the bare great-circle
 * distance would drop the route factor and understate fibre paths by a
 * third or more; leaving it derived also keeps later location edits and
 * route-factor overrides in effect.
 */
export function backboneLinks(groups: readonly EdgeGroup[], sites: readonly Site[], kept: readonly KeptNode[]): BackboneLinks {
  const ids = new IdAllocator();
  const linksByMedium = new Map<MediumId, number>();
  const edgesBySpeedSource = new Map<LinkSpeedSource, number>();
  const defaultedByMedium = new Map<MediumId, number>();
  const links = groups.map((group): Link => {
    const [from, to] = [sites[group.from], sites[group.to]];
    const reachesExternal = !kept[group.from].zoo.internal || !kept[group.to].zoo.internal;
    const medium = backboneMedium(greatCircleKm(from.location!, to.location!), reachesExternal);
    increment(linksByMedium, medium);
    for (const speed of group.speeds) {
      if (speed === null) increment(defaultedByMedium, medium);
      else increment(edgesBySpeedSource, speed.source);
    }
    return {
      id: ids.allocate(`${from.name} to ${to.name}`, 'link'),
      from: from.id,
      to: to.id,
      medium,
      capacityMbps: capacityMbps(group, medium),
    };
  });
  return { links, linksByMedium, edgesBySpeedSource, defaultedByMedium };
}
