import { TIERS } from '../../engine/catalogue/tiers';
import type { LatLon } from '../../engine/geo';
import type { Site } from '../../engine/scenario/schema';
import { BACKBONE_TIER } from './backboneChoices';
import { cleanName, MAX_NAME_CHARS } from './cleanText';
import { jurisdictionOfCountry, UNKNOWN_JURISDICTION } from './countries';
import type { CanvasPosition } from './geoLayout';
import { IdAllocator } from './importIds';
import type { KeptNode } from './keepNodes';

const EXTERNAL_SUFFIX = ' (external)';

function siteName(node: KeptNode): string {
  const label = node.zoo.label ?? `Node ${cleanName(node.graphmlId, 40)}`;
  return node.zoo.internal ? label : `${cleanName(label, MAX_NAME_CHARS - EXTERNAL_SUFFIX.length)}${EXTERNAL_SUFFIX}`;
}

/** One network-only site per kept node: a regional DC with no accelerators, at its (possibly imputed) location. */
export function backboneSites(kept: readonly KeptNode[], locations: readonly LatLon[], positions: readonly CanvasPosition[]): Site[] {
  const ids = new IdAllocator();
  return kept.map((node, i) => ({
    id: ids.allocate(node.zoo.label ?? '', `node-${node.graphmlId}`),
    name: siteName(node),
    tier: BACKBONE_TIER,
    location: locations[i],
    jurisdiction: (node.zoo.country === null ? null : jurisdictionOfCountry(node.zoo.country)) ?? UNKNOWN_JURISDICTION,
    compute: { acceleratorId: 'none', count: 0 },
    pue: TIERS[BACKBONE_TIER].defaultPue.value,
    position: positions[i],
  }));
}
