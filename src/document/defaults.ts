import type { AcceleratorId } from '../engine/catalogue/accelerators';
import { MEDIA, type MediumId } from '../engine/catalogue/media';
import { TIERS, type TierId } from '../engine/catalogue/tiers';
import type { Site } from '../engine/scenario/schema';

/** What a new site of each tier starts with: a sensible accelerator and count. */
const NEW_SITE_COMPUTE: Record<TierId, { acceleratorId: AcceleratorId; count: number }> = {
  device: { acceleratorId: 'phone-npu', count: 1 },
  farEdge: { acceleratorId: 'jetson-agx-orin', count: 2 },
  nearEdge: { acceleratorId: 'l4', count: 4 },
  regionalDc: { acceleratorId: 'a100', count: 8 },
  cloud: { acceleratorId: 'h100-sxm', count: 8 },
};

export function newSite(id: string, tier: TierId, near: Pick<Site, 'jurisdiction'> | null): Site {
  const site: Site = {
    id,
    name: `${TIERS[tier].short} ${id.split('-').pop()}`,
    tier,
    jurisdiction: near?.jurisdiction ?? 'UK',
    compute: { ...NEW_SITE_COMPUTE[tier] },
    pue: TIERS[tier].defaultPue.value,
  };
  if (tier === 'device') site.deviceCount = 100;
  // A site drawn on the canvas is not on the map until the user puts it there (Map view or coordinates).
  return site;
}

const TIER_RANK: Record<TierId, number> = { device: 0, farEdge: 1, nearEdge: 2, regionalDc: 3, cloud: 4 };

/** The medium people most often use between two tiers: radio from devices, fibre between sites. */
export function suggestedMedium(a: TierId, b: TierId): MediumId {
  const [low, high] = TIER_RANK[a] <= TIER_RANK[b] ? [a, b] : [b, a];
  if (low === 'device') return high === 'farEdge' ? 'wifi-6' : '5g-embb';
  if (low === 'cloud' && high === 'cloud') return 'long-haul-fibre';
  if (high === 'cloud' || high === 'regionalDc') return low === 'regionalDc' ? 'long-haul-fibre' : 'metro-fibre';
  return 'metro-fibre';
}

export function defaultCapacityMbps(medium: MediumId): number {
  return MEDIA[medium].defaultCapacityMbps.value;
}
