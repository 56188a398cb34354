import type { Assumption } from './parameters';

/** Components of one request's end-to-end time, ms. Together they add up to the mean. */
export interface LatencyBreakdown {
  /** Fixed per-link latency: radio scheduling, switching, peering. */
  accessMs: number;
  propagationMs: number;
  serialisationMs: number;
  /** Waiting for links shared with all workloads. */
  queueingMs: number;
  /** Work ÷ achieved accelerator throughput. */
  computeMs: number;
  /** Waiting for a free accelerator. */
  computeQueueingMs: number;
  /** Everything on the way back to the device. */
  returnMs: number;
}

export type LatencyComponent = keyof LatencyBreakdown;

/** One leg of a request's journey: a network hop between placements, or a stage's compute. */
export interface Segment {
  readonly kind: 'network' | 'compute';
  readonly label: string;
  readonly isReturn: boolean;
  readonly fromSiteId: string;
  readonly toSiteId: string;
  readonly linkIds: readonly string[];
  readonly meanMs: number;
}

export type WorkloadStatus = 'ok' | 'saturated' | 'unreachable' | 'noCompute';

export interface WorkloadResult {
  readonly id: string;
  readonly name: string;
  readonly status: WorkloadStatus;
  /** Why the status is not ok, in words. */
  readonly problem: string | null;
  readonly requestsPerSecond: number;
  readonly meanMs: number | null;
  readonly p95Ms: number | null;
  readonly objectiveP95Ms: number;
  readonly meetsObjective: boolean;
  readonly breakdown: LatencyBreakdown;
  readonly segments: readonly Segment[];
}

export interface LinkResult {
  readonly id: string;
  readonly lengthKm: number;
  /** Load in the from → to direction and back, Mbit/s. */
  readonly forwardMbps: number;
  readonly reverseMbps: number;
  /** Busier direction's load ÷ capacity. */
  readonly utilisation: number;
  readonly saturated: boolean;
  readonly gbPerMonth: number;
  readonly oneWayLatencyMs: number;
}

export interface SiteResult {
  readonly id: string;
  /** Accelerator utilisation (per device for a device group). */
  readonly utilisation: number;
  readonly saturated: boolean;
  readonly requestsPerSecond: number;
  readonly itPowerKw: number;
  readonly facilityPowerKw: number;
}

export type CostCategory = 'compute' | 'transport' | 'egress';

export interface CostLine {
  readonly category: CostCategory;
  readonly elementId: string;
  readonly label: string;
  readonly usdPerMonth: number;
  /** The formula with its inputs, so no line is a bare number. */
  readonly formula: string;
}

export interface CostSummary {
  readonly computeUsdPerMonth: number;
  readonly transportUsdPerMonth: number;
  readonly egressUsdPerMonth: number;
  readonly totalUsdPerMonth: number;
  readonly egressGbPerMonth: number;
  readonly lines: readonly CostLine[];
}

export interface SovereigntyViolation {
  readonly workloadId: string;
  readonly stageId: string;
  readonly stageName: string;
  readonly sourceJurisdiction: string;
  /** Jurisdictions outside the source's that the raw personal data reaches. */
  readonly reachedJurisdictions: readonly string[];
  readonly linkIds: readonly string[];
  readonly message: string;
}

export type WarningKind = 'saturation' | 'sovereignty' | 'unreachable' | 'noCompute' | 'objective' | 'assumption';

export interface Warning {
  readonly kind: WarningKind;
  readonly message: string;
  readonly elementIds: readonly string[];
}

export interface EvaluationResult {
  readonly scenarioName: string;
  readonly workloads: readonly WorkloadResult[];
  readonly links: readonly LinkResult[];
  readonly sites: readonly SiteResult[];
  readonly cost: CostSummary;
  readonly sovereignty: readonly SovereigntyViolation[];
  readonly warnings: readonly Warning[];
  readonly assumptions: readonly Assumption[];
}
