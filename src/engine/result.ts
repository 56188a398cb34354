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

/** One link crossed on a hop, with its share of the time. */
export interface HopLink {
  readonly linkId: string;
  readonly medium: string;
  /** Crossed from its `from` site to its `to` site. */
  readonly forward: boolean;
  /** Carried in the link's URLLC slice. */
  readonly inSlice: boolean;
  readonly accessMs: number;
  readonly propagationMs: number;
  readonly serialisationMs: number;
  readonly queueingMs: number;
  readonly utilisation: number;
  readonly queueModel: 'M/D/1' | 'M/G/1' | 'M/M/1' | 'none';
}

/** One leg of a request's journey: a network hop between placements, or a stage's compute. */
export interface Segment {
  readonly kind: 'network' | 'compute';
  readonly label: string;
  readonly isReturn: boolean;
  readonly fromSiteId: string;
  readonly toSiteId: string;
  readonly meanMs: number;
  /** For a network hop: each link crossed, in order. */
  readonly links: readonly HopLink[];
}

/** Percentiles of a request's latency. */
export interface LatencySummary {
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  /** Standard deviation of the latency. */
  readonly jitterMs: number;
}

/** How the percentiles were obtained. */
export type TailMethod = 'deterministic' | 'exact' | 'threeMomentFit';

export type WorkloadStatus = 'ok' | 'saturated' | 'unreachable' | 'noCompute';

export interface WorkloadResult {
  readonly id: string;
  readonly name: string;
  readonly status: WorkloadStatus;
  /** Why the status is not ok, in words. */
  readonly problem: string | null;
  readonly requestsPerSecond: number;
  readonly meanMs: number | null;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly p99Ms: number | null;
  readonly jitterMs: number | null;
  readonly tailMethod: TailMethod;
  readonly objectiveP95Ms: number;
  readonly meetsObjective: boolean;
  readonly breakdown: LatencyBreakdown;
  readonly segments: readonly Segment[];
  readonly routingPolicy: string;
  readonly urllcSlice: boolean;
  /** The Monte-Carlo check of the tail, when asked for. */
  readonly monteCarlo: (LatencySummary & { readonly samples: number }) | null;
  /** Cost attributed to this workload by its share of each site's work and each link's traffic. */
  readonly costUsdPerMonth: number;
  readonly costUsdPerThousandRequests: number | null;
  /** The same workload with slices switched off, when it rides one. */
  readonly withoutSlice: LatencySummary | null;
  /** The same workload with on-demand bursts switched off, when a burst is on its path. */
  readonly withoutBurst: LatencySummary | null;
}

/** One link's figures: a view of one row of LinkColumns (see resultColumns.ts). */
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
  /** Utilisation of the slice's reserved capacity (busier direction), 0 without a slice. */
  readonly sliceUtilisation: number;
  /** Busier direction in the busiest hour of the daily profile, with any burst. */
  readonly busyHourUtilisation: number;
  readonly burstOn: boolean;
  readonly burstHoursPerMonth: number;
  readonly energyKwhPerMonth: number;
  /** Recurring fee plus volume charge (the link's share of its tariff's transport line). */
  readonly transportUsdPerMonth: number;
}

/**
 * Every link's figures as columns, row i for scenario.links[i]. A national
 * network has tens of thousands of links: as objects they dominated both the
 * evaluation's garbage collection and the copy from the worker, as typed
 * arrays they cost a few allocations and a memcpy.
 */
export interface LinkColumns {
  readonly ids: readonly string[];
  readonly lengthKm: Float64Array;
  readonly forwardMbps: Float64Array;
  readonly reverseMbps: Float64Array;
  readonly utilisation: Float64Array;
  /** 1 where saturated. */
  readonly saturated: Uint8Array;
  readonly gbPerMonth: Float64Array;
  readonly oneWayLatencyMs: Float64Array;
  readonly sliceUtilisation: Float64Array;
  readonly busyHourUtilisation: Float64Array;
  /** 1 where the on-demand burst is on. */
  readonly burstOn: Uint8Array;
  readonly burstHoursPerMonth: Float64Array;
  readonly energyKwhPerMonth: Float64Array;
  readonly transportUsdPerMonth: Float64Array;
}

