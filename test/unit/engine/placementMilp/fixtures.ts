import type { Scenario } from '../../../../src/engine';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

/** GFLOP an L4 (121 TFLOP/s × 0.3 achieved) spends `ms` on. */
export const l4Gflop = (ms: number) => ((121_000 * 0.3) / 1000) * ms;

export interface EdgeOrCloudOptions {
  /** Requests per second per device of each workload (ten devices each). */
  readonly rps?: readonly [number, number];
  readonly objectivesMs?: readonly [number, number];
  readonly dataClass?: 'rawPersonal' | 'raw';
  /** Jurisdiction of the cloud region (the devices and the MEC are in the UK). */
  readonly cloudJurisdiction?: string;
  readonly edgeServiceMs?: number;
}

/**
 * Ten cameras on 5G (2 km) to a MEC with one L4, and on to a cloud region
 * with eight L4s 1,000 km of long-haul fibre away. Two one-stage workloads
 * each spend 30 ms of an L4 per request: at the MEC, 20 rps is 0.6 erlangs and
 * 15 rps 0.45, so its one L4 (0.95 usable) takes either, not both. The cloud
 * is 1,000 km × 4.897 µs/km + 4 ms further each way for every request.
 */
export function edgeOrCloud(options: EdgeOrCloudOptions = {}): Scenario {
  const [rpsA, rpsB] = options.rps ?? [2, 1.5];
  const [objA, objB] = options.objectivesMs ?? [1000, 1000];
  const serviceMs = options.edgeServiceMs ?? 30;
  return scenario({
    sites: [
      site('cams', 'device', { deviceCount: 10 }),
      site('mec', 'nearEdge', { name: 'Barcelona MEC', compute: { acceleratorId: 'l4', count: 1 } }),
      site('cloud', 'cloud', {
        name: 'Cloud region',
        compute: { acceleratorId: 'l4', count: 8 },
        jurisdiction: options.cloudJurisdiction ?? 'UK',
        location: { lat: 45, lon: 5 },
      }),
    ],
    links: [
      link('ran', 'cams', 'mec', '5g-embb', 1000, { lengthKm: 2 }),
      link('backhaul', 'mec', 'cloud', 'long-haul-fibre', 10_000, { lengthKm: 1000 }),
    ],
    workloads: [
      workload(
        'a',
        'cams',
        [stage('detect', 'cloud', { gflopsPerRequest: l4Gflop(serviceMs), outputKB: 1, inputDataClass: options.dataClass ?? 'raw' })],
        {
          name: 'Busy alerts',
          requestsPerSecondPerDevice: rpsA,
          inputKB: 20,
          returnsToDevice: true,
          latencyObjectiveP95Ms: objA,
        },
      ),
      workload('b', 'cams', [stage('count', 'cloud', { gflopsPerRequest: l4Gflop(serviceMs), outputKB: 1, inputDataClass: 'raw' })], {
        name: 'Quiet counts',
        requestsPerSecondPerDevice: rpsB,
        inputKB: 20,
        returnsToDevice: true,
        latencyObjectiveP95Ms: objB,
      }),
    ],
  });
}

/**
 * One workload, 90 requests a second of 10 ms on an L4: at the MEC's single
 * L4 that is ρ = 0.9, inside the model's 95 % headroom, but the M/M/1 wait's
 * p95 is ln(0.9 / 0.05) ÷ ((1 − 0.9) ÷ 10 ms) ≈ 289 ms. The cloud's eight L4s
 * are 1,000 km further but hardly wait. The linear model (fixed parts only)
 * prefers the MEC; the engine refuses it.
 */
export function queueingTrap(objectiveMs = 100): Scenario {
  return scenario({
    sites: [
      site('cams', 'device', { deviceCount: 90 }),
      site('mec', 'nearEdge', { name: 'MEC', compute: { acceleratorId: 'l4', count: 1 } }),
      site('cloud', 'cloud', { name: 'Cloud region', compute: { acceleratorId: 'l4', count: 8 }, location: { lat: 45, lon: 5 } }),
    ],
    links: [
      link('ran', 'cams', 'mec', '5g-embb', 1000, { lengthKm: 2 }),
      link('backhaul', 'mec', 'cloud', 'long-haul-fibre', 10_000, { lengthKm: 1000 }),
    ],
    workloads: [
      workload('w', 'cams', [stage('infer', 'cloud', { gflopsPerRequest: l4Gflop(10), outputKB: 1 })], {
        name: 'Inference',
        requestsPerSecondPerDevice: 1,
        inputKB: 10,
        returnsToDevice: true,
        latencyObjectiveP95Ms: objectiveMs,
      }),
    ],
  });
}
