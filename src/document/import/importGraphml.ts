import type { ValidationError } from '../../engine/scenario/errors';
import { SCHEMA_VERSION, type Scenario } from '../../engine/scenario/schema';
import { validateScenario } from '../../engine/scenario/validate';
import { backboneLinks } from './backboneLinks';
import { backboneSites } from './backboneSites';
import { cleanName } from './cleanText';
import { UNKNOWN_JURISDICTION } from './countries';
import { layoutOnCanvas } from './geoLayout';
import { importSummary } from './importSummary';
import { keepNodes } from './keepNodes';
import { mergeEdges } from './mergeEdges';
import { placeUnlocated } from './placeUnlocated';
import { readGraphml } from './readGraphml';
import { readZooGraphInfo } from './zooAttributes';
import { zooDescription } from './zooCredit';

/**
 * Imports a network from GraphML in the Internet Topology Zoo's format
 * (topology-zoo.org) as a Tierscape scenario: one site per node, placed by
 * its coordinates, and one link per pair of connected nodes. Pure: no DOM;
 * runs in the browser, a worker or Node.
 */

export type GraphmlImportResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly summary: readonly string[] }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** The file's own name without folders, cleaned, for the scenario's name and description. */
const shownFileName = (fileName: string) => cleanName(String(fileName).replace(/^.*[\\/]/, '')) || 'a GraphML file';

/**
 * Reads `text` (a .graphml file's contents) and returns the scenario it
 * describes with a summary of every assumption and repair, or where and why
 * the file cannot be imported. `fileName` only names things. Never throws.
 */
export function importGraphml(text: string, fileName: string): GraphmlImportResult {
  const reading = readGraphml(text);
  if (!reading.ok) return reading;
  const { graph } = reading;
  const { kept, nodeIndex, skipped } = keepNodes(graph.nodes);
  if (kept.length === 0) {
    const message = graph.nodes.length === 0 ? 'has no <node> elements' : 'has no node with a usable id';
    return { ok: false, errors: [{ path: 'graph', message }, ...skipped.slice(0, 49)] };
  }

  const { groups, dropped } = mergeEdges(graph.edges, nodeIndex);
  const neighbours = kept.map((): number[] => []);
  for (const group of groups) {
    neighbours[group.from].push(group.to);
    neighbours[group.to].push(group.from);
  }
  const { locations, placement } = placeUnlocated(
    kept.map((node) => node.zoo.location),
    neighbours,
  );
  const sites = backboneSites(kept, locations, layoutOnCanvas(locations));
  const { links, linksByMedium, edgesBySpeedSource, defaultedByMedium } = backboneLinks(groups, sites, kept);

  const info = readZooGraphInfo(graph.graphData);
  const file = shownFileName(fileName);
  const name = info.network ?? (cleanName(file.replace(/\.graphml$/i, '')) || 'Imported network');
  const validated = validateScenario({
    schemaVersion: SCHEMA_VERSION,
    name,
    description: zooDescription(info, file),
    sites,
    links,
    workloads: [],
  } satisfies Scenario);
  // Built to be valid; should that ever fail, the errors name the place in the document.
  if (!validated.ok) return validated;

  const namesWhere = (keep: (i: number) => boolean) => kept.flatMap((node, i) => (keep(i) ? [node.where] : []));
  const pairName = (from: number, to: number) => `${sites[from].name}–${sites[to].name}`;
  const summary = importSummary({
    fileName: file,
    network: name,
    siteCount: sites.length,
    linkCount: links.length,
    edgeCount: graph.edges.length,
    directed: graph.directed,
    readerNotes: graph.notes,
    skippedNodes: skipped.map((s) => `${s.path} (${s.message.replace(/; skipped$/, '')})`),
    dropped,
    parallel: groups.filter((g) => g.speeds.length > 1).map((g) => `${pairName(g.from, g.to)} (${g.speeds.length} edges)`),
    external: namesWhere((i) => !kept[i].zoo.internal),
    sharedMedium: namesWhere((i) => kept[i].zoo.sharedMedium),
    isolated: namesWhere((i) => neighbours[i].length === 0),
    linksByMedium,
    edgesBySpeedSource,
    defaultedByMedium,
    implausibleRawSpeeds: groups.filter((g) => g.implausibleRawSpeeds > 0).map((g) => pairName(g.from, g.to)),
    locationProblems: kept.flatMap((node) => (node.zoo.locationProblem === null ? [] : [`${node.where}: ${node.zoo.locationProblem}`])),
    placedByNeighbours: namesWhere((i) => placement[i] === 'neighbours'),
    placedAtNetworkCentre: namesWhere((i) => placement[i] === 'network'),
    noNodeLocated: kept.every((node) => node.zoo.location === null),
    sites,
    unknownJurisdiction: namesWhere((i) => sites[i].jurisdiction === UNKNOWN_JURISDICTION),
  });
  return { ok: true, scenario: validated.scenario, summary };
}
