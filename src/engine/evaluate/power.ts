import { ACCELERATORS, type AcceleratorId } from '../catalogue/accelerators';
import { acceleratorKey } from '../catalogue/registry';
import type { Parameters } from '../parameters';
import type { Scenario } from '../scenario/schema';

/**
 * IT power of each site's accelerators at their utilisation, linear between
 * idle and full power, and the facility power with the site's PUE. A device
 * group counts all its devices, but only the power inference adds to them.
 */
export function sitePowerKw(scenario: Scenario, utilisation: Float64Array, params: Parameters) {
  const n = scenario.sites.length;
  const itKw = new Float64Array(n);
  const facilityKw = new Float64Array(n);
  // Read once per accelerator model, not once per site.
  const figures = new Map<AcceleratorId, { idle: number; max: number }>();
  scenario.sites.forEach((site, i) => {
    const acc = site.compute.acceleratorId;
    if (site.compute.count === 0 || ACCELERATORS[acc].maxPowerW.value === 0) return;
    let figure = figures.get(acc);
    if (figure === undefined) {
      figure = { idle: params.get(acceleratorKey(acc, 'idlePowerW')), max: params.get(acceleratorKey(acc, 'maxPowerW')) };
      figures.set(acc, figure);
    }
    const { idle, max } = figure;
    const load = Math.min(1, utilisation[i]);
    const units = site.compute.count * (site.tier === 'device' ? (site.deviceCount ?? 1) : 1);
    // A device is on anyway: count only what the inference adds to it.
    const baseline = site.tier === 'device' ? 0 : idle;
    itKw[i] = (units * (baseline + load * (max - idle))) / 1000;
    facilityKw[i] = itKw[i] * site.pue;
  });
  return { itKw, facilityKw };
}
