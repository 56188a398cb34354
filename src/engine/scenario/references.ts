import type { Scenario } from './schema';
import type { ValidationError } from './errors';

/** Checks what a JSON Schema cannot: unique ids and that every reference names something real. */
export function checkReferences(scenario: Scenario): ValidationError[] {
  const errors: ValidationError[] = [];
  const siteTier = new Map<string, string>();

  scenario.sites.forEach((site, i) => {
    if (siteTier.has(site.id)) errors.push({ path: `sites[${i}].id`, message: `duplicate id "${site.id}"` });
    siteTier.set(site.id, site.tier);
    if (site.tier !== 'device' && site.deviceCount !== undefined && site.deviceCount !== 1) {
      errors.push({ path: `sites[${i}].deviceCount`, message: 'is only for device groups' });
    }
  });

  const linkIds = new Set<string>();
  scenario.links.forEach((link, i) => {
    if (linkIds.has(link.id)) errors.push({ path: `links[${i}].id`, message: `duplicate id "${link.id}"` });
    linkIds.add(link.id);
    if (!siteTier.has(link.from)) errors.push({ path: `links[${i}].from`, message: `no site with id "${link.from}"` });
    if (!siteTier.has(link.to)) errors.push({ path: `links[${i}].to`, message: `no site with id "${link.to}"` });
    if (link.from === link.to) errors.push({ path: `links[${i}].to`, message: 'must differ from "from"' });
    if ((link.sliceReservedMbps ?? 0) > link.capacityMbps) {
      errors.push({ path: `links[${i}].sliceReservedMbps`, message: 'must not exceed capacityMbps' });
    }
  });

  const workloadIds = new Set<string>();
  scenario.workloads.forEach((workload, i) => {
    const at = `workloads[${i}]`;
    if (workloadIds.has(workload.id)) errors.push({ path: `${at}.id`, message: `duplicate id "${workload.id}"` });
    workloadIds.add(workload.id);
    const sourceTier = siteTier.get(workload.sourceSiteId);
    if (sourceTier === undefined) {
      errors.push({ path: `${at}.sourceSiteId`, message: `no site with id "${workload.sourceSiteId}"` });
    } else if (sourceTier !== 'device') {
      errors.push({ path: `${at}.sourceSiteId`, message: 'must be a device group' });
    }
    const stageIds = new Set<string>();
    workload.stages.forEach((stage, j) => {
      if (stageIds.has(stage.id)) errors.push({ path: `${at}.stages[${j}].id`, message: `duplicate id "${stage.id}"` });
      stageIds.add(stage.id);
      if (!siteTier.has(stage.siteId)) {
        errors.push({ path: `${at}.stages[${j}].siteId`, message: `no site with id "${stage.siteId}"` });
      }
    });
  });
  return errors;
}
