import type { MediumId } from '../../src/engine/catalogue/media';
import { TIERS, type TierId } from '../../src/engine/catalogue/tiers';
import { greatCircleKm, type LatLon } from '../../src/engine/geo';
import type { Link, Site } from '../../src/engine/scenario/schema';
import { CLOUD_REGIONS, METROS, type Place } from './geography';
import { NearestIndex } from './nearest';
import type { Random } from './random';
import { DEVICE_KIND_MIX, DEVICE_KINDS, type DeviceKind, type DeviceKindId } from './templates';

/** Sites and links before compute and capacities are sized, with the hierarchy the workloads are placed along. */
export interface Topology {
  readonly sites: Site[];
  readonly links: Link[];
  /** Per site: the site one level up device → edge → regional DC → cloud; −1 at a cloud region. */
  readonly parent: Int32Array;
  /** Per site: the link to that parent; −1 at a cloud region. */
  readonly parentLink: Int32Array;
  /** Per link: the parent link whose traffic it takes over when that one fails, or −1. */
  readonly backupOf: Int32Array;
  /** Per site: the kind of device group, or null for the other tiers. */
  readonly kind: (DeviceKindId | null)[];
}

export interface TierCounts {
  readonly cloud: number;
  readonly regionalDc: number;
  readonly nearEdge: number;
  readonly farEdge: number;
  readonly device: number;
}

/** A few cloud regions, ~1 % regional DCs, ~6 % MEC sites, ~12 % far-edge sites and the rest device groups. */
export function tierCounts(siteCount: number): TierCounts {
  const cloud = Math.min(CLOUD_REGIONS.length, Math.max(2, Math.round(Math.sqrt(siteCount) / 10) + 1));
  const regionalDc = Math.max(3, Math.round(siteCount / 100));
  const nearEdge = Math.max(3, Math.round(siteCount * 0.06));
  const farEdge = Math.max(3, Math.round(siteCount * 0.12));
  const device = siteCount - cloud - regionalDc - nearEdge - farEdge;
  if (device < 1) throw new RangeError(`need at least 20 sites, got ${siteCount}`);
  return { cloud, regionalDc, nearEdge, farEdge, device };
}

/** Wired links up to this great-circle distance are metro fibre; longer ones long-haul. */
const METRO_REACH_KM = 150;
/** Radius around its metro centre, km, within which each tier's sites are scattered. */
const SCATTER_KM: Record<Exclude<TierId, 'device' | 'cloud'>, number> = { regionalDc: 30, nearEdge: 25, farEdge: 60 };
/** Radius of a device group around its home edge, km: a cell's reach for 5G, a building for Wi-Fi. */
const DEVICE_SCATTER_KM = { radio5g: 3, wifi: 0.3 } as const;

class Builder {
  readonly sites: Site[] = [];
  readonly links: Link[] = [];
  readonly parent: number[] = [];
  readonly parentLink: number[] = [];
  readonly backupOf: number[] = [];
  readonly kind: (DeviceKindId | null)[] = [];
  readonly #pairs = new Set<string>();

  addSite(tier: TierId, name: string, location: LatLon, jurisdiction: string): number {
    const index = this.sites.length;
    const id = `${TIER_PREFIX[tier]}-${index}`;
    this.sites.push({
      id,
      name,
      tier,
      location,
      jurisdiction,
      compute: { acceleratorId: 'none', count: 0 },
      pue: TIERS[tier].defaultPue.value,
    });
    this.parent.push(-1);
    this.parentLink.push(-1);
    this.kind.push(null);
    return index;
  }

