import type { MediumId } from '../../engine/catalogue/media';
import type { TierId } from '../../engine/catalogue/tiers';

/**
 * What a Zoo network becomes in Tierscape's catalogue. A Zoo file is a
 * backbone: points of presence (PoPs) joined by wide-area circuits. It says
 * nothing of devices, radio access or compute.
 */

/**
 * Every PoP is a regional DC: a backbone PoP sits in a carrier-grade
 * facility in a city, which is what the catalogue's regional DC describes
 * (its PUE default is the average data centre's, tiers.ts). The near edge is
 * the operator's MEC close to radio access, and the far edge is on
 * premises; a backbone map shows neither. PoPs get no accelerators: the map
 * says nothing of compute, so the user adds it where a stage should run.
 */
export const BACKBONE_TIER: TierId = 'regionalDc';

/**
 * Longest great-circle distance drawn as metro fibre, km. An unamplified
 * optical span reaches about 80–100 km; past that a circuit runs on
 * amplified long-haul systems. Metro links get metro fibre's figures (0.1 ms
 * switching, 10G wavelength, route factor 2.1 for streets and ducts),
 * longer ones long-haul fibre's (route factor 1.6 and 4 ms fixed overhead,
 * fitted to measured inter-region RTTs; media.ts).
 */
export const METRO_REACH_KM = 100;

/**
 * The medium of a link between two sites `distanceKm` apart. A link to a
 * node outside the network (Zoo `Internal` = 0: a peer, transit provider or
 * exchange) hands traffic to someone else's network, whose latency, jitter
 * and price the operator does not control: the public internet's figures
 * describe that better than a managed wavelength.
 */
export function backboneMedium(distanceKm: number, reachesExternalNode: boolean): MediumId {
  if (reachesExternalNode) return 'internet';
  return distanceKm < METRO_REACH_KM ? 'metro-fibre' : 'long-haul-fibre';
}
