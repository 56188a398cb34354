import * as v from 'valibot';
import { ACCELERATOR_IDS } from '../catalogue/accelerators';
import { EGRESS_TARIFF_IDS } from '../catalogue/economics';
import { MEDIUM_IDS } from '../catalogue/media';
import { TIER_IDS } from '../catalogue/tiers';

/**
 * The scenario document: the one thing Tierscape saves, shares, evaluates and
 * edits. Types, the validator and the published JSON Schema all derive from
 * the definitions below (scripts/write-schema.ts writes the JSON Schema).
 */
export const SCHEMA_VERSION = 1;

const positive = (what: string) =>
  v.pipe(v.number(), v.finite('must be a finite number'), v.gtValue(0, 'must be > 0'), v.description(what));
const nonNegative = (what: string) =>
  v.pipe(v.number(), v.finite('must be a finite number'), v.minValue(0, 'must be ≥ 0'), v.description(what));
const id = (what: string) =>
  v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(64, 'must be at most 64 characters'), v.description(what));
const label = (what: string) => v.pipe(v.string(), v.maxLength(120, 'must be at most 120 characters'), v.description(what));

export const DATA_CLASS_IDS = ['rawPersonal', 'raw', 'derived', 'aggregate'] as const;
export const ROUTING_POLICY_IDS = ['lowestLatency', 'lowestCost', 'residency', 'loadAware'] as const;
export const QUEUE_MODEL_IDS = ['mg1', 'mm1'] as const;
export const COMPUTE_PRICING_IDS = ['onDemand', 'owned', 'excluded'] as const;

export const LocationSchema = v.object({
  lat: v.pipe(v.number(), v.minValue(-90, 'must be ≥ -90'), v.maxValue(90, 'must be ≤ 90'), v.description('Latitude, degrees')),
  lon: v.pipe(v.number(), v.minValue(-180, 'must be ≥ -180'), v.maxValue(180, 'must be ≤ 180'), v.description('Longitude, degrees')),
});

export const SiteSchema = v.object({
  id: id('Unique site id'),
  name: label('Display name'),
  tier: v.pipe(v.picklist(TIER_IDS, `must be one of ${TIER_IDS.join(', ')}`), v.description('Tier of the site')),
  location: v.optional(
    v.pipe(LocationSchema, v.description('Where the site is (absent: not yet placed on the map; its links then take an assumed length)')),
  ),
  jurisdiction: v.pipe(
    v.string(),
    v.regex(/^[A-Z]{2,8}$/, 'must be 2–8 capital letters, such as EU, UK or US'),
    v.description('Legal jurisdiction the site is in, such as EU, UK, US'),
  ),
  compute: v.object({
    acceleratorId: v.pipe(
      v.picklist(ACCELERATOR_IDS, `must be one of ${ACCELERATOR_IDS.join(', ')}`),
      v.description('Accelerator from the catalogue'),
    ),
    count: v.pipe(
      v.number(),
      v.integer('must be a whole number'),
      v.minValue(0, 'must be ≥ 0'),
      v.maxValue(1_000_000, 'must be ≤ 1,000,000'),
      v.description('Accelerators at the site (per device, for a device group)'),
    ),
  }),
  pue: v.pipe(
    v.number(),
    v.minValue(1, 'must be ≥ 1'),
    v.maxValue(5, 'must be ≤ 5'),
    v.description('Power usage effectiveness, facility power ÷ IT power (default by tier)'),
  ),
  deviceCount: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole number'),
      v.minValue(1, 'must be ≥ 1'),
      v.maxValue(100_000_000, 'must be ≤ 100,000,000'),
      v.description('Identical devices in a device group (device tier only; default 1)'),
    ),
  ),
  pricing: v.optional(
    v.pipe(
      v.picklist(COMPUTE_PRICING_IDS, `must be one of ${COMPUTE_PRICING_IDS.join(', ')}`),
      v.description('How compute is paid for: cloud on-demand, owned and amortised, or excluded (default by tier)'),
    ),
  ),
  egressTariff: v.optional(
    v.pipe(
      v.picklist(EGRESS_TARIFF_IDS, `must be one of ${EGRESS_TARIFF_IDS.join(', ')}`),
      v.description('Internet egress price list for a cloud region (default aws)'),
    ),
  ),
  position: v.optional(
    v.pipe(
      v.object({
        x: v.pipe(v.number(), v.finite('must be a finite number')),
        y: v.pipe(v.number(), v.finite('must be a finite number')),
      }),
      v.description('Position on the canvas, px (laid out by tier when absent)'),
    ),
  ),
});

export const LinkSchema = v.object({
  id: id('Unique link id'),
  from: id('Id of the site at one end'),
  to: id('Id of the site at the other end'),
  medium: v.pipe(v.picklist(MEDIUM_IDS, `must be one of ${MEDIUM_IDS.join(', ')}`), v.description('Medium from the catalogue')),
  capacityMbps: positive('Capacity per direction, Mbit/s'),
  lengthKm: v.optional(nonNegative('Path length, km (default: great-circle distance × route factor)')),
  routeFactor: v.optional(
    v.pipe(
      v.number(),
      v.minValue(1, 'must be ≥ 1'),
      v.maxValue(10, 'must be ≤ 10'),
      v.description('Path ÷ great-circle distance (default by medium)'),
    ),
  ),
  costUsdPerMonth: v.optional(nonNegative('Recurring charge, USD/month (default by medium)')),
  costUsdPerGb: v.optional(nonNegative('Usage charge per GB carried, USD/GB (default by medium)')),
  queueModel: v.optional(
    v.pipe(
      v.picklist(QUEUE_MODEL_IDS, `must be one of ${QUEUE_MODEL_IDS.join(', ')}`),
      v.description(
        'Queue model: mg1 uses the real mix of message sizes (M/D/1 for one size), mm1 assumes exponential sizes (default mg1)',
      ),
    ),
  ),
  sliceReservedMbps: v.optional(nonNegative('Capacity reserved for the URLLC slice per direction, Mbit/s (default 0: no slice)')),
  burstCapacityMbps: v.optional(nonNegative('On-demand burst capacity added when the threshold is passed, Mbit/s (default 0)')),
  burstThreshold: v.optional(
    v.pipe(
      v.number(),
      v.gtValue(0, 'must be > 0'),
      v.maxValue(1, 'must be ≤ 1'),
      v.description('Utilisation of the baseline capacity above which the burst capacity is switched on (default 0.8)'),
    ),
  ),
});

