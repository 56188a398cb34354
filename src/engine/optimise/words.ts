import type { Scenario, Workload } from '../scenario/schema';

export const percent = (x: number) => `${Math.round(x * 100)} %`;

/** "Detect on MEC, Classify on Cloud" for the first `count` stages of a placement. */
export function describePlacement(scenario: Scenario, workload: Workload, sites: ArrayLike<number>, count: number): string {
  const parts: string[] = [];
  for (let k = 0; k < count; k++) parts.push(`${workload.stages[k].name} on ${scenario.sites[sites[k]].name}`);
  return parts.length === 0 ? 'nothing placed' : parts.join(', ');
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;
