import { describe, expect, it } from 'vitest';
import { evaluateScenario, type RoutingPolicy, type Scenario, type WorkloadResult } from '../../../../src/engine';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';
import { linkResultById } from '../../../../src/engine/resultColumns';

/** Link ids a workload crosses, segment by segment. */
const routeOf = (w: WorkloadResult) => w.segments.filter((s) => s.kind === 'network').map((s) => s.links.map((l) => l.linkId));

/** The same scenario with its first workload on another routing policy. */
function withPolicy(doc: Scenario, routingPolicy: RoutingPolicy): Scenario {
  return scenario({ ...doc, workloads: doc.workloads.map((w, i) => (i === 0 ? { ...w, routingPolicy } : w)) });
}

describe('lowestCost vs lowestLatency: the way back from a cloud region', () => {
  /*
   * Ten phones on Wi-Fi behind an edge site, which reaches a cloud region two
   * ways. Each answer (125 kB) comes back from the cloud: 10 Mbit/s out.
   *
   *                   one-way latency               $/GB leaving the cloud
   *   internet        6 + 100 km × 4.897 µs = 6.49   $0.09 (AWS egress after 100 GB)
   *   interconnect    1 + 2,000 km × 4.897 µs = 10.79 $0.02 (its own rate, no egress)
   */
  const doc = scenario({
    sites: [site('phones', 'device', { deviceCount: 10 }), site('edge', 'farEdge'), site('cloud', 'cloud')],
    links: [
      link('wifi', 'phones', 'edge', 'wifi-6', 1000, { lengthKm: 0.1 }),
      link('internet', 'edge', 'cloud', 'internet', 1000, { lengthKm: 100 }),
      link('interconnect', 'edge', 'cloud', 'on-demand-interconnect', 10_000, { lengthKm: 2000 }),
    ],
    workloads: [workload('chat', 'phones', [stage('answer', 'cloud', { outputKB: 125 })], { inputKB: 1, returnsToDevice: true })],
  });
  const fast = evaluateScenario(withPolicy(doc, 'lowestLatency'));
  const cheap = evaluateScenario(withPolicy(doc, 'lowestCost'));
  // 10 Mbit/s for 730 h: 10e6 × 730 × 3,600 / 8 / 1e9 GB.
  const answerGb = (10e6 * 730 * 3600) / 8 / 1e9;

  it('lowestLatency brings the answer back over the internet; lowestCost over the interconnect', () => {
    expect(routeOf(fast.workloads[0])).toEqual([
      ['wifi', 'internet'],
      ['internet', 'wifi'],
    ]);
    expect(routeOf(cheap.workloads[0])).toEqual([
      ['wifi', 'internet'],
      ['interconnect', 'wifi'],
    ]);
  });

  it('lowestCost pays no internet egress, where lowestLatency pays (3,285 − 100 GB) × $0.09', () => {
    expectClose(fast.cost.egressGbPerMonth, answerGb, 1e-12);
    expectClose(fast.cost.egressUsdPerMonth, (answerGb - 100) * 0.09, 1e-9);
    expect(cheap.cost.egressUsdPerMonth).toBe(0);
    expect(cheap.cost.egressGbPerMonth).toBe(0);
  });

  it('lowestCost costs less in all ($0.02/GB on the interconnect instead) and takes longer', () => {
    expectClose(fast.cost.totalUsdPerMonth - cheap.cost.totalUsdPerMonth, (answerGb - 100) * 0.09 - answerGb * 0.02, 1e-9);
    expect(cheap.workloads[0].meanMs!).toBeGreaterThan(fast.workloads[0].meanMs!);
  });
});

describe('residency: never leaving the jurisdiction', () => {
  /*
   * London phones and a Manchester data centre, both UK. The fastest way runs
   * through a Paris hub (EU): 2 × (6 + 300 km × 4.897 µs) = 14.94 ms, against
   * 6 + 2,000 km × 4.897 µs = 15.79 ms on the direct UK link.
   */
  const doc = scenario({
    sites: [
      site('phones', 'device'),
      site('manchester', 'regionalDc', { jurisdiction: 'UK' }),
      site('paris', 'regionalDc', { jurisdiction: 'EU' }),
      site('frankfurt', 'regionalDc', { jurisdiction: 'DE' }),
    ],
    links: [
      link('to-paris', 'phones', 'paris', 'internet', 1000, { lengthKm: 300 }),
      link('paris-manchester', 'paris', 'manchester', 'internet', 1000, { lengthKm: 300 }),
      link('direct', 'phones', 'manchester', 'internet', 1000, { lengthKm: 2000 }),
      link('paris-frankfurt', 'paris', 'frankfurt', 'internet', 1000, { lengthKm: 500 }),
    ],
    workloads: [workload('records', 'phones', [stage('index', 'manchester', { outputKB: 1 })], { returnsToDevice: true })],
  });
  const jurisdictionOf = new Map(doc.sites.map((s) => [s.id, s.jurisdiction]));
  const ends = new Map(doc.links.map((l) => [l.id, [l.from, l.to]]));

  it('lowestLatency goes through Paris; residency takes the slower UK-only link both ways', () => {
    expect(routeOf(evaluateScenario(withPolicy(doc, 'lowestLatency')).workloads[0])).toEqual([
      ['to-paris', 'paris-manchester'],
      ['paris-manchester', 'to-paris'],
    ]);
    const home = evaluateScenario(withPolicy(doc, 'residency')).workloads[0];
    expect(home.status).toBe('ok');
    expect(routeOf(home)).toEqual([['direct'], ['direct']]);
    for (const id of routeOf(home).flat()) for (const end of ends.get(id)!) expect(jurisdictionOf.get(end)).toBe('UK');
  });

  it('reports a placement abroad unreachable, naming the jurisdiction, instead of routing out of it', () => {
    const abroad = scenario({
      ...doc,
      workloads: [workload('records', 'phones', [stage('index', 'frankfurt')], { routingPolicy: 'residency' })],
    });
    const w = evaluateScenario(abroad).workloads[0];
    expect(w.status).toBe('unreachable');
    expect(w.problem).toContain('outside UK');
    expect(w.meanMs).toBeNull();
    // The same placement is reachable without the constraint: through Paris.
    expect(evaluateScenario(withPolicy(abroad, 'lowestLatency')).workloads[0].status).toBe('ok');
  });
});