  /** Adds a link unless the pair is already linked; returns its index either way (−1 if it was a duplicate). */
  addLink(from: number, to: number, medium: MediumId, backupOf = -1): number {
    const key = from < to ? `${from}-${to}` : `${to}-${from}`;
    if (this.#pairs.has(key)) return -1;
    this.#pairs.add(key);
    const index = this.links.length;
    this.links.push({ id: `l${index}`, from: this.sites[from].id, to: this.sites[to].id, medium, capacityMbps: 1 });
    this.backupOf.push(backupOf);
    return index;
  }

  setParent(child: number, parent: number, medium: MediumId): void {
    this.parent[child] = parent;
    this.parentLink[child] = this.addLink(child, parent, medium);
  }

  wiredMedium(a: number, b: number): MediumId {
    return greatCircleKm(this.sites[a].location!, this.sites[b].location!) <= METRO_REACH_KM ? 'metro-fibre' : 'long-haul-fibre';
  }
}

/** Fibre links from each site to its nearest neighbours of the same tier (fewer after de-duplication). */
const PEERS = { regionalDc: 3, nearEdge: 3, farEdge: 2 } as const;
/** Share of device groups with a third radio uplink: groups spread over cells served by different MECs. */
const THIRD_UPLINK_SHARE = 0.75;

/** Farthest a device group's backup 5G uplink reaches to another MEC, km: the radio and its backhaul stay in the metro. */
const RADIO_REACH_KM = 60;

const TIER_PREFIX: Record<TierId, string> = { cloud: 'cloud', regionalDc: 'dc', nearEdge: 'mec', farEdge: 'fe', device: 'dev' };

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/**
 * Lays out the sites over real metros and links them: every device group to
 * its home edge by radio plus a second radio uplink; every edge to its nearest
 * regional DC plus a backup uplink and fibre to neighbouring edges; every
 * regional DC to its nearest cloud region by interconnect, a second region
 * over the internet, and long-haul fibre to neighbouring DCs.
 */
export function buildTopology(siteCount: number, random: Random): Topology {
  const counts = tierCounts(siteCount);
  const b = new Builder();
  const metros: Place[] = range(0, Math.min(counts.regionalDc, METROS.length)).map((i) => METROS[i]);
  const metroOf = new Map<number, Place>();

  const clouds = range(0, counts.cloud).map((i) => {
    const region = CLOUD_REGIONS[i];
    return b.addSite('cloud', `${region.name} cloud region`, { lat: region.lat, lon: region.lon }, region.jurisdiction);
  });
  const scatter = (tier: keyof typeof SCATTER_KM, count: number, label: string, metroAt: (i: number) => Place) =>
    range(0, count).map((i) => {
      const metro = metroAt(i);
      const site = b.addSite(tier, `${metro.name} ${label} ${i + 1}`, random.near(metro, SCATTER_KM[tier]), metro.jurisdiction);
      metroOf.set(site, metro);
      return site;
    });
  const regionals = scatter('regionalDc', counts.regionalDc, 'regional DC', (i) => metros[i % metros.length]);
  const mecs = scatter('nearEdge', counts.nearEdge, 'MEC', () => random.pick(metros));
  const farEdges = scatter('farEdge', counts.farEdge, 'far edge', () => random.pick(metros));

  const devices = range(0, counts.device).map((i) => {
    const kind = random.weighted(DEVICE_KIND_MIX);
    const spec: DeviceKind = DEVICE_KINDS[kind];
    const attach = random.pick(spec.attach);
    const home = random.pick(attach.edge === 'farEdge' ? farEdges : mecs);
    const radius = attach.medium === 'wifi-6' ? DEVICE_SCATTER_KM.wifi : DEVICE_SCATTER_KM.radio5g;
    const metro = metroOf.get(home)!;
    const site = b.addSite(
      'device',
      `${metro.name} ${spec.label.toLowerCase()} ${i + 1}`,
      random.near(b.sites[home].location!, radius),
      b.sites[home].jurisdiction,
    );
    b.sites[site].deviceCount = Math.round(random.logRange(spec.deviceCount[0], spec.deviceCount[1]));
    b.sites[site].compute = { acceleratorId: spec.accelerator, count: spec.accelerator === 'none' ? 0 : 1 };
    b.kind[site] = kind;
    b.setParent(site, home, attach.medium);
    return site;
  });

  const index = new NearestIndex(b.sites.map((s) => s.location!));

  for (const c of clouds) {
    for (const peer of index.nearest(c, clouds, 2)) b.addLink(c, peer, 'long-haul-fibre');
  }
  for (const r of regionals) {
    const [home, second] = index.nearest(r, clouds, 2);
    b.setParent(r, home, 'on-demand-interconnect');
    b.addLink(r, second, 'internet', b.parentLink[r]);
    for (const peer of index.nearest(r, regionals, PEERS.regionalDc)) b.addLink(r, peer, b.wiredMedium(r, peer));
  }
  for (const m of mecs) {
    const [home, second] = index.nearest(m, regionals, 2);
    b.setParent(m, home, b.wiredMedium(m, home));
    b.addLink(m, second, b.wiredMedium(m, second), b.parentLink[m]);
    for (const peer of index.nearest(m, mecs, PEERS.nearEdge)) b.addLink(m, peer, b.wiredMedium(m, peer));
  }
  for (const f of farEdges) {
    const [home] = index.nearest(f, regionals, 1);
    b.setParent(f, home, b.wiredMedium(f, home));
    const [mec] = index.nearest(f, mecs, 1);
    b.addLink(f, mec, b.wiredMedium(f, mec), b.parentLink[f]);
    for (const peer of index.nearest(f, farEdges, PEERS.farEdge)) b.addLink(f, peer, b.wiredMedium(f, peer));
  }
  for (const d of devices) {
    // 5G uplinks to the nearest other MECs (a group spans several cells), so it survives the loss of its home edge.
    const uplinks = random.chance(THIRD_UPLINK_SHARE) ? 2 : 1;
    for (const backup of index.nearest(d, mecs, uplinks, new Set([b.parent[d]]))) {
      if (greatCircleKm(b.sites[d].location!, b.sites[backup].location!) <= RADIO_REACH_KM)
        b.addLink(d, backup, '5g-embb', b.parentLink[d]);
    }
  }

  return {
    sites: b.sites,
    links: b.links,
    parent: Int32Array.from(b.parent),
    parentLink: Int32Array.from(b.parentLink),
    backupOf: Int32Array.from(b.backupOf),
    kind: b.kind,
  };
}
