import fc from 'fast-check';
import type { Link, Scenario, Site, Workload } from '../../../../src/engine';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

/**
 * Small random placement problems: one or two device groups, 3–5 sites with
 * accelerators (far edge, MEC, regional DC, cloud) in two jurisdictions,
 * a connected network of radio access and fibre, and 2–3 workloads of 1–3
 * stages (at most 6 stages in all, so a brute force enumerates at most 5⁶
 * joint placements), sometimes with one more workload that stays put.
 * Capacities and objectives are drawn so that compute, links and latency
 * objectives each bind in some cases and not in others.
 */

const logUniform = (lo: number, hi: number) => fc.double({ min: Math.log10(lo), max: Math.log10(hi), noNaN: true }).map((x) => 10 ** x);

const TIERS = ['farEdge', 'nearEdge', 'regionalDc', 'cloud'] as const;
const ACCELERATORS = ['l4', 't4', 'a100', 'jetson-orin-nano-super'] as const;
const CLASSES = ['rawPersonal', 'raw', 'derived', 'derived'] as const;
/** Load-aware is rare: its routes move with load, so only whole placements can be cut and the loop may take many solves. */
const POLICIES = [
  ...Array<'lowestLatency'>(9).fill('lowestLatency'),
  'lowestCost',
  'lowestCost',
  'residency',
  'residency',
  'loadAware',
] as const;

const computeSiteArb = fc.record({
  tier: fc.constantFrom(...TIERS),
  accelerator: fc.constantFrom(...ACCELERATORS),
  count: fc.integer({ min: 1, max: 2 }),
  foreign: fc.boolean(),
  lat: fc.double({ min: 40, max: 55, noNaN: true }),
  lon: fc.double({ min: -5, max: 15, noNaN: true }),
});

const stageArb = fc.record({
  gflops: fc.oneof(fc.constant(0), logUniform(1, 3000)),
  outputKB: logUniform(0.5, 400),
  dataClass: fc.constantFrom(...CLASSES),
  site: fc.nat(),
});

const workloadArb = fc.record({
  source: fc.nat(),
  rps: logUniform(0.05, 3),
  inputKB: logUniform(1, 500),
  returns: fc.boolean(),
  objectiveMs: logUniform(15, 600),
  policy: fc.constantFrom(...POLICIES),
  slice: fc.boolean(),
  stages: fc.array(stageArb, { minLength: 1, maxLength: 3 }),
});

const linkArb = fc.record({
  capacityMbps: logUniform(5, 2000),
  lengthKm: logUniform(1, 1500),
  medium: fc.constantFrom('metro-fibre', 'long-haul-fibre', 'internet', 'on-demand-interconnect'),
  slice: fc.constantFrom(0, 0, 0, 0.3),
  burst: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 1),
  perGb: fc.constantFrom(undefined, 0, 0.05),
});

type Drawn<A> = A extends fc.Arbitrary<infer T> ? T : never;

export interface Instance {
  readonly scenario: Scenario;
  /** The workloads to place; a further one, when present, stays put. */
  readonly workloadIds: readonly string[];
}

