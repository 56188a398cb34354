import type { Scenario } from '../../../../src/engine';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

/**
 * A diamond whose two paths from the devices `s` to the data centre `t` have
 * the same latency (50 km of metro fibre each way) but not the same capacity
 * (20 Mbit/s via `a`, 1,000 via `b`). The engine's A* (one target from s)
 * goes via a; its Dijkstra (several targets from s) via b, so which route a
 * hop takes depends on the workload's other hops and on other workloads.
 * Every site can compute (the devices have an NPU).
 */
export function tiedDiamond(extraWorkloads: Scenario['workloads'] = []): Scenario {
  const edge = (id: string, lat: number, lon: number) =>
    site(id, 'nearEdge', { location: { lat, lon }, compute: { acceleratorId: 'l4', count: 1 } });
  return scenario({
    sites: [
      site('s', 'device', { location: { lat: 51.5, lon: -0.1 }, compute: { acceleratorId: 'phone-npu', count: 1 }, deviceCount: 10 }),
      edge('a', 51.6, 0.5),
      edge('b', 51.0, -1.0),
      site('t', 'regionalDc', { location: { lat: 51.7, lon: 1.0 }, compute: { acceleratorId: 'l4', count: 1 } }),
    ],
    links: [
      link('sb', 's', 'b', 'metro-fibre', 1000, { lengthKm: 50 }),
      link('sa', 's', 'a', 'metro-fibre', 20, { lengthKm: 50 }),
      link('bt', 'b', 't', 'metro-fibre', 1000, { lengthKm: 50 }),
      link('at', 'a', 't', 'metro-fibre', 20, { lengthKm: 50 }),
    ],
    workloads: [
      workload(
        'w',
        's',
        [
          stage('first', 't', { gflopsPerRequest: 10, outputKB: 50, inputDataClass: 'raw' }),
          stage('second', 's', { gflopsPerRequest: 1, outputKB: 20 }),
          stage('third', 'b', { gflopsPerRequest: 5, outputKB: 10 }),
        ],
        { inputKB: 100, returnsToDevice: true, latencyObjectiveP95Ms: 1000 },
      ),
      ...extraWorkloads,
    ],
  });
}

/** Another workload from the diamond's devices, to the given site. */
export function otherFromDevices(id: string, siteId: string): Scenario['workloads'][number] {
  return workload(id, 's', [stage(`${id}-stage`, siteId, { gflopsPerRequest: 1, outputKB: 1 })], {
    inputKB: 200,
    latencyObjectiveP95Ms: 1000,
  });
}
