import type { Link, Scenario, Site, Stage, Workload } from '../../../src/engine';
import { validateScenario } from '../../../src/engine';

/**
 * Builders for small hand-made scenarios. Every field a test does not care
 * about gets a neutral value (no accelerator, PUE 1, explicit lengths), so the
 * hand calculation in a test only has to account for what the test sets.
 */

export const LONDON = { lat: 51.5074, lon: -0.1278 } as const;

export function site(id: string, tier: Site['tier'], patch: Partial<Omit<Site, 'id' | 'tier'>> = {}): Site {
  return {
    id,
    name: id,
    tier,
    location: LONDON,
    jurisdiction: 'UK',
    compute: { acceleratorId: 'none', count: 0 },
    pue: 1,
    ...patch,
  };
}

export function link(
  id: string,
  from: string,
  to: string,
  medium: Link['medium'],
  capacityMbps: number,
  patch: Partial<Omit<Link, 'id' | 'from' | 'to' | 'medium' | 'capacityMbps'>> = {},
): Link {
  return { id, from, to, medium, capacityMbps, ...patch };
}

export function stage(id: string, siteId: string, patch: Partial<Omit<Stage, 'id' | 'siteId'>> = {}): Stage {
  return { id, name: id, gflopsPerRequest: 0, outputKB: 0, inputDataClass: 'derived', siteId, ...patch };
}

export function workload(
  id: string,
  sourceSiteId: string,
  stages: Stage[],
  patch: Partial<Omit<Workload, 'id' | 'sourceSiteId' | 'stages'>> = {},
): Workload {
  return {
    id,
    name: id,
    sourceSiteId,
    requestsPerSecondPerDevice: 1,
    inputKB: 1,
    returnsToDevice: false,
    latencyObjectiveP95Ms: 1000,
    stages,
    ...patch,
  };
}

/**
 * Assembles a scenario and puts it through the validator, so a test never
 * evaluates a document the app itself would refuse.
 */
export function scenario(parts: Pick<Scenario, 'sites' | 'links' | 'workloads'> & Partial<Scenario>): Scenario {
  const result = validateScenario({ schemaVersion: 1, name: 'test scenario', ...parts });
  if (!result.ok) throw new Error(`test fixture is invalid: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}
