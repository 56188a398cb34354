import { EGRESS_TARIFF_IDS, EGRESS_TARIFFS } from '../catalogue/economics';
import { egressBandKey, GLOBAL_KEYS } from '../catalogue/registry';
import { Parameters } from '../parameters';
import type { Drivers, Scenario } from '../scenario/schema';

/** Assumption keys the egress price driver scales: every internet egress band and inter-region transfer. */
const EGRESS_PRICE_KEYS: readonly string[] = [
  GLOBAL_KEYS.interRegionUsdPerGb,
  ...EGRESS_TARIFF_IDS.flatMap((tariff) => EGRESS_TARIFFS[tariff].bands.map((_, band) => egressBandKey(tariff, band))),
];

/** The drivers that act through prices rather than the drawn scenario: kept on a driven scenario. */
type PriceDrivers = Pick<Drivers, 'egressPriceFactor'>;

/** Multipliers the drivers put on catalogue values (see Parameters). */
export function driverMultipliers(drivers: PriceDrivers | undefined): Record<string, number> {
  const factor = drivers?.egressPriceFactor ?? 1;
  if (factor === 1) return {};
  return Object.fromEntries(EGRESS_PRICE_KEYS.map((key) => [key, factor]));
}

/** The parameters a scenario is evaluated with: its overrides, scaled by its price drivers. */
export function parametersOf(scenario: Scenario): Parameters {
  return new Parameters(scenario.assumptionOverrides, driverMultipliers(scenario.drivers));
}

/** Growth from the catalogue's base year to the driver's year, as (device count, traffic per device) factors. */
function growthFactors(drivers: Drivers, params: Parameters): { devices: number; perDevice: number } {
  if (drivers.growthYear === undefined) return { devices: 1, perDevice: 1 };
  const years = drivers.growthYear - params.get(GLOBAL_KEYS.growthBaseYear);
  return {
    devices: Math.pow(1 + params.get(GLOBAL_KEYS.deviceCountGrowthPerYear), years),
    perDevice: Math.pow(1 + params.get(GLOBAL_KEYS.dataPerDeviceGrowthPerYear), years),
  };
}

/**
 * The scenario as the drivers make it: device counts, request rates, model
 * sizes and link capacities scaled (capacity, slice reservation and burst
 * together), growth compounded from the base year, and slices or bursts
 * removed when switched off. What is left of the drivers is the price
 * factor, which Parameters applies (parametersOf). Idempotent: a driven
 * scenario drives to itself. Growth rates are read through `params`, so
 * they are listed among the assumptions of the result.
 */
export function applyDrivers(scenario: Scenario, params: Parameters): Scenario {
  const drivers = scenario.drivers;
  if (drivers === undefined) return scenario;
  const growth = growthFactors(drivers, params);
  const devices = (drivers.deviceCountFactor ?? 1) * growth.devices;
  const rate = (drivers.requestRateFactor ?? 1) * growth.perDevice;
  const model = drivers.modelSizeFactor ?? 1;
  const capacity = drivers.linkCapacityFactor ?? 1;
  const slices = drivers.slicesEnabled ?? true;
  const bursts = drivers.burstsEnabled ?? true;
  const kept: PriceDrivers = drivers.egressPriceFactor === undefined ? {} : { egressPriceFactor: drivers.egressPriceFactor };
  return {
    ...scenario,
    sites:
      devices === 1
        ? scenario.sites
        : scenario.sites.map((s) => (s.deviceCount === undefined ? s : { ...s, deviceCount: s.deviceCount * devices })),
    links:
      capacity === 1 && slices && bursts
        ? scenario.links
        : scenario.links.map((l) => ({
            ...l,
            capacityMbps: l.capacityMbps * capacity,
            sliceReservedMbps: slices && l.sliceReservedMbps !== undefined ? l.sliceReservedMbps * capacity : undefined,
            burstCapacityMbps: bursts && l.burstCapacityMbps !== undefined ? l.burstCapacityMbps * capacity : undefined,
          })),
    workloads:
      rate === 1 && model === 1
        ? scenario.workloads
        : scenario.workloads.map((w) => ({
            ...w,
            requestsPerSecondPerDevice: w.requestsPerSecondPerDevice * rate,
            stages: model === 1 ? w.stages : w.stages.map((st) => ({ ...st, gflopsPerRequest: st.gflopsPerRequest * model })),
          })),
    drivers: kept,
  };
}

/**
 * The one way into an evaluation of a drawn scenario: its parameters and the
 * scenario the drivers make of it. Every evaluator starts here (evaluate,
 * N−1, both optimisers), so none can forget a driver.
 */
export function driveScenario(drawn: Scenario): { params: Parameters; scenario: Scenario } {
  const params = parametersOf(drawn);
  return { params, scenario: applyDrivers(drawn, params) };
}
