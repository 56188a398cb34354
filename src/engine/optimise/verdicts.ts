import type { ReasonKind } from './types';

/**
 * What pushing a placement step or evaluating a leaf found, as small integers
 * so the search loop does not build strings. OK passes every active check;
 * VOID marks a branch that stands for no placement (see PlacementEvaluator.push).
 */
export const OK = 0;
export const NO_COMPUTE = 1;
export const UNREACHABLE = 2;
export const SOVEREIGNTY = 3;
export const CAPACITY = 4;
export const LATENCY_OBJECTIVE = 5;
export const OTHER_OBJECTIVE = 6;
export const VOID = 7;
export const VERDICT_COUNT = 8;

export type Verdict = number;

const KINDS: readonly (ReasonKind | null)[] = [
  null,
  'noCompute',
  'unreachable',
  'sovereignty',
  'capacity',
  'latencyObjective',
  'otherObjective',
  null,
];

export function reasonKindOf(verdict: Verdict): ReasonKind {
  const kind = KINDS[verdict];
  if (kind === null || kind === undefined) throw new Error(`verdict ${verdict} is not a reason`);
  return kind;
}

/** Which checks a search applies. Diagnosis lifts them one by one to find the binding one. */
export interface Constraints {
  /** Every hop routed, every stage with work on an accelerator. */
  readonly reachable: boolean;
  readonly sovereignty: boolean;
  readonly capacity: boolean;
  readonly latencyObjective: boolean;
  readonly otherWorkloads: boolean;
}

export const ALL_CONSTRAINTS: Constraints = {
  reachable: true,
  sovereignty: true,
  capacity: true,
  latencyObjective: true,
  otherWorkloads: true,
};

export const NO_CONSTRAINTS: Constraints = {
  reachable: false,
  sovereignty: false,
  capacity: false,
  latencyObjective: false,
  otherWorkloads: false,
};