export const StageSchema = v.object({
  id: id('Stage id, unique within its workload'),
  name: label('Display name'),
  gflopsPerRequest: nonNegative('Work per request, GFLOP (a multiply-add counts as 2)'),
  outputKB: nonNegative('Size of what the stage passes on, kB (1 kB = 1,000 bytes)'),
  inputDataClass: v.pipe(
    v.picklist(DATA_CLASS_IDS, `must be one of ${DATA_CLASS_IDS.join(', ')}`),
    v.description('Class of the data this stage receives'),
  ),
  siteId: id('Id of the site the stage runs on'),
});

export const WorkloadSchema = v.object({
  id: id('Unique workload id'),
  name: label('Display name'),
  sourceSiteId: id('Id of the device group the requests start from'),
  requestsPerSecondPerDevice: nonNegative('Requests per second from each device'),
  inputKB: nonNegative('Size of each request sent by a device, kB'),
  returnsToDevice: v.pipe(v.boolean(), v.description('Whether the final answer travels back to the device')),
  latencyObjectiveP95Ms: positive('Latency objective for the 95th percentile, ms'),
  routingPolicy: v.optional(
    v.pipe(
      v.picklist(ROUTING_POLICY_IDS, `must be one of ${ROUTING_POLICY_IDS.join(', ')}`),
      v.description(
        'How hops are routed: lowest latency, lowest cost, never leaving the jurisdiction, or away from loaded links (default lowestLatency)',
      ),
    ),
  ),
  urllcSlice: v.optional(
    v.pipe(v.boolean(), v.description('Whether the traffic rides the URLLC slice where links reserve one (default false)')),
  ),
  stages: v.pipe(
    v.array(StageSchema),
    v.minLength(1, 'must have at least one stage'),
    v.maxLength(32, 'must have at most 32 stages'),
    v.description('Ordered pipeline stages'),
  ),
});

const factor = (what: string) =>
  v.optional(
    v.pipe(
      v.number(),
      v.finite('must be a finite number'),
      v.minValue(0.01, 'must be ≥ 0.01'),
      v.maxValue(100, 'must be ≤ 100'),
      v.description(`${what} (default 1)`),
    ),
  );

/**
 * What-if drivers: scale factors and switches applied on top of the drawn
 * scenario when it is evaluated, so a slider can ask "what if traffic
 * doubles?" without rewriting every site and workload.
 */
export const DriversSchema = v.object({
  deviceCountFactor: factor('Multiplies every device group’s device count'),
  requestRateFactor: factor('Multiplies every workload’s requests per second per device'),
  modelSizeFactor: factor('Multiplies every stage’s GFLOP per request'),
  linkCapacityFactor: factor('Multiplies every link’s capacity'),
  egressPriceFactor: factor('Multiplies cloud egress and inter-region transfer prices'),
  slicesEnabled: v.optional(v.pipe(v.boolean(), v.description('Whether links hold their URLLC slice reservations (default true)'))),
  burstsEnabled: v.optional(v.pipe(v.boolean(), v.description('Whether on-demand burst capacity may switch on (default true)'))),
  growthYear: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole year'),
      v.minValue(2000, 'must be ≥ 2000'),
      v.maxValue(2100, 'must be ≤ 2100'),
      v.description('Evaluate as of this year: device counts and per-device traffic grow at the catalogue rates from the base year'),
    ),
  ),
});

export const ScenarioSchema = v.object({
  schemaVersion: v.pipe(v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`), v.description('Version of this format')),
  name: label('Scenario name'),
  description: v.optional(
    v.pipe(v.string(), v.maxLength(4000, 'must be at most 4,000 characters'), v.description('The story of the scenario, for its readers')),
  ),
  sites: v.pipe(v.array(SiteSchema), v.maxLength(50_000, 'must have at most 50,000 sites')),
  links: v.pipe(v.array(LinkSchema), v.maxLength(200_000, 'must have at most 200,000 links')),
  workloads: v.pipe(v.array(WorkloadSchema), v.maxLength(50_000, 'must have at most 50,000 workloads')),
  assumptionOverrides: v.optional(
    v.pipe(
      v.record(v.string(), v.pipe(v.number(), v.finite('must be a finite number'))),
      v.description('User values for catalogue defaults, by assumption key'),
    ),
  ),
  drivers: v.optional(DriversSchema),
});

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type Site = v.InferOutput<typeof SiteSchema>;
export type Link = v.InferOutput<typeof LinkSchema>;
export type Workload = v.InferOutput<typeof WorkloadSchema>;
export type Stage = v.InferOutput<typeof StageSchema>;
export type Drivers = v.InferOutput<typeof DriversSchema>;
export type DataClass = (typeof DATA_CLASS_IDS)[number];
export type RoutingPolicy = (typeof ROUTING_POLICY_IDS)[number];
export type QueueModel = (typeof QUEUE_MODEL_IDS)[number];
