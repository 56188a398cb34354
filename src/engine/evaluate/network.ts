import { MEDIA, type MediumId } from '../catalogue/media';
import { mediumKey } from '../catalogue/registry';
import { greatCircleKm } from '../geo';
import { propagationMs } from '../model/units';
import type { Parameters } from '../parameters';
import { buildGraph, type Graph } from '../routing/graph';
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
  readonly lengthKm: number;
  readonly propagationMs: number;
  /** Load-independent one-way latency, the routing weight. */
  readonly baseLatencyMs: number;
  readonly costUsdPerMonth: number;
  readonly costUsdPerGb: number;
}

export interface PreparedNetwork {
  readonly siteIndex: ReadonlyMap<string, number>;
  readonly links: readonly PreparedLink[];
  readonly graph: Graph;
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

/** Resolves every link's parameters and builds the routing graph; `failedLinks` are left out of it. */
export function prepareNetwork(scenario: Scenario, params: Parameters, failedLinks: ReadonlySet<string> = new Set()): PreparedNetwork {
  const siteIndex = new Map<string, number>();
  scenario.sites.forEach((site, i) => siteIndex.set(site.id, i));
  const mediumCache = new Map<MediumId, MediumParameters>();
  const links = scenario.links.map((link, index): PreparedLink => {
    let mp = mediumCache.get(link.medium);
    if (mp === undefined) {
      mp = readMediumParameters(params, link.medium);
      mediumCache.set(link.medium, mp);
    }
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
      lengthKm,
      propagationMs: propagation,
      baseLatencyMs: propagation + mp.accessLatencyMs,
      costUsdPerMonth: link.costUsdPerMonth ?? mp.costUsdPerMonth,
      costUsdPerGb: link.costUsdPerGb ?? mp.costUsdPerGb,
    };
  });
  const graph = buildGraph(
    scenario.sites.length,
    links.map((l) => ({ from: l.from, to: l.to, weight: failedLinks.has(l.id) ? Infinity : l.baseLatencyMs })),
  );
  return { siteIndex, links, graph };
}
