import { GLOBAL_KEYS } from '../catalogue/registry';
import { gbPerMonth } from '../model/units';
import type { Parameters } from '../parameters';
import type { EnergyBucket, EnergySummary } from '../result';
import type { Scenario } from '../scenario/schema';
import { SLOTS_PER_LINK, type SlotLoads } from './flows';
import type { PreparedNetwork } from './network';

const BUCKETS: readonly EnergyBucket[] = ['device', 'farEdge', 'nearEdge', 'regionalDc', 'cloud', 'network'];

/**
 * Energy per month: each site's facility power (accelerators at their
 * utilisation × PUE) by tier, plus network transport at each medium's
 * energy per GB.
 */
export function energySummary(
  scenario: Scenario,
  network: PreparedNetwork,
  loads: SlotLoads,
  facilityKw: Float64Array,
  params: Parameters,
) {
  const hours = params.get(GLOBAL_KEYS.hoursPerMonth);
  const kwh = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<EnergyBucket, number>;
  scenario.sites.forEach((site, i) => (kwh[site.tier] += facilityKw[i] * hours));
  const linkKwh = new Float64Array(network.links.length);
  for (const link of network.links) {
    let mbps = 0;
    for (let k = 0; k < SLOTS_PER_LINK; k++) mbps += loads.bits1[link.index * SLOTS_PER_LINK + k] / 1e6;
    linkKwh[link.index] = gbPerMonth(mbps, hours) * link.params.energyKwhPerGb;
    kwh.network += linkKwh[link.index];
  }
  const averageKw = Object.fromEntries(BUCKETS.map((b) => [b, kwh[b] / hours])) as Record<EnergyBucket, number>;
  const totalKwhPerMonth = BUCKETS.reduce((t, b) => t + kwh[b], 0);
  const summary: EnergySummary = { kwhPerMonth: kwh, averageKw, totalKwhPerMonth, totalAverageKw: totalKwhPerMonth / hours };
  return { summary, linkKwh };
}
