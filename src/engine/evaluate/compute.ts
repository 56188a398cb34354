import { ACCELERATORS } from '../catalogue/accelerators';
import { acceleratorKey, GLOBAL_KEYS } from '../catalogue/registry';
import type { Component } from '../model/distribution';
import { mmcWaitShape } from '../model/queueing';
import type { Parameters } from '../parameters';
import type { Scenario } from '../scenario/schema';
import type { PreparedNetwork } from './network';

/** The accelerator pool at a site, as one M/M/c queue (per device, for a device group). */
export interface SitePool {
  readonly servers: number;
  /** Achieved operations per second of one accelerator, GFLOP/s. */
  readonly gflopsPerSecondEach: number;
  /** Arrival rate at one pool, requests per second. */
  arrivalsPerSecond: number;
  /** Sum of arrival rate × service time, in erlangs. */
  offeredLoad: number;
}

export interface ComputeState {
  readonly pools: readonly SitePool[];
  readonly utilisation: Float64Array;
  readonly waitMeanMs: Float64Array;
  /** The M/M/c waiting time as a distribution, null where nothing waits. */
  readonly wait: (Component | null)[];
}

/** Service time of `gflop` of work on one accelerator of the pool, ms; Infinity when it has none. */
export function serviceTimeMs(pool: SitePool, gflop: number): number {
  if (gflop === 0) return 0;
  if (pool.servers === 0 || pool.gflopsPerSecondEach === 0) return Infinity;
  return (gflop / pool.gflopsPerSecondEach) * 1000;
}

/**
 * Adds up the work every stage puts on its site and solves each site's
 * accelerator pool as M/M/c with the load-weighted mean service time.
 */
export function loadCompute(scenario: Scenario, network: PreparedNetwork, params: Parameters): ComputeState {
  const efficiency = params.get(GLOBAL_KEYS.inferenceEfficiency);
  const peakCache = new Map<string, number>();
  const pools: SitePool[] = scenario.sites.map((site) => {
    const acc = site.compute.acceleratorId;
    let peak = peakCache.get(acc);
    if (peak === undefined) {
      peak = ACCELERATORS[acc].peakTeraOpsPerSecond.value === 0 ? 0 : params.get(acceleratorKey(acc, 'peakTeraOpsPerSecond'));
      peakCache.set(acc, peak);
    }
    return { servers: site.compute.count, gflopsPerSecondEach: peak * 1000 * efficiency, arrivalsPerSecond: 0, offeredLoad: 0 };
  });

  for (const workload of scenario.workloads) {
    const source = network.siteIndex.get(workload.sourceSiteId)!;
    const devices = scenario.sites[source].deviceCount ?? 1;
    for (const stage of workload.stages) {
      if (stage.gflopsPerRequest === 0) continue;
      const site = network.siteIndex.get(stage.siteId)!;
      const pool = pools[site];
      // A device group's pool is one device: it sees one device's requests.
      const rate =
        scenario.sites[site].tier === 'device' ? workload.requestsPerSecondPerDevice : workload.requestsPerSecondPerDevice * devices;
      const service = serviceTimeMs(pool, stage.gflopsPerRequest);
      pool.arrivalsPerSecond += rate;
      pool.offeredLoad += Number.isFinite(service) ? (rate * service) / 1000 : 0;
    }
  }

  const n = pools.length;
  const utilisation = new Float64Array(n);
  const waitMeanMs = new Float64Array(n);
  const wait: (Component | null)[] = new Array(n).fill(null);
  pools.forEach((pool, i) => {
    if (pool.servers === 0 || pool.arrivalsPerSecond === 0) return;
    const rho = pool.offeredLoad / pool.servers;
    utilisation[i] = rho;
    if (rho >= 1) {
      waitMeanMs[i] = Infinity;
      return;
    }
    if (rho === 0) return;
    const meanServiceMs = (pool.offeredLoad / pool.arrivalsPerSecond) * 1000;
    const shape = mmcWaitShape(pool.servers, rho, meanServiceMs);
    wait[i] = { kind: 'atomExp', p: shape.p, ratePerMs: shape.rate };
    waitMeanMs[i] = shape.p / shape.rate;
  });
  return { pools, utilisation, waitMeanMs, wait };
}
