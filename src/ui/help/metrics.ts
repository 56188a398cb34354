import type { HeadlineMetricKey } from '../../engine/whatif/metrics';
import type { LatencyComponent } from '../../engine/result';

/**
 * What every figure the page shows means and how the engine computes it, for
 * the ⓘ tooltips (InfoTip.svelte). Each formula is the engine's own, as the
 * README's "The model" section states it; the file named in `source` is
 * where to check it.
 */
export interface MetricHelp {
  readonly name: string;
  /** In plain words, for someone who is not a queueing theorist. */
  readonly meaning: string;
  /** How the engine computes it, with the symbols spelled out. */
  readonly formula: string;
  /** The unit it is shown in; "—" for a count or a ratio with none. */
  readonly unit: string;
  /** The engine file that computes it. */
  readonly source: string;
}

const LATENCY = 'engine/evaluate/latency.ts';
const QUEUEING = 'engine/model/queueing.ts';
const COST = 'engine/evaluate/cost.ts';
const HEADLINE = 'engine/whatif/metrics.ts';
const PROJECTIONS = 'engine/projections/projectScenario.ts';

export const METRICS = {
  p50: {
    name: 'p50 latency (median)',
    meaning: 'Half of the requests complete faster than this, half slower: the typical request.',
    formula:
      'The 50th percentile of the sum of every part of a request (access, propagation, serialisation, queue waits, compute, return), from the same distribution model as p95.',
    unit: 'ms',
    source: LATENCY,
  },
  p95: {
    name: 'p95 latency',
    meaning: '95 requests in 100 complete within this time. The objective is judged on it.',
    formula:
      'The 95th percentile of the sum of the parts. Fixed parts add; random parts (access jitter, queue waits) are independent. One random part: its exact quantile. Several: their cumulants add and a shifted gamma with the same mean, variance and skewness gives the quantile. Never below what the parts provably give (the fixed parts plus the widest waits’ own quantiles).',
    unit: 'ms',
    source: LATENCY,
  },
  p99: {
    name: 'p99 latency',
    meaning: 'The slow tail: 1 request in 100 takes longer than this.',
    formula:
      'The 99th percentile of the sum of the parts, by the same model as p95 (exact, or a shifted-gamma fit of the summed cumulants).',
    unit: 'ms',
    source: LATENCY,
  },
  jitter: {
    name: 'Jitter σ',
    meaning: 'How much one request’s time varies from the next: the standard deviation.',
    formula:
      'σ = √(sum of the variances of the independent random parts: access jitter of each link, link queue waits, accelerator queue waits).',
    unit: 'ms',
    source: LATENCY,
  },
  objective: {
    name: 'Latency objective',
    meaning: 'The p95 a workload must meet, set in the workload inspector. PASS when p95 ≤ objective.',
    formula: 'PASS ⇔ the workload has a result (not saturated or unreachable) and p95 ≤ objective.',
    unit: 'ms',
    source: 'engine/evaluate/evaluate.ts',
  },
  meanLatency: {
    name: 'Mean latency',
    meaning: 'The average request time; the coloured bar splits it into its parts.',
    formula: 'Access + propagation + serialisation + link queueing + compute + compute queueing + return path (means, which add exactly).',
    unit: 'ms',
    source: LATENCY,
  },
  access: {
    name: 'Access latency',
    meaning: 'The fixed cost of getting onto each link: radio scheduling, switching, peering.',
    formula:
      'Per link crossed: a floor plus an exponential part whose spread is the medium’s jitter (the URLLC figures for slice traffic on a radio link).',
    unit: 'ms',
    source: LATENCY,
  },
  propagation: {
    name: 'Propagation',
    meaning: 'Time for the signal to travel the distance, at about two thirds of the speed of light in fibre.',
    formula: 'Length × delay per km (fibre 4.897 µs/km), summed over the links crossed.',
    unit: 'ms',
    source: 'engine/model/units.ts',
  },
  serialisation: {
    name: 'Serialisation',
    meaning: 'Time to put the message’s bits onto the link.',
    formula: 'Message size ÷ link rate; on a radio link, ÷ each device’s own share of the rate.',
    unit: 'ms',
    source: LATENCY,
  },
  linkQueueing: {
    name: 'Link queueing',
    meaning: 'Waiting behind other traffic on shared links. Grows steeply as a link nears capacity.',
    formula:
      'Per link direction, M/G/1 over the real mix of message sizes (Pollaczek–Khinchine mean: Wq = λ·E[S²] ÷ (2(1 − ρ))); M/D/1 with one size; M/M/1 if the link says its sizes are exponential. Slice traffic queues only behind slice traffic.',
    unit: 'ms',
    source: 'engine/evaluate/linkQueues.ts',
  },
  compute: {
    name: 'Compute',
    meaning: 'Time the model takes to run on one accelerator.',
    formula: 'Work (GFLOP per request) ÷ (peak throughput × achieved efficiency).',
    unit: 'ms',
    source: 'engine/evaluate/compute.ts',
  },
  computeQueueing: {
    name: 'Compute queueing',
    meaning: 'Waiting for a free accelerator at the site.',
    formula:
      'M/M/c on the site’s c accelerators: Wq = C(c, a) × S ÷ (c(1 − ρ)), with C the Erlang C probability of waiting and a = λ × S the offered erlangs.',
    unit: 'ms',
    source: QUEUEING,
  },
  returnPath: {
    name: 'Return path',
    meaning: 'Every part of the answer’s way back to the device.',
    formula: 'Access, propagation, serialisation and queueing of the reply over the return route.',
    unit: 'ms',
    source: LATENCY,
  },
  utilisation: {
    name: 'Utilisation ρ',
    meaning: 'How busy a link or a site’s accelerators are. At 100 % or more it is saturated: its queue grows without limit.',
    formula:
      'ρ = offered load ÷ capacity. Links: Mbit/s of the busier direction ÷ capacity in Mbit/s (busy hour, with any burst). Sites: erlangs (requests/s × service time) ÷ accelerators.',
    unit: '%',
    source: 'engine/evaluate/linkQueues.ts',
  },
  mm1: {
    name: 'M/M/1 queue',
    meaning: 'One server, random arrivals, random (exponential) sizes: the most pessimistic of the link models.',
    formula: 'Mean wait Wq = ρ ÷ (1 − ρ) × S; P(wait > t) = ρ·e^(−(1−ρ)t/S).',
    unit: 'ms',
    source: QUEUEING,
  },
  md1: {
    name: 'M/D/1 queue',
    meaning: 'One server, random arrivals, every message the same size: half the M/M/1 wait.',
    formula: 'Mean wait Wq = ρ ÷ (2(1 − ρ)) × S (Pollaczek–Khinchine with a fixed size).',
    unit: 'ms',
    source: QUEUEING,
  },
  requestRate: {
    name: 'Request rate',
    meaning: 'Requests per second from all of the workload’s devices together.',
    formula: 'Devices × requests per device per second, × the drivers’ factors and growth to the chosen year.',
    unit: 'req/s',
    source: 'engine/evaluate/drivers.ts',
  },
  costTotal: {
    name: 'Monthly cost',
    meaning: 'What the topology costs to run for a month.',
    formula:
      'Compute + transport + cloud egress + slice premium + on-demand bursts. Each line is shared among the workloads that use it; what none uses is shown as idle.',
    unit: '$/month',
    source: COST,
  },
  computeCost: {
    name: 'Compute cost',
    meaning: 'Accelerators: rented by the hour in the cloud, or owned and paid off.',
    formula: 'Cloud on demand: count × $/h × 730 h. Owned: purchase ÷ amortisation months + energy × PUE × electricity price.',
    unit: '$/month',
    source: COST,
  },
  transportCost: {
    name: 'Transport cost',
    meaning: 'What the links cost: a fixed fee plus what is charged per GB.',
    formula: 'Recurring $/month + GB carried × $/GB, per link.',
    unit: '$/month',
    source: COST,
  },
  egressCost: {
    name: 'Cloud egress cost',
    meaning: 'What cloud providers charge for data leaving a cloud region.',
    formula:
      'GB leaving cloud × tariff: the provider’s tiered internet price, or $/GB between regions (an on-demand interconnect bills its own rate instead).',
    unit: '$/month',
    source: COST,
  },
  egressGb: {
    name: 'Cloud egress volume',
    meaning: 'Data leaving cloud regions each month, which is what egress is billed on.',
    formula: 'Σ over crossings out of a cloud region of Mbit/s × hours in the month (730) × 3600 ÷ 8 ÷ 1000.',
    unit: 'GB/month',
    source: COST,
  },
  slicePremium: {
    name: 'Slice premium',
    meaning: 'What reserving capacity for the 5G URLLC slice costs.',
    formula: 'Reserved Mbit/s × $ per Mbit/s per month.',
    unit: '$/month',
    source: COST,
  },
  burstCost: {
    name: 'On-demand bursts',
    meaning: 'Extra interconnect capacity switched on in the busy hours.',
    formula: 'Hours above the threshold × burst Gbit/s × $ per Gbit/s-hour.',
    unit: '$/month',
    source: COST,
  },
  costPerThousand: {
    name: 'Cost per 1,000 requests',
    meaning: 'The unit cost of the service: what a thousand requests cost on average.',
    formula: 'Monthly cost ÷ requests per month × 1,000 (a workload’s own share for a workload).',
    unit: '$',
    source: COST,
  },
  energy: {
    name: 'Energy per month',
    meaning: 'Electricity drawn by the accelerators (with their sites’ cooling and overheads) and by the network.',
    formula:
      'Σ over sites of IT power × PUE × hours (730), with IT power = accelerators × (idle + ρ × (full − idle)) (a device group counts only what inference adds, ρ × (full − idle) per device); plus network GB × the medium’s kWh/GB (fixed 0.03, mobile 0.14).',
    unit: 'kWh/month',
    source: 'engine/evaluate/energy.ts',
  },
  averagePower: {
    name: 'Average power',
    meaning: 'The steady draw that would use the month’s energy.',
    formula: 'kWh per month ÷ hours in the month (730).',
    unit: 'kW',
    source: 'engine/evaluate/energy.ts',
  },
  worstP95: {
    name: 'Worst p95',
    meaning: 'The slowest workload’s p95: the headline latency of a variant.',
    formula: 'max over workloads with a result of p95.',
    unit: 'ms',
    source: HEADLINE,
  },
  worstP99: {
    name: 'Worst p99',
    meaning: 'The slowest workload’s p99.',
    formula: 'max over workloads with a result of p99.',
    unit: 'ms',
    source: HEADLINE,
  },
  workloadsWithoutResult: {
    name: 'Workloads without a result',
    meaning: 'Workloads with no latency at all: saturated, unreachable or without compute.',
    formula: 'Count of workloads whose status is not ok.',
    unit: '—',
    source: HEADLINE,
  },
  objectivePassRate: {
    name: 'Objective pass rate',
    meaning: 'The share of workloads that meet their latency objective.',
    formula: 'Workloads with p95 ≤ objective ÷ all workloads.',
    unit: '%',
    source: HEADLINE,
  },
  backhaulGb: {
    name: 'Backhaul',
    meaning: 'Traffic carried on wired links (fibre, internet, interconnect): what leaves the radio access network.',
    formula: 'Σ over wired links of GB per month carried (both directions).',
    unit: 'GB/month',
    source: HEADLINE,
  },
  sovereigntyViolations: {
    name: 'Sovereignty violations',
    meaning: 'Raw personal data that reaches a site outside its source’s jurisdiction.',
    formula: 'Count of hops carrying rawPersonal data whose path reaches a site in another jurisdiction than the source device group’s.',
    unit: '—',
    source: 'engine/evaluate/sovereignty.ts',
  },
  resilientShare: {
    name: 'N−1 resilient',
    meaning:
      'The share of workloads that survive any single failure: no one link or site going down disconnects them or breaks their objective.',
    formula:
      'Workloads surviving every single link and site failure ÷ all workloads. Each element is failed in turn and the affected hops rerouted.',
    unit: '%',
    source: 'engine/evaluate/resilience.ts',
  },
  nMinus1: {
    name: 'N−1 analysis',
    meaning: 'What happens when any one link or site fails: which workloads are lost, miss their objective or slow down.',
    formula:
      'For each link and site in turn: fail it, reroute the hops that crossed it, re-solve the queues whose load changes, and compare each workload’s p95 with the intact one (Δp95).',
    unit: '—',
    source: 'engine/evaluate/resilience.ts',
  },
  sensitivity: {
    name: 'Sensitivity (tornado)',
    meaning: 'Which assumptions move the chosen figure most: the longest bars matter most.',
    formula:
      'For each assumption: evaluate with it × (1 − X %) and × (1 + X %), others fixed; the bar spans the two results around the baseline.',
    unit: 'the figure’s own',
    source: 'engine/whatif/sensitivity.ts',
  },
  paretoFront: {
    name: 'Pareto front',
    meaning: 'The placements no other beats on both p95 and cost at once: the best trade-offs.',
    formula:
      'Feasible placements of the workload’s stages, each evaluated whole; a point is on the front when no other has p95 and cost both lower or equal, one of them strictly.',
    unit: 'ms, $/month',
    source: 'engine/optimise/pareto.ts',
  },
  monteCarlo: {
    name: 'Monte-Carlo check',
    meaning: 'A check of the closed-form percentiles by simulation.',
    formula:
      '20,000 seeded samples of every random part, drawn exactly (the M/G/1 wait as its geometric sum of residual service times); their empirical p50, p95, p99.',
    unit: 'ms',
    source: 'engine/evaluate/monteCarlo.ts',
  },
  globalPower: {
    name: 'Global AI data-centre power',
    meaning: 'How much data-centre capacity AI may need worldwide, against your own growth assumption.',
    formula:
      'McKinsey’s range, 60 GW (2023) to 171–219 GW (2030), as geometric series between the end points (16.1–20.3 %/yr); your line: 2023 value × (1 + growth)^(year − 2023). IEA electricity: 415 TWh (2024) to 945 TWh (2030).',
    unit: 'GW, TWh/yr',
    source: 'engine/projections/globalPower.ts',
  },
  scenarioPower: {
    name: 'This scenario’s power',
    meaning: 'The scenario’s facility power year by year as it grows, by tier, against running it all in the cloud.',
    formula:
      'Each year: devices × (1 + device growth)^(year − 2025), traffic × (1 + per-device growth)^(year − 2025); then Σ IT power × PUE by tier group.',
    unit: 'kW',
    source: PROJECTIONS,
  },
  linkTraffic: {
    name: 'Link traffic and saturation',
    meaning: 'The links that run out of capacity first as traffic grows, and the year each does.',
    formula:
      'Utilisation each year; a single-path link saturates in base year + ⌈ln(1/ρ₀) ÷ ln((1 + device growth)(1 + traffic growth))⌉. Capacity needed = horizon load ÷ 0.8.',
    unit: '%',
    source: PROJECTIONS,
  },
  backhaulEgress: {
    name: 'Backhaul and egress',
    meaning: 'Wired-link traffic and cloud egress spend year by year, as drawn and all in the cloud: what the edge saves.',
    formula:
      'Each year’s backhaul GB on wired links and egress $ (GB leaving cloud × tariff), for the scenario and for its all-in-cloud strategy.',
    unit: 'GB/month, $/month',
    source: PROJECTIONS,
  },
} as const satisfies Record<string, MetricHelp>;

export type MetricId = keyof typeof METRICS;

/** The glossary entry of each headline figure (the Compare table's rows). */
export const HEADLINE_METRIC_HELP: Readonly<Record<HeadlineMetricKey, MetricId>> = {
  worstP95Ms: 'worstP95',
  worstP99Ms: 'worstP99',
  workloadsWithoutResult: 'workloadsWithoutResult',
  objectivePassRate: 'objectivePassRate',
  costUsdPerMonth: 'costTotal',
  egressGbPerMonth: 'egressGb',
  egressUsdPerMonth: 'egressCost',
  energyKwhPerMonth: 'energy',
  backhaulGbPerMonth: 'backhaulGb',
  sovereigntyViolations: 'sovereigntyViolations',
  resilientShare: 'resilientShare',
};

/** The glossary entry of each part of the latency bar. */
export const LATENCY_COMPONENT_HELP: Readonly<Record<LatencyComponent, MetricId>> = {
  accessMs: 'access',
  propagationMs: 'propagation',
  serialisationMs: 'serialisation',
  queueingMs: 'linkQueueing',
  computeMs: 'compute',
  computeQueueingMs: 'computeQueueing',
  returnMs: 'returnPath',
};
