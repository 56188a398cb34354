import { MEDIA, type MediumId } from '../catalogue/media';
import { mediumKey } from '../catalogue/registry';
import { greatCircleKm } from '../geo';
import { propagationMs } from '../model/units';
import type { Parameters } from '../parameters';
import { buildGraph, type Graph } from '../routing/graph';
import { unitVectors, type GeoBound } from '../routing/router';
import type { Scenario, Site } from '../scenario/schema';

/** Per-medium figures after the scenario's overrides. */
export interface MediumParameters {
  readonly kind: 'radio' | 'wired';
  readonly propagationUsPerKm: number;
  readonly routeFactor: number;
  readonly unplacedLengthKm: number;
  readonly accessLatencyMs: number;
  readonly jitterMs: number;
  readonly uplinkPerDeviceMbps: number;
  readonly downlinkPerDeviceMbps: number;
  readonly costUsdPerMonth: number;
  readonly costUsdPerGb: number;
  readonly energyKwhPerGb: number;
}

/** A link's identity and kind, indexed like scenario.links; its figures are columns of PreparedNetwork. */
export interface PreparedLink {
  readonly index: number;
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly medium: MediumId;
  readonly params: MediumParameters;
  readonly queueModel: 'mg1' | 'mm1';
}

/**
 * Every link's figures, one typed array per figure indexed like links. Kept
 * out of the link objects because V8 boxes each double an object holds: at
 * tens of thousands of links the boxes were most of the garbage collector's work.
 */
export interface LinkFigures {
  readonly capacityMbps: Float64Array;
  /** Capacity held for the URLLC slice, per direction (0 without a slice). */
  readonly sliceReservedMbps: Float64Array;
  readonly burstCapacityMbps: Float64Array;
  readonly burstThreshold: Float64Array;
  readonly lengthKm: Float64Array;
  readonly propagationMs: Float64Array;
  /** Load-independent one-way latency, the lowest-latency routing weight. */
  readonly baseLatencyMs: Float64Array;
  readonly costUsdPerMonth: Float64Array;
  readonly costUsdPerGb: Float64Array;
}

export interface PreparedNetwork extends LinkFigures {
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
    unplacedLengthKm: params.get(mediumKey(medium, 'unplacedLengthKm')),
    accessLatencyMs: params.get(mediumKey(medium, 'accessLatencyMs')),
    jitterMs: params.get(mediumKey(medium, 'jitterMs')),
    uplinkPerDeviceMbps: radio ? params.get(mediumKey(medium, 'uplinkPerDeviceMbps')) : Infinity,
    downlinkPerDeviceMbps: radio ? params.get(mediumKey(medium, 'downlinkPerDeviceMbps')) : Infinity,
    costUsdPerMonth: params.get(mediumKey(medium, 'costUsdPerMonth')),
    costUsdPerGb: params.get(mediumKey(medium, 'costUsdPerGb')),
    energyKwhPerGb: params.get(mediumKey(medium, 'energyKwhPerGb')),
  };
}

/**
 * Link length: the user's figure if set, else great-circle distance between
 * its ends × route factor, else (an end not yet placed on the map) the
 * medium's assumed span.
 */
export function linkLengthKm(
  link: Scenario['links'][number],
  from: Site,
  to: Site,
  medium: Pick<MediumParameters, 'routeFactor' | 'unplacedLengthKm'>,
): number {
  if (link.lengthKm !== undefined) return link.lengthKm;
  if (from.location === undefined || to.location === undefined) return medium.unplacedLengthKm;
  return greatCircleKm(from.location, to.location) * (link.routeFactor ?? medium.routeFactor);
}

/** The smallest weight per unit of chord between a link's ends: what makes the A* bound admissible. */
export function costPerChordUnit(unit: Float64Array, ends: readonly { from: number; to: number }[], weight: Float64Array): number {
  let best = Infinity;
  ends.forEach((e, i) => {
    const dx = unit[3 * e.from] - unit[3 * e.to];
    const dy = unit[3 * e.from + 1] - unit[3 * e.to + 1];
    const dz = unit[3 * e.from + 2] - unit[3 * e.to + 2];
    const chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
    if (chord > 1e-12) best = Math.min(best, weight[i] / chord);
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
  const n = scenario.links.length;
  const figures: LinkFigures = {
    capacityMbps: new Float64Array(n),
    sliceReservedMbps: new Float64Array(n),
    burstCapacityMbps: new Float64Array(n),
    burstThreshold: new Float64Array(n),
    lengthKm: new Float64Array(n),
    propagationMs: new Float64Array(n),
    baseLatencyMs: new Float64Array(n),
    costUsdPerMonth: new Float64Array(n),
    costUsdPerGb: new Float64Array(n),
  };
  const links = scenario.links.map((link, index): PreparedLink => {
    const mp = mediumParams(link.medium);
    const from = siteIndex.get(link.from)!;
    const to = siteIndex.get(link.to)!;
    const lengthKm = linkLengthKm(link, scenario.sites[from], scenario.sites[to], mp);
    const propagation = propagationMs(lengthKm, mp.propagationUsPerKm);
    figures.capacityMbps[index] = link.capacityMbps;
    figures.sliceReservedMbps[index] = link.sliceReservedMbps ?? 0;
    figures.burstCapacityMbps[index] = link.burstCapacityMbps ?? 0;
    figures.burstThreshold[index] = link.burstThreshold ?? 0.8;
    figures.lengthKm[index] = lengthKm;
    figures.propagationMs[index] = propagation;
    figures.baseLatencyMs[index] = propagation + mp.accessLatencyMs;
    figures.costUsdPerMonth[index] = link.costUsdPerMonth ?? mp.costUsdPerMonth;
    figures.costUsdPerGb[index] = link.costUsdPerGb ?? mp.costUsdPerGb;
    return { index, id: link.id, from, to, medium: link.medium, params: mp, queueModel: link.queueModel ?? 'mg1' };
  });
  const graph = buildGraph(
    scenario.sites.length,
    links.map((l) => ({ from: l.from, to: l.to, weight: figures.baseLatencyMs[l.index] })),
  );
  const unit = unitVectors(
    scenario.sites.map((s) => s.location?.lat ?? 0),
    scenario.sites.map((s) => s.location?.lon ?? 0),
  );
  // Geography bounds a path's latency only when every site is on the map; otherwise A* searches without a bound (as Dijkstra).
  const everyPlaced = scenario.sites.every((s) => s.location !== undefined);
  const latencyBound = { unit, costPerChordUnit: everyPlaced ? costPerChordUnit(unit, links, figures.baseLatencyMs) : 0 };
  const urllcAccess = () => mediumParams('5g-urllc');
  return { siteIndex, links, ...figures, graph, latencyBound, urllcAccess };
}