function build(
  devices: readonly { count: number; npu: boolean; radio: '5g-embb' | 'wifi-6'; capacityMbps: number; slice: boolean }[],
  compute: readonly Drawn<typeof computeSiteArb>[],
  parents: readonly number[],
  extra: readonly [number, number][],
  links: readonly Drawn<typeof linkArb>[],
  workloads: readonly Drawn<typeof workloadArb>[],
  fixed: boolean,
): Instance {
  const sites: Site[] = [
    ...devices.map((d, i) =>
      site(`d${i}`, 'device', {
        deviceCount: d.count,
        compute: d.npu ? { acceleratorId: 'phone-npu', count: 1 } : { acceleratorId: 'none', count: 0 },
        location: { lat: 48 + i, lon: 2 },
      }),
    ),
    ...compute.map((c, i) =>
      site(`c${i}`, c.tier, {
        compute: { acceleratorId: c.accelerator, count: c.count },
        jurisdiction: c.foreign && i > 0 ? 'EU' : 'UK',
        location: { lat: c.lat, lon: c.lon },
        pue: c.tier === 'cloud' ? 1.1 : 1.5,
      }),
    ),
  ];
  const docs: Link[] = [];
  // A tree over the compute sites, a few more links, and each device group's radio to one or two of them.
  const ends: [number, number][] = parents.map((p, i) => [p % (i + 1), i + 1]);
  for (const [a, b] of extra) if (a % compute.length !== b % compute.length) ends.push([a % compute.length, b % compute.length]);
  ends.forEach(([a, b], i) => {
    const l = links[i % links.length];
    docs.push(
      link(`l${i}`, `c${a}`, `c${b}`, l.medium, l.capacityMbps, {
        lengthKm: l.lengthKm,
        ...(l.burst > 0 ? { burstCapacityMbps: l.capacityMbps * l.burst } : {}),
        ...(l.perGb === undefined ? {} : { costUsdPerGb: l.perGb }),
      }),
    );
  });
  devices.forEach((d, i) => {
    for (const c of i === 0 ? [0] : [0, compute.length - 1]) {
      docs.push(
        link(`r${i}_${c}`, `d${i}`, `c${c}`, d.radio, d.capacityMbps, {
          lengthKm: 2,
          ...(d.slice ? { sliceReservedMbps: d.capacityMbps * 0.3 } : {}),
        }),
      );
    }
  });
  const computeIds = compute.map((_, i) => `c${i}`);
  const workloadDocs: Workload[] = workloads.map((w, i) =>
    workload(
      `w${i}`,
      `d${w.source % devices.length}`,
      w.stages.map((s, k) =>
        stage(`s${k}`, computeIds[s.site % computeIds.length], {
          gflopsPerRequest: s.gflops,
          outputKB: s.outputKB,
          inputDataClass: s.dataClass,
        }),
      ),
      {
        name: `Workload ${i}`,
        requestsPerSecondPerDevice: w.rps,
        inputKB: w.inputKB,
        returnsToDevice: w.returns,
        latencyObjectiveP95Ms: w.objectiveMs,
        routingPolicy: w.policy,
        urllcSlice: w.slice,
      },
    ),
  );
  const placed = fixed ? workloadDocs.slice(0, -1) : workloadDocs;
  return { scenario: scenario({ sites, links: docs, workloads: workloadDocs }), workloadIds: placed.map((w) => w.id) };
}

const deviceArb = fc.record({
  count: fc.integer({ min: 1, max: 40 }),
  npu: fc.boolean(),
  radio: fc.constantFrom('5g-embb' as const, 'wifi-6' as const),
  capacityMbps: logUniform(20, 2000),
  slice: fc.constantFrom(false, false, true),
});

/** A random instance as described above. */
export const instanceArb: fc.Arbitrary<Instance> = fc
  .record({ computeSites: fc.integer({ min: 3, max: 5 }), fixed: fc.boolean(), placed: fc.integer({ min: 2, max: 3 }) })
  .chain(({ computeSites, fixed, placed }) =>
    fc
      .record({
        devices: fc.array(deviceArb, { minLength: 1, maxLength: 2 }),
        compute: fc.array(computeSiteArb, { minLength: computeSites, maxLength: computeSites }),
        parents: fc.array(fc.nat(), { minLength: computeSites - 1, maxLength: computeSites - 1 }),
        extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
        links: fc.array(linkArb, { minLength: 1, maxLength: 6 }),
        workloads: fc.array(workloadArb, { minLength: placed + (fixed ? 1 : 0), maxLength: placed + (fixed ? 1 : 0) }),
      })
      .filter(({ workloads }) => workloads.slice(0, placed).reduce((n, w) => n + w.stages.length, 0) <= 6)
      .map(({ devices, compute, parents, extra, links, workloads }) => build(devices, compute, parents, extra, links, workloads, fixed)),
  );
