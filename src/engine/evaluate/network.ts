import { MEDIA, type MediumId } from '../catalogue/media';
import { mediumKey } from '../catalogue/registry';
import { greatCircleKm } from '../geo';
import { propagationMs } from '../model/units';
import type { Parameters } from '../parameters';
import { buildGraph, type Graph } from '../routing/graph';
import { unitVectors, type GeoBound } from '../routing/router';
import type { Scenario } from '../scenario/schema';

/** Per-medium figures after the scenario's overrides. */
export interface MediumParameters {
  readonly kind: 'radio' | 'wired';
  readonly propagationUsPerKm: number;
  readonly routeFactor: number;
  readonly accessLatencyMs: number;
  readonly jitterMs: number;
  readonly uplinkPerDeviceMbps: number;
  readonly downlinkPerDeviceMbps: number;
  readonly costUsdPerMonth: number;
  readonly costUsdPerGb: number;
  readonly energyKwhPerGb: number;
}

/** A link with everything the evaluation needs, indexed like scenario.links. */
export interface PreparedLink {
  readonly index: number;
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly medium: MediumId;
  readonly params: MediumParameters;
  readonly capacityMbps: number;
  /** Capacity held for the URLLC slice, per direction (0 without a slice). */
  readonly sliceReservedMbps: number;
  readonly burstCapacityMbps: number;
  readonly burstThreshold: number;
  readonly queueModel: 'mg1' | 'mm1';
  readonly lengthKm: number;
  readonly propagationMs: number;
  /** Load-independent one-way latency, the lowest-latency routing weight. */
  readonly baseLatencyMs: number;
  readonly costUsdPerMonth: number;
  readonly costUsdPerGb: number;
}

export interface PreparedNetwork {
  readonly siteIndex: ReadonlyMap<string, number>;
  readonly links: readonly PreparedLink[];
  /** The graph weighted by base latency, and an A* bound for it. */
  readonly graph: Graph;
  readonly latencyBound: GeoBound;
  /** Figures of the URLLC slice's radio access, for slice traffic on radio links (read when first needed). */
  readonly urllcAccess: () => MediumParameters;
}

export function readMediumParameters(params: Parameters, medium: MediumId): MediumParameters {
  const kind = MEDIA[medium].kind;
  const radio = kind === 'radio';
  return {
    kind,
    propagationUsPerKm: params.get(mediumKey(medium, 'propagationUsPerKm')),
    routeFactor: params.get(mediumKey(medium, 'routeFactor')),
    accessLatencyMs: params.get(mediumKey(medium, 'accessLatencyMs')),
    jitterMs: params.get(mediumKey(medium, 'jitterMs')),
    uplinkPerDeviceMbps: radio ? params.get(mediumKey(medium, 'uplinkPerDeviceMbps')) : Infinity,
    downlinkPerDeviceMbps: radio ? params.get(mediumKey(medium, 'downlinkPerDeviceMbps')) : Infinity,
    costUsdPerMonth: params.get(mediumKey(medium, 'costUsdPerMonth')),
    costUsdPerGb: params.get(mediumKey(medium, 'costUsdPerGb')),
    energyKwhPerGb: params.get(mediumKey(medium, 'energyKwhPerGb')),
  };
}

/** Link length: the user's figure if set, else great-circle distance × route factor. */
export function linkLengthKm(
  scenario: Scenario,
  link: Scenario['links'][number],
  routeFactor: number,
  siteIndex: ReadonlyMap<string, number>,
): number {
  if (link.lengthKm !== undefined) return link.lengthKm;
  const a = scenario.sites[siteIndex.get(link.from)!];
  const b = scenario.sites[siteIndex.get(link.to)!];
  return greatCircleKm(a.location, b.location) * (link.routeFactor ?? routeFactor);
}

/** The smallest weight per unit of chord between a link's ends: what makes the A* bound admissible. */
export function costPerChordUnit(unit: Float64Array, ends: readonly { from: number; to: number }[], weight: (i: number) => number): number {
  let best = Infinity;
  ends.forEach((e, i) => {
    const dx = unit[3 * e.from] - unit[3 * e.to];
    const dy = unit[3 * e.from + 1] - unit[3 * e.to + 1];
    const dz = unit[3 * e.from + 2] - unit[3 * e.to + 2];
    const chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
    if (chord > 1e-12) best = Math.min(best, weight(i) / chord);
  });
  return Number.isFinite(best) ? best : 0;
}

/** Resolves every link's parameters and builds the latency-weighted routing graph. */
export function prepareNetwork(scenario: Scenario, params: Parameters): PreparedNetwork {
  const siteIndex = new Map<string, number>();
  scenario.sites.forEach((site, i) => siteIndex.set(site.id, i));
  const mediumCache = new Map<MediumId, MediumParameters>();
  const mediumParams = (medium: MediumId) => {
    let mp = mediumCache.get(medium);
    if (mp === undefined) {
      mp = readMediumParameters(params, medium);
      mediumCache.set(medium, mp);
    }
    return mp;
  };
  const links = scenario.links.map((link, index): PreparedLink => {
    const mp = mediumParams(link.medium);
    const lengthKm = linkLengthKm(scenario, link, mp.routeFactor, siteIndex);
    const propagation = propagationMs(lengthKm, mp.propagationUsPerKm);
    return {
      index,
      id: link.id,
      from: siteIndex.get(link.from)!,
      to: siteIndex.get(link.to)!,
      medium: link.medium,
      params: mp,
      capacityMbps: link.capacityMbps,
      sliceReservedMbps: link.sliceReservedMbps ?? 0,
      burstCapacityMbps: link.burstCapacityMbps ?? 0,
      burstThreshold: link.burstThreshold ?? 0.8,
      queueModel: link.queueModel ?? 'mg1',
      lengthKm,
      propagationMs: propagation,
      baseLatencyMs: propagation + mp.accessLatencyMs,
      costUsdPerMonth: link.costUsdPerMonth ?? mp.costUsdPerMonth,
      costUsdPerGb: link.costUsdPerGb ?? mp.costUsdPerGb,
    };
  });
  const graph = buildGraph(
    scenario.sites.length,
    links.map((l) => ({ from: l.from, to: l.to, weight: l.baseLatencyMs })),
  );
  const unit = unitVectors(
    scenario.sites.map((s) => s.location.lat),
    scenario.sites.map((s) => s.location.lon),
  );
  const latencyBound = { unit, costPerChordUnit: costPerChordUnit(unit, links, (i) => links[i].baseLatencyMs) };
  const urllcAccess = () => mediumParams('5g-urllc');
  return { siteIndex, links, graph, latencyBound, urllcAccess };
}