/** One site's figures: a view of one row of SiteColumns. */
export interface SiteResult {
  readonly id: string;
  /** Accelerator utilisation (per device for a device group). */
  readonly utilisation: number;
  readonly saturated: boolean;
  readonly requestsPerSecond: number;
  readonly itPowerKw: number;
  readonly facilityPowerKw: number;
}

/** Every site's figures as columns, row i for scenario.sites[i] (as LinkColumns, for the same reason). */
export interface SiteColumns {
  readonly ids: readonly string[];
  readonly utilisation: Float64Array;
  /** 1 where saturated. */
  readonly saturated: Uint8Array;
  readonly requestsPerSecond: Float64Array;
  readonly itPowerKw: Float64Array;
  readonly facilityPowerKw: Float64Array;
}

export type CostCategory = 'compute' | 'transport' | 'egress' | 'slice' | 'burst';

export interface CostLine {
  readonly category: CostCategory;
  /** The sites or links the line prices: one, or every link on one transport tariff. */
  readonly elementIds: readonly string[];
  readonly label: string;
  readonly usdPerMonth: number;
  /** The formula with its inputs, so no line is a bare number. */
  readonly formula: string;
}

export interface CostSummary {
  readonly computeUsdPerMonth: number;
  readonly transportUsdPerMonth: number;
  readonly egressUsdPerMonth: number;
  readonly sliceUsdPerMonth: number;
  readonly burstUsdPerMonth: number;
  readonly totalUsdPerMonth: number;
  readonly egressGbPerMonth: number;
  readonly requestsPerMonth: number;
  readonly usdPerThousandRequests: number | null;
  /** Cost no workload uses: idle accelerators, unused links. */
  readonly unattributedUsdPerMonth: number;
  readonly lines: readonly CostLine[];
}

export type EnergyBucket = 'device' | 'farEdge' | 'nearEdge' | 'regionalDc' | 'cloud' | 'network';

export interface EnergySummary {
  /** Compute by tier (facility power, with PUE) and network transport, kWh per month. */
  readonly kwhPerMonth: Readonly<Record<EnergyBucket, number>>;
  readonly averageKw: Readonly<Record<EnergyBucket, number>>;
  readonly totalKwhPerMonth: number;
  readonly totalAverageKw: number;
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
  readonly links: LinkColumns;
  readonly sites: SiteColumns;
  readonly cost: CostSummary;
  readonly energy: EnergySummary;
  /** Headline totals of the counterfactual runs: what the slices and bursts cost and buy. */
  readonly whatIfs: {
    readonly withoutSlices: { readonly totalUsdPerMonth: number } | null;
    readonly withoutBursts: { readonly totalUsdPerMonth: number } | null;
  };
  readonly sovereignty: readonly SovereigntyViolation[];
  readonly warnings: readonly Warning[];
  readonly assumptions: readonly Assumption[];
}

/** What one failed element does to the workloads it touches. */
export interface FailureImpact {
  readonly elementKind: 'link' | 'site';
  readonly elementId: string;
  /** Workloads that lose connectivity or their placement. */
  readonly disconnected: readonly string[];
  /** Workloads still connected that now miss their p95 objective (and met it before). */
  readonly missedObjective: readonly string[];
  /** Connected workloads that reroute or share a link whose load changes, with their p95 then. */
  readonly affected: readonly { readonly workloadId: string; readonly p95Ms: number | null; readonly deltaP95Ms: number | null }[];
  /** Largest p95 increase among connected workloads, ms. */
  readonly worstDeltaP95Ms: number;
}

export interface WorkloadResilience {
  readonly workloadId: string;
  readonly singleFailuresTested: number;
  /** Links and other sites whose failure disconnects it. */
  readonly failuresThatDisconnect: readonly string[];
  /** Its own device group and the sites its stages run on: lost with them, whatever the network does. */
  readonly ownSites: readonly string[];
  readonly failuresThatBreakObjective: readonly string[];
  /** The single failure that hurts this workload most, and its p95 then (null if disconnected). */
  readonly worst: { readonly elementKind: 'link' | 'site'; readonly elementId: string; readonly p95Ms: number | null } | null;
  /** No single link or other site failure disconnects it or breaks its objective. */
  readonly survivesEverySingleFailure: boolean;
}

export interface ResilienceReport {
  readonly elementsTested: number;
  /** Only the failures that change something. */
  readonly impacts: readonly FailureImpact[];
  readonly workloads: readonly WorkloadResilience[];
}
