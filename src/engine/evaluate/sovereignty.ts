import type { SovereigntyViolation } from '../result';
import type { Scenario } from '../scenario/schema';
import type { WorkloadFlows } from './flows';
import type { PreparedNetwork } from './network';

/**
 * Raw personal data may not leave the jurisdiction of the devices it came
 * from: any hop carrying it whose path reaches a site in another jurisdiction
 * (in transit or at the destination) is a violation.
 */
export function findSovereigntyViolations(
  scenario: Scenario,
  flows: readonly WorkloadFlows[],
  network: PreparedNetwork,
): SovereigntyViolation[] {
  const violations: SovereigntyViolation[] = [];
  scenario.workloads.forEach((workload, w) => {
    const home = scenario.sites[network.siteIndex.get(workload.sourceSiteId)!].jurisdiction;
    for (const hop of flows[w].hops) {
      if (hop.dataClass !== 'rawPersonal' || hop.route === null) continue;
      const { nodes, links: path } = hop.route;
      const reached = new Set<string>();
      const links: string[] = [];
      for (let i = 0; i < nodes.length; i++) {
        const j = scenario.sites[nodes[i]].jurisdiction;
        if (j === home) continue;
        reached.add(j);
        if (i > 0) links.push(network.links[path[i - 1]].id);
      }
      if (reached.size === 0) continue;
      const stage = workload.stages[hop.toStage];
      const where = [...reached].join(', ');
      violations.push({
        workloadId: workload.id,
        stageId: stage.id,
        stageName: stage.name,
        sourceJurisdiction: home,
        reachedJurisdictions: [...reached],
        linkIds: links,
        message: `${workload.name}: raw personal data for "${stage.name}" leaves ${home} for ${where} over ${links.join(', ')}`,
      });
    }
  });
  return violations;
}
