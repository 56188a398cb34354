import { MEDIA, type MediumId } from '../../engine/catalogue/media';
import type { Site } from '../../engine/scenario/schema';
import { METRO_REACH_KM } from './backboneChoices';
import { UNKNOWN_JURISDICTION } from './countries';
import type { LinkSpeedSource } from './linkSpeed';
import { count, listed } from './listed';
import type { DroppedEdge } from './mergeEdges';

/** What the importer found and decided, gathered for the summary. */
export interface ImportFacts {
  readonly fileName: string;
  readonly network: string;
  readonly siteCount: number;
  readonly linkCount: number;
  readonly edgeCount: number;
  readonly directed: boolean;
  /** From the GraphML reader: extra graphs, undeclared keys, … */
  readonly readerNotes: readonly string[];
  /** "node[3]: has no id; skipped" */
  readonly skippedNodes: readonly string[];
  readonly dropped: readonly DroppedEdge[];
  /** "Oslo–Bergen (2 edges)" */
  readonly parallel: readonly string[];
  readonly external: readonly string[];
  readonly sharedMedium: readonly string[];
  readonly isolated: readonly string[];
  readonly linksByMedium: ReadonlyMap<MediumId, number>;
  readonly edgesBySpeedSource: ReadonlyMap<LinkSpeedSource, number>;
  /** Media whose default capacity some edge took, with how many edges. */
  readonly defaultedByMedium: ReadonlyMap<MediumId, number>;
  /** Where LinkSpeedRaw was given but is not a plausible speed. */
  readonly implausibleRawSpeeds: readonly string[];
  readonly locationProblems: readonly string[];
  readonly placedByNeighbours: readonly string[];
  readonly placedAtNetworkCentre: readonly string[];
  readonly noNodeLocated: boolean;
  readonly sites: readonly Site[];
  readonly unknownJurisdiction: readonly string[];
}

const mbps = (medium: MediumId) =>
  `${MEDIA[medium].label.toLowerCase()} ${MEDIA[medium].defaultCapacityMbps.value.toLocaleString('en')} Mbit/s`;

function mediaLines(facts: ImportFacts): string[] {
  const n = (medium: MediumId) => facts.linksByMedium.get(medium) ?? 0;
  const lines = [
    `Media by great-circle distance: ${count(n('metro-fibre'), 'metro fibre link')} (under ${METRO_REACH_KM} km), ` +
      `${count(n('long-haul-fibre'), 'long-haul fibre link')}, and ${count(n('internet'), 'public internet link')} to external nodes.`,
    'Link lengths are not stored: the engine takes the great-circle distance between the two sites × the medium’s route factor ' +
      `(metro fibre ${MEDIA['metro-fibre'].routeFactor.value}, long-haul fibre ${MEDIA['long-haul-fibre'].routeFactor.value}, ` +
      `public internet ${MEDIA.internet.routeFactor.value}); set a link’s length or route factor to override it.`,
  ];
  if (n('long-haul-fibre') > 0) {
    lines.push(
      `Each long-haul link adds the catalogue’s ${MEDIA['long-haul-fibre'].accessLatencyMs.value} ms fixed overhead, fitted to whole ` +
        'inter-region paths, so a route over many backbone hops counts it once per hop; lower medium.long-haul-fibre.accessLatencyMs ' +
        'in Assumptions if that overstates this network.',
    );
  }
  return lines;
}

function capacityLines(facts: ImportFacts): string[] {
  const from = (source: LinkSpeedSource) => facts.edgesBySpeedSource.get(source) ?? 0;
  const defaulted = [...facts.defaultedByMedium.values()].reduce((a, b) => a + b, 0);
  const lines = [
    `Capacities: ${count(from('LinkSpeedRaw'), 'edge')} from LinkSpeedRaw (bit/s), ${count(from('LinkSpeed'), 'edge')} from ` +
      `LinkSpeed × LinkSpeedUnits, ${count(from('LinkLabel'), 'edge')} read from LinkLabel (such as OC-192 or 10 Gbps).`,
  ];
  if (defaulted > 0) {
    lines.push(
      `${count(defaulted, 'edge gives', 'edges give')} no speed and took the catalogue default the editor gives a new link of its ` +
        `medium (${[...facts.defaultedByMedium.keys()].map(mbps).join(', ')}).`,
    );
  }
  if (facts.implausibleRawSpeeds.length > 0) {
    lines.push(`LinkSpeedRaw outside 1 kbit/s – 1 Pbit/s was ignored on ${listed(facts.implausibleRawSpeeds)}.`);
  }
  if (facts.parallel.length > 0) {
    lines.push(`Parallel edges were merged into one link per pair, capacities added: ${listed(facts.parallel)}.`);
  }
  return lines;
}

