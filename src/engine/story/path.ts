import type { MediumId } from '../catalogue/media';
import type { WorkloadResult } from '../result';
import type { Scenario } from '../scenario/schema';
import type { PathLink, PathSite, StoryPath } from './types';

const NO_PATH: StoryPath = { sites: [], links: [] };

/**
 * The headline workload's outbound journey as the story draws it: every site
 * the request visits, in order, with the stages run there and the links
 * between. The return leg retraces it and is left out.
 */
export function requestPath(scenario: Scenario, workload: WorkloadResult | undefined, cutLinkId: string | null): StoryPath {
  if (workload === undefined || workload.segments.length === 0) return NO_PATH;
  const siteById = new Map(scenario.sites.map((s) => [s.id, s]));
  const linkById = new Map(scenario.links.map((l) => [l.id, l]));
  const stageNames = scenario.workloads.find((w) => w.id === workload.id)?.stages.map((s) => s.name) ?? [];
  let stageIndex = 0;
  const sites: PathSite[] = [];
  const links: PathLink[] = [];
  const visit = (siteId: string): PathSite => {
    const last = sites.at(-1);
    if (last?.siteId === siteId) return last;
    const site = siteById.get(siteId);
    const stop: PathSite = { siteId, name: site?.name ?? siteId, tier: site?.tier ?? 'cloud', stages: [] };
    sites.push(stop);
    return stop;
  };
  for (const segment of workload.segments) {
    if (segment.isReturn) continue;
    if (segment.kind === 'compute') {
      const stop = visit(segment.fromSiteId);
      // Compute segments come in stage order.
      const name = stageNames[stageIndex++] ?? segment.label;
      sites[sites.length - 1] = { ...stop, stages: [...stop.stages, name] };
      continue;
    }
    visit(segment.fromSiteId);
    for (const hop of segment.links) {
      const link = linkById.get(hop.linkId);
      if (link === undefined) continue;
      const from = siteById.get(link.from)?.name ?? link.from;
      const to = siteById.get(link.to)?.name ?? link.to;
      links.push({
        linkId: link.id,
        name: `${from} – ${to}`,
        medium: link.medium as MediumId,
        utilisation: hop.utilisation,
        cut: link.id === cutLinkId,
        inSlice: hop.inSlice,
      });
      visit(hop.forward ? link.to : link.from);
    }
  }
  return { sites, links };
}
