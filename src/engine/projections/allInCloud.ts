import type { Scenario } from '../scenario/schema';
import { strategyScenarios } from '../whatif/strategies';
import type { TierPowerYear } from './types';

export interface AllInCloudVariant {
  /** The drawn scenario with the all-in-cloud strategy's placements, or null when it cannot be built. */
  readonly scenario: Scenario | null;
  /** What the strategy did (where the stages went, who stayed), or why it could not be built. */
  readonly note: string;
}

/** The one-click "All in cloud" strategy (whatif/strategies.ts) applied to the drawn scenario. */
export function allInCloudVariant(drawn: Scenario): AllInCloudVariant {
  const outcome = strategyScenarios(drawn).find((o) => o.id === 'allCloud')!;
  if (outcome.scenario === null) return { scenario: null, note: `All in cloud cannot be built: ${outcome.reason}.` };
  const stayed = outcome.skipped.length;
  const reasons = [...new Set(outcome.skipped.map((s) => s.reason))].join('; ');
  const who = stayed === 1 ? 'One workload stays where it was drawn' : `${stayed} workloads stay where they were drawn`;
  const skipped = stayed === 0 ? '' : ` ${who} (${reasons}).`;
  return { scenario: outcome.scenario, note: `${outcome.description}${skipped}` };
}

const kw = (x: number) => `${Number(x.toPrecision(3))} kW`;

/**
 * The strategy moves stages, not hardware: edge sites keep their
 * accelerators, which still draw idle power × PUE. Said in the note, so an
 * all-in-cloud edge band above zero is not read as a stage left behind.
 */
export function edgeStillPoweredNote(first: TierPowerYear | undefined): string {
  if (first === undefined || first.edgeKw <= 0) return '';
  return ` Edge sites keep their accelerators, which still draw ${kw(first.edgeKw)} in ${first.year} (idle power × PUE, plus any workload left there).`;
}