function locationLines(facts: ImportFacts): string[] {
  const lines = facts.locationProblems.map((problem) => `${problem}: treated as having no coordinates.`);
  if (facts.noNodeLocated) {
    lines.push(
      'No node has coordinates: every site is at 0° N, 0° E, so every link is 0 km long until you set locations; ' +
        'the canvas shows them packed in a grid.',
    );
    return lines;
  }
  if (facts.placedByNeighbours.length > 0) {
    lines.push(
      `${count(facts.placedByNeighbours.length, 'node has', 'nodes have')} no coordinates and ` +
        `${facts.placedByNeighbours.length === 1 ? 'was' : 'were'} placed at the centre of their located neighbours: ${listed(facts.placedByNeighbours)}.`,
    );
  }
  if (facts.placedAtNetworkCentre.length > 0) {
    lines.push(
      `${count(facts.placedAtNetworkCentre.length, 'node has', 'nodes have')} no coordinates and no located neighbour, ` +
        `placed at the centre of the network: ${listed(facts.placedAtNetworkCentre)}.`,
    );
  }
  if (facts.placedByNeighbours.length + facts.placedAtNetworkCentre.length > 0) {
    lines.push('Links to sites placed this way have made-up lengths: set those sites’ locations if you know them.');
  }
  return lines;
}

function jurisdictionLines(facts: ImportFacts): string[] {
  const sitesByCode = new Map<string, number>();
  for (const { jurisdiction } of facts.sites) sitesByCode.set(jurisdiction, (sitesByCode.get(jurisdiction) ?? 0) + 1);
  const known = [...sitesByCode].filter(([code]) => code !== UNKNOWN_JURISDICTION).sort((a, b) => b[1] - a[1]);
  const lines: string[] = [];
  if (known.length > 0) {
    lines.push(
      `Jurisdictions from each node’s Country: ${listed(
        known.map(([code, n]) => `${code} ${n}`),
        12,
      )}.` + (known.length > 1 ? ' Each country keeps its own code (EU members are not merged into EU).' : ''),
    );
  }
  const unknown = facts.unknownJurisdiction.length;
  if (unknown > 0) {
    lines.push(
      `${count(unknown, 'site has', 'sites have')} no recognised Country and ${unknown === 1 ? 'is' : 'are'} in jurisdiction ` +
        `${UNKNOWN_JURISDICTION}, which matches no other, so the sovereignty check treats ${unknown === 1 ? 'it' : 'them'} as abroad: ` +
        `${listed(facts.unknownJurisdiction)}.`,
    );
  }
  return lines;
}

function droppedLines(facts: ImportFacts): string[] {
  const lines = facts.skippedNodes.length > 0 ? [`Nodes skipped: ${listed(facts.skippedNodes)}.`] : [];
  const why = (reason: DroppedEdge['why']) => facts.dropped.filter((d) => d.why === reason).map((d) => `${d.where} (${d.detail})`);
  const unknown = why('unknown node');
  const loops = why('self-loop');
  const open = why('no endpoint');
  if (unknown.length > 0) lines.push(`${count(unknown.length, 'edge')} to a node that does not exist dropped: ${listed(unknown)}.`);
  if (open.length > 0) lines.push(`${count(open.length, 'edge')} without both ends dropped: ${listed(open)}.`);
  if (loops.length > 0) lines.push(`${count(loops.length, 'self-loop')} dropped: ${listed(loops)}.`);
  return lines;
}

/** The import summary: what was made, and every assumption and repair, one sentence each. */
export function importSummary(facts: ImportFacts): string[] {
  return [
    `Imported ${facts.network} from ${facts.fileName}: ${count(facts.siteCount, 'site')} and ${count(facts.linkCount, 'link')} ` +
      `from ${count(facts.edgeCount, 'edge')}.`,
    'Every site is a regional DC without accelerators: the file describes a backbone’s points of presence, not its compute. ' +
      'Add accelerators where stages should run.',
    ...(facts.external.length > 0
      ? [
          `${count(facts.external.length, 'node is', 'nodes are')} outside the network (Internal = 0), kept with (external) after the name and ` +
            `linked over public internet: ${listed(facts.external)}.`,
        ]
      : []),
    ...(facts.sharedMedium.length > 0
      ? [
          `${count(facts.sharedMedium.length, 'node is a shared-medium fabric', 'nodes are shared-medium fabrics')} (hyperedge = 1), ` +
            `kept as ${facts.sharedMedium.length === 1 ? 'an ordinary site' : 'ordinary sites'}: ${listed(facts.sharedMedium)}.`,
        ]
      : []),
    ...mediaLines(facts),
    ...capacityLines(facts),
    ...locationLines(facts),
    ...jurisdictionLines(facts),
    ...droppedLines(facts),
    ...(facts.isolated.length > 0 ? [`${count(facts.isolated.length, 'site has', 'sites have')} no link: ${listed(facts.isolated)}.`] : []),
    ...(facts.directed ? ['The file declares directed edges; each became a link that carries traffic both ways.'] : []),
    ...facts.readerNotes,
    'The scenario has no workloads yet: add a device group and a workload to see latency and cost.',
  ];
}
