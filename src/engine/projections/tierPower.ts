import type { EnergySummary } from '../result';
import type { TierPowerYear } from './types';

/**
 * A year's power by tier group from the evaluation's energy summary. Its
 * averageKw is kWh per month ÷ the catalogue's hours per month
 * (economics.hoursPerMonth), which gives back each site's facility power
 * (accelerators at their utilisation × PUE). Edge is far edge + near edge,
 * the tiers the strategies call edge; regional DCs count as cloud, where
 * "all in cloud" goes when a topology has no cloud region.
 */
export function tierPowerYear(year: number, energy: EnergySummary): TierPowerYear {
  const kw = energy.averageKw;
  const deviceKw = kw.device;
  const edgeKw = kw.farEdge + kw.nearEdge;
  const cloudKw = kw.regionalDc + kw.cloud;
  return { year, deviceKw, edgeKw, cloudKw, totalKw: deviceKw + edgeKw + cloudKw, networkKw: kw.network };
}
