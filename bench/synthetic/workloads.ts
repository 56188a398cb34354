import type { Workload } from '../../src/engine/scenario/schema';
import type { Random } from './random';
import { DEVICE_KINDS, type Level } from './templates';
import type { Topology } from './topology';

const LEVELS: readonly Level[] = ['device', 'edge', 'regional', 'cloud'];

/** The device group's chain of sites, one per level: itself, its home edge, that edge's regional DC, that DC's cloud region. */
export function chainOf(topology: Topology, device: number): number[] {
  const chain = [device];
  while (chain.length < LEVELS.length) chain.push(topology.parent[chain[chain.length - 1]]);
  return chain;
}

/**
 * One workload per two sites, each from a random device group, running the
 * first 3–5 stages of its kind's pipeline along the group's chain.
 */
export function buildWorkloads(topology: Topology, random: Random): Workload[] {
  const devices = topology.kind.flatMap((kind, i) => (kind === null ? [] : [i]));
  const count = Math.round(topology.sites.length / 2);
  return Array.from({ length: count }, (_, w): Workload => {
    const source = random.pick(devices);
    const spec = DEVICE_KINDS[topology.kind[source]!];
    const chain = chainOf(topology, source);
    const stageCount = random.int(3, 5);
    const rps = random.logRange(spec.requestsPerSecond[0], spec.requestsPerSecond[1]);
    return {
      id: `w${w}`,
      name: `${spec.stages[0].name.split(' (')[0]} for ${topology.sites[source].name}`.slice(0, 120),
      sourceSiteId: topology.sites[source].id,
      requestsPerSecondPerDevice: Math.round(rps * 1000) / 1000,
      inputKB: spec.inputKB,
      returnsToDevice: spec.returnsToDevice,
      latencyObjectiveP95Ms: spec.latencyObjectiveP95Ms,
      stages: spec.stages.slice(0, stageCount).map((stage, s) => ({
        id: `s${s + 1}`,
        name: stage.name,
        gflopsPerRequest: stage.gflopsPerRequest,
        outputKB: stage.outputKB,
        inputDataClass: stage.inputDataClass,
        siteId: topology.sites[chain[LEVELS.indexOf(stage.level)]].id,
      })),
    };
  });
}