describe('loadAware: moving off a link that other traffic loads', () => {
  /*
   * A hub reaches the data centre over a short 100 Mbit/s fibre (10 km) or a
   * detour of two 10 Gbit/s fibres (2 × 50 km). Cameras push 1 MB frames at
   * 11.875/s = 95 Mbit/s over the short fibre (ρ = 0.95: ~0.76 s of M/D/1
   * wait); a probe sends one 1 kB message a second.
   */
  const doc = (cameraRate: number) =>
    scenario({
      sites: [site('phone', 'device'), site('cams', 'device'), site('hub', 'farEdge'), site('alt', 'farEdge'), site('dc', 'regionalDc')],
      links: [
        link('phone-hub', 'phone', 'hub', 'wifi-6', 1000, { lengthKm: 0.1 }),
        link('cams-hub', 'cams', 'hub', 'wifi-6', 1000, { lengthKm: 0.1 }),
        link('short', 'hub', 'dc', 'metro-fibre', 100, { lengthKm: 10 }),
        link('detour-1', 'hub', 'alt', 'metro-fibre', 10_000, { lengthKm: 50 }),
        link('detour-2', 'alt', 'dc', 'metro-fibre', 10_000, { lengthKm: 50 }),
      ],
      workloads: [
        workload('probe', 'phone', [stage('log', 'dc')], { requestsPerSecondPerDevice: 1, inputKB: 1 }),
        workload('frames', 'cams', [stage('store', 'dc')], { requestsPerSecondPerDevice: cameraRate, inputKB: 1000 }),
      ],
    });

  it('takes the short fibre like lowestLatency when nothing loads it', () => {
    const idle = evaluateScenario(withPolicy(doc(0), 'loadAware')).workloads[0];
    expect(routeOf(idle)).toEqual([['phone-hub', 'short']]);
  });

  it('takes the detour when the cameras load the short fibre to 95 %, and is faster for it', () => {
    const fast = evaluateScenario(withPolicy(doc(11.875), 'lowestLatency'));
    const aware = evaluateScenario(withPolicy(doc(11.875), 'loadAware'));
    // 95 Mbit/s of frames + 0.008 Mbit/s of probes on 100 Mbit/s.
    expectClose(linkResultById(fast.links, 'short')!.utilisation, 0.95008, 1e-9);
    expect(routeOf(fast.workloads[0])).toEqual([['phone-hub', 'short']]);
    expect(routeOf(aware.workloads[0])).toEqual([['phone-hub', 'detour-1', 'detour-2']]);
    expect(aware.workloads[0].meanMs!).toBeLessThan(fast.workloads[0].meanMs!);
    expect(aware.workloads[0].p95Ms!).toBeLessThan(fast.workloads[0].p95Ms!);
    // The cameras themselves route by lowest latency and stay on the short fibre.
    expect(routeOf(aware.workloads[1])).toEqual([['cams-hub', 'short']]);
  });
});

describe('evaluateScenario: a device group relays nobody', () => {
  it('leaves two edges joined only through a device group unreachable from each other', () => {
    const doc = scenario({
      sites: [site('phones', 'device'), site('mec-a', 'nearEdge'), site('mec-b', 'nearEdge')],
      links: [
        link('ran-a', 'phones', 'mec-a', '5g-embb', 500, { lengthKm: 1 }),
        link('ran-b', 'phones', 'mec-b', '5g-embb', 500, { lengthKm: 1 }),
      ],
      workloads: [workload('w', 'phones', [stage('a', 'mec-a'), stage('b', 'mec-b')])],
    });
    const w = evaluateScenario(doc).workloads[0];
    expect(w.status).toBe('unreachable');
    expect(w.problem).toMatch(/no path from .* to /);
  });
});
