import { MEDIA } from '../catalogue/media';
import { GLOBAL_KEYS } from '../catalogue/registry';
import { monthlyCost } from '../evaluate/cost';
import { applyDrivers, parametersOf } from '../evaluate/drivers';
import { energySummary } from '../evaluate/energy';
import { prepareNetwork, type PreparedNetwork } from '../evaluate/network';
import type { Parameters } from '../parameters';
import type { Scenario } from '../scenario/schema';
import { linkYear, type LinkYear } from './linkYear';
import { tierPowerYear } from './tierPower';
import type { TierPowerYear } from './types';
import { fixedRoutes, runYear, type FixedRoutes } from './yearRun';

/** What the projections read from one evaluation of a scenario as of one year. */
export interface YearFigures extends LinkYear {
  readonly year: number;
  readonly power: TierPowerYear;
  readonly egressUsdPerMonth: number;
}

/** The drawn scenario as of a year: the growth driver set, every other driver kept. */
export const asOfYear = (drawn: Scenario, year: number): Scenario => ({ ...drawn, drivers: { ...drawn.drivers, growthYear: year } });

/**
 * Evaluates a scenario year after year on one prepared network. The growth
 * driver changes only device counts and request rates, which network
 * preparation never reads (it resolves links, media and site positions), so
 * every year, and every variant that moves only stages, shares it; each
 * variant's routes are found once (see yearRun.ts). A year is evaluated as
 * evaluateScenario would, less what no projection shows (latencies,
 * warnings, sovereignty, the slice and burst what-ifs); a unit test holds
 * its figures equal to evaluateScenario's.
 */
export class YearlyEvaluator {
  readonly #drawn: Scenario;
  readonly #params: Parameters;
  readonly #network: PreparedNetwork;
  readonly #wired: Uint8Array;
  /** Routes by variant, keyed by its workloads (variants that share the network differ only there). */
  readonly #routes = new Map<Scenario['workloads'], FixedRoutes>();

  constructor(drawn: Scenario) {
    this.#drawn = drawn;
    this.#params = parametersOf(drawn);
    this.#network = prepareNetwork(applyDrivers(drawn, this.#params), this.#params);
    this.#wired = Uint8Array.from(drawn.links, (l) => (MEDIA[l.medium].kind === 'wired' ? 1 : 0));
  }

  /** Each link's capacity after the drivers (the capacity factor), Mbit/s, in scenario order. */
  get linkCapacityMbps(): Float64Array {
    return this.#network.capacityMbps;
  }

  /** The effective value of a catalogue assumption: the scenario's override, else the default. */
  assumption(key: string): number {
    return this.#params.get(key);
  }

  /** Whether `variant` differs from the drawn scenario only in workloads and name, and so can share its network. */
  shares(variant: Scenario): boolean {
    const drawn = this.#drawn;
    return (
      variant.sites === drawn.sites &&
      variant.links === drawn.links &&
      variant.drivers === drawn.drivers &&
      variant.assumptionOverrides === drawn.assumptionOverrides
    );
  }

  /** `variant` (the drawn scenario or one that shares its network) evaluated as of `year`. */
  at(variant: Scenario, year: number): YearFigures {
    if (!this.shares(variant)) throw new Error('YearlyEvaluator: the variant does not share the drawn scenario’s network');
    const params = this.#params;
    const network = this.#network;
    const scenario = applyDrivers(asOfYear(variant, year), params);
    let routes = this.#routes.get(variant.workloads);
    if (routes === undefined) this.#routes.set(variant.workloads, (routes = fixedRoutes(scenario, network, params)));
    const run = runYear(scenario, network, params, routes);
    const facilityKw = run.facilityKw;
    const energy = energySummary(scenario, network, run.loads, facilityKw, params).summary;
    const cost = monthlyCost({
      scenario,
      network,
      loads: run.loads,
      queues: run.queues,
      compute: run.compute,
      flows: run.flows,
      params,
      siteFacilityKw: facilityKw,
    });
    const links = linkYear(network, run.loads, run.queues, this.#wired, params.get(GLOBAL_KEYS.hoursPerMonth));
    return {
      year,
      power: tierPowerYear(year, energy),
      ...links,
      egressUsdPerMonth: cost.summary.egressUsdPerMonth,
    };
  }
}
