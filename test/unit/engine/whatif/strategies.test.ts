import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario, type DataClass, type Scenario, type Site } from '../../../../src/engine';
import { MEDIA } from '../../../../src/engine/catalogue/media';
import type { TierId } from '../../../../src/engine/catalogue/tiers';
import { HOME_LATENCY_ALLOWANCE, SiteDistances } from '../../../../src/engine/whatif/nearestSite';
import { STRATEGY_IDS, strategyScenarios, type StrategyId, type StrategyOutcome } from '../../../../src/engine/whatif/strategies';
import { arbitraryScenario } from '../../fixtures/arbitraryScenario';
import { loadPreset, presetFiles } from '../../helpers/presets';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

const L4 = { compute: { acceleratorId: 'l4', count: 1 } } as const;
const PARIS = { lat: 48.8566, lon: 2.3522 };
const EDGE_TIERS: readonly TierId[] = ['nearEdge', 'farEdge'];

/** One-way base latency of a metro-fibre link: its access latency plus propagation (catalogue defaults). */
const metroMs = (km: number) => MEDIA['metro-fibre'].accessLatencyMs.value + (km * MEDIA['metro-fibre'].propagationUsPerKm.value) / 1000;

const hasCompute = (s: Site) => s.compute.acceleratorId !== 'none' && s.compute.count > 0;

function outcome(doc: Scenario, id: StrategyId): StrategyOutcome {
  return strategyScenarios(doc).find((o) => o.id === id)!;
}

/** Site ids of each workload's stages in a generated scenario. */
function placements(o: StrategyOutcome): Record<string, string[]> {
  expect(o.scenario, o.reason ?? '').not.toBeNull();
  return Object.fromEntries(o.scenario!.workloads.map((w) => [w.id, w.stages.map((s) => s.siteId)]));
}

/** The tiers each stage of a workload must land on under a strategy (the source for a device stage). */
function wantedTiers(id: StrategyId, stages: number, cloudTiers: readonly TierId[]): (readonly TierId[] | 'source')[] {
  return Array.from({ length: stages }, (_, i) => {
    if (id === 'allCloud') return cloudTiers;
    if (id === 'edgeInference') return EDGE_TIERS;
    if (id === 'deviceEdgeSplit') return i === 0 ? 'source' : EDGE_TIERS;
    return i === stages - 1 ? ['cloud'] : EDGE_TIERS;
  });
}

/**
 * What every outcome must satisfy, whatever the topology: a scenario the
 * validator accepts that differs from the drawn one only in stage sites (as
 * listed in moves) and its name, with placements on the strategy's tiers on
 * sites with an accelerator; or else a reason.
 */
function expectWellFormed(doc: Scenario, o: StrategyOutcome): void {
  expect(o.description).toMatch(/^[A-Z][^\n]*\.$/);
  if (o.scenario === null) {
    expect(o.reason).toEqual(expect.stringMatching(/\S/));
    expect(o.moves).toEqual([]);
    return;
  }
  expect(o.reason).toBeNull();
  const checked = validateScenario(o.scenario);
  expect(checked.ok ? [] : checked.errors).toEqual([]);
  expect(checked.ok && checked.scenario).toEqual(o.scenario);

  const moved = new Map(o.moves.map((m) => [`${m.workloadId}/${m.stageId}`, m]));
  const restored = {
    ...o.scenario,
    name: doc.name,
    workloads: o.scenario.workloads.map((w) => ({
      ...w,
      stages: w.stages.map((s) => ({ ...s, siteId: moved.get(`${w.id}/${s.id}`)?.fromSiteId ?? s.siteId })),
    })),
  };
  expect(restored).toEqual(doc);
  for (const m of o.moves) expect(m.toSiteId).not.toBe(m.fromSiteId);

  const sites = new Map(o.scenario.sites.map((s) => [s.id, s]));
  const hasCloud = doc.sites.some((s) => s.tier === 'cloud' && hasCompute(s));
  const skipped = new Set(o.skipped.map((s) => s.workloadId));
  for (const w of o.scenario.workloads) {
    if (skipped.has(w.id)) continue;
    const wanted = wantedTiers(o.id, w.stages.length, hasCloud ? ['cloud'] : ['regionalDc']);
    w.stages.forEach((s, i) => {
      const at = sites.get(s.siteId)!;
      expect(hasCompute(at), `${o.id}: ${w.id}/${s.id} on ${at.id} without an accelerator`).toBe(true);
      const want = wanted[i];
      if (want === 'source') expect(s.siteId).toBe(w.sourceSiteId);
      else expect(want, `${o.id}: ${w.id}/${s.id} on ${at.tier}`).toContain(at.tier);
    });
  }
  for (const s of o.skipped) expect(s.reason).toEqual(expect.stringMatching(/\S/));
  expect(o.skipped.length).toBeLessThan(doc.workloads.length);
}

describe('strategyScenarios(scenario) on the presets', () => {
  describe.each(presetFiles())('%s', (file) => {
    const doc = loadPreset(file);
    const outcomes = strategyScenarios(doc);

    it('gives one outcome per strategy, in order', () => {
      expect(outcomes.map((o) => o.id)).toEqual([...STRATEGY_IDS]);
    });

    it.each([...STRATEGY_IDS])('%s: a scenario that validates and keeps every id, or a reason', (id) => {
      expectWellFormed(
        doc,
        outcomes.find((o) => o.id === id)!,
      );
    });
  });

  it('smart city: edge + cloud aggregation leaves the one-stage clips workload where it was', () => {
    const o = outcome(loadPreset('smart-city.json'), 'edgeCloudAggregation');
    expect(o.skipped).toEqual([{ workloadId: 'clips', reason: 'needs at least two stages' }]);
    expect(placements(o)).toEqual({ alerts: ['mec-bcn', 'cloud-par'], counts: ['mec-bcn', 'cloud-par'], clips: ['cloud-par'] });
  });

  it('GenAI assistant: the split strategies need workloads of two stages', () => {
    const doc = loadPreset('genai-assistant.json');
    for (const id of ['deviceEdgeSplit', 'edgeCloudAggregation'] as const) {
      expect(outcome(doc, id)).toMatchObject({ scenario: null, reason: 'needs at least two stages' });
    }
  });

  it('hospital imaging: the scanners have no accelerator for a device + edge split', () => {
    const o = outcome(loadPreset('hospital-imaging.json'), 'deviceEdgeSplit');
    expect(o.scenario).toBeNull();
    expect(o.reason).toMatch(/devices .* have no accelerator/);
  });
});

describe('allCloud', () => {
  it('puts every stage on the cloud region with the lower latency, not the first listed', () => {
    const doc = scenario({
      sites: [site('phones', 'device'), site('dublin', 'cloud', L4), site('slough', 'cloud', L4)],
      links: [
        link('to-dublin', 'phones', 'dublin', 'metro-fibre', 1000, { lengthKm: 400 }),
        link('to-slough', 'phones', 'slough', 'metro-fibre', 1000, { lengthKm: 30 }),
      ],
      workloads: [workload('w', 'phones', [stage('a', 'phones'), stage('b', 'phones')])],
    });
    const o = outcome(doc, 'allCloud');
    expect(placements(o)).toEqual({ w: ['slough', 'slough'] });
    expect(o.moves).toEqual([
      { workloadId: 'w', stageId: 'a', fromSiteId: 'phones', toSiteId: 'slough' },
      { workloadId: 'w', stageId: 'b', fromSiteId: 'phones', toSiteId: 'slough' },
    ]);
    expect(o.description).toBe('Every stage moves to "slough", the nearest cloud region.');
    expect(o.scenario!.name).toBe('test scenario — all in cloud');
  });

  it('measures latency, not distance: 300 km of fibre (1.57 ms) beats 10 km of internet (6 ms access)', () => {
    const doc = scenario({
      sites: [site('phones', 'device'), site('near-slow', 'cloud', L4), site('far-fast', 'cloud', L4)],
      links: [
        link('internet', 'phones', 'near-slow', 'internet', 1000, { lengthKm: 10 }),
        link('fibre', 'phones', 'far-fast', 'metro-fibre', 1000, { lengthKm: 300 }),
      ],
      workloads: [workload('w', 'phones', [stage('a', 'near-slow')])],
    });
    expect(placements(outcome(doc, 'allCloud'))).toEqual({ w: ['far-fast'] });
  });

  it('skips cloud regions without an accelerator, unreachable ones, and routes through other device groups', () => {
    const doc = scenario({
      sites: [
        site('phones', 'device'),
        site('bare', 'cloud'),
        site('island', 'cloud', L4),
        site('tablets', 'device'),
        site('behind-tablets', 'cloud', L4),
        site('far', 'cloud', L4),
      ],
      links: [
        link('to-bare', 'phones', 'bare', 'metro-fibre', 1000, { lengthKm: 1 }),
        link('to-tablets', 'phones', 'tablets', 'metro-fibre', 1000, { lengthKm: 1 }),
        link('tablets-cloud', 'tablets', 'behind-tablets', 'metro-fibre', 1000, { lengthKm: 1 }),
        link('to-far', 'phones', 'far', 'metro-fibre', 1000, { lengthKm: 2000 }),
      ],
      workloads: [workload('w', 'phones', [stage('a', 'phones')])],
    });
    expect(placements(outcome(doc, 'allCloud'))).toEqual({ w: ['far'] });
  });

  it('leaves a workload whose devices reach no cloud region where it was, saying why', () => {
    const doc = scenario({
      sites: [site('phones', 'device'), site('cut-off', 'device'), site('cloud', 'cloud', L4)],
      links: [link('up', 'phones', 'cloud', 'metro-fibre', 1000, { lengthKm: 10 })],
      workloads: [workload('ok', 'phones', [stage('a', 'phones')]), workload('stuck', 'cut-off', [stage('a', 'cut-off')])],
    });
    const o = outcome(doc, 'allCloud');
    expect(placements(o)).toEqual({ ok: ['cloud'], stuck: ['cut-off'] });
    expect(o.skipped).toEqual([{ workloadId: 'stuck', reason: 'no cloud region with an accelerator is reachable from cut-off' }]);
  });

  it('keeps a residency workload to cloud regions in its jurisdiction', () => {
    const doc = scenario({
      sites: [site('phones', 'device'), site('paris', 'cloud', { ...L4, jurisdiction: 'EU', location: PARIS })],
      links: [link('up', 'phones', 'paris', 'metro-fibre', 1000, { lengthKm: 10 })],
      workloads: [workload('w', 'phones', [stage('a', 'phones')], { routingPolicy: 'residency' })],
    });
    expect(outcome(doc, 'allCloud')).toMatchObject({
      scenario: null,
      reason: 'no cloud region with an accelerator is reachable from phones without leaving UK',
    });
  });

  it('sends a residency workload past a nearer cloud region abroad to one at home', () => {
    const doc = scenario({
      sites: [
        site('phones', 'device'),
        site('paris', 'cloud', { ...L4, jurisdiction: 'EU', location: PARIS }),
        site('leeds', 'cloud', { ...L4, jurisdiction: 'UK' }),
      ],
      links: [
        link('to-paris', 'phones', 'paris', 'metro-fibre', 1000, { lengthKm: 10 }),
        link('to-leeds', 'phones', 'leeds', 'metro-fibre', 1000, { lengthKm: 5000 }),
      ],
      workloads: [workload('w', 'phones', [stage('a', 'phones')], { routingPolicy: 'residency' })],
    });
    expect(placements(outcome(doc, 'allCloud'))).toEqual({ w: ['leeds'] });
  });

  it('falls back to the nearest regional data centre only when there is no cloud region, and says so', () => {
    const sites = [site('phones', 'device'), site('dc', 'regionalDc', L4)];
    const links = [link('up', 'phones', 'dc', 'metro-fibre', 1000, { lengthKm: 10 })];
    const workloads = [workload('w', 'phones', [stage('a', 'phones')])];
    const o = outcome(scenario({ sites, links, workloads }), 'allCloud');
    expect(placements(o)).toEqual({ w: ['dc'] });
    expect(o.description).toBe(
      'Every stage moves to "dc", the nearest regional data centre, as there is no cloud region with an accelerator.',
    );

    const withCloud = scenario({
      sites: [...sites, site('cloud', 'cloud', L4)],
      links: [...links, link('far', 'phones', 'cloud', 'metro-fibre', 1000, { lengthKm: 3000 })],
      workloads,
    });
    expect(placements(outcome(withCloud, 'allCloud'))).toEqual({ w: ['cloud'] });
  });
});

describe('raw personal data prefers a site in the devices’ jurisdiction', () => {
  /** UK phones; an EU cloud 100 km away and a UK cloud `homeKm` away, both on metro fibre. */
  function twoClouds(homeKm: number, classes: DataClass[]) {
    return scenario({
      sites: [
        site('phones', 'device'),
        site('eu', 'cloud', { ...L4, jurisdiction: 'EU', location: PARIS }),
        site('uk', 'cloud', { ...L4, jurisdiction: 'UK' }),
      ],
      links: [
        link('to-eu', 'phones', 'eu', 'metro-fibre', 1000, { lengthKm: 100 }),
        link('to-uk', 'phones', 'uk', 'metro-fibre', 1000, { lengthKm: homeKm }),
      ],
      workloads: [
        workload(
          'w',
          'phones',
          classes.map((c, i) => stage(`s${i}`, 'phones', { inputDataClass: c })),
        ),
      ],
    });
  }

  it('takes the home site when it is within 2× the nearest', () => {
    expect(metroMs(200)).toBeLessThan(HOME_LATENCY_ALLOWANCE * metroMs(100));
    expect(placements(outcome(twoClouds(200, ['rawPersonal']), 'allCloud'))).toEqual({ w: ['uk'] });
  });

  it('takes the nearest site abroad when home is more than 2× as far', () => {
    expect(metroMs(300)).toBeGreaterThan(HOME_LATENCY_ALLOWANCE * metroMs(100));
    expect(placements(outcome(twoClouds(300, ['rawPersonal']), 'allCloud'))).toEqual({ w: ['eu'] });
  });

  it('does not apply to stages that receive no raw personal data', () => {
    expect(placements(outcome(twoClouds(200, ['derived', 'aggregate']), 'allCloud'))).toEqual({ w: ['eu', 'eu'] });
  });

  it('keeps stages placed together on one site, judged by the most sensitive of them', () => {
    expect(placements(outcome(twoClouds(200, ['rawPersonal', 'derived']), 'allCloud'))).toEqual({ w: ['uk', 'uk'] });
  });
});

describe('deviceEdgeSplit', () => {
  const doc = (devices: Site) =>
    scenario({
      sites: [devices, site('mec', 'nearEdge', L4), site('lan', 'farEdge', L4)],
      links: [
        link('radio', 'cams', 'mec', '5g-embb', 1000, { lengthKm: 1 }),
        link('wifi', 'cams', 'lan', 'wifi-6', 1000, { lengthKm: 0.1 }),
      ],
      workloads: [workload('w', 'cams', [stage('detect', 'mec'), stage('track', 'mec'), stage('alert', 'mec')])],
    });

  it('runs the first stage on the devices and the rest on the nearest edge site', () => {
    const o = outcome(doc(site('cams', 'device', { compute: { acceleratorId: 'jetson-orin-nano-super', count: 1 } })), 'deviceEdgeSplit');
    // Wi-Fi 6 (3 ms access) beats 5G eMBB (10 ms).
    expect(placements(o)).toEqual({ w: ['cams', 'lan', 'lan'] });
  });

  it('cannot be built when the devices have no accelerator', () => {
    expect(outcome(doc(site('cams', 'device')), 'deviceEdgeSplit')).toMatchObject({
      scenario: null,
      reason: 'the devices (cams) have no accelerator',
    });
  });
});

describe('edgeCloudAggregation', () => {
  it('keeps all but the last stage at the edge and sends the last to a cloud region reachable from that edge site', () => {
    // The direct link makes `direct` nearer the phones, but the edge site can only reach it through them.
    const doc = scenario({
      sites: [site('phones', 'device'), site('edge', 'farEdge', L4), site('direct', 'cloud', L4), site('behind-edge', 'cloud', L4)],
      links: [
        link('lan', 'phones', 'edge', 'metro-fibre', 1000, { lengthKm: 1 }),
        link('direct-link', 'phones', 'direct', 'metro-fibre', 1000, { lengthKm: 10 }),
        link('uplink', 'edge', 'behind-edge', 'metro-fibre', 1000, { lengthKm: 500 }),
      ],
      workloads: [
        workload('two', 'phones', [stage('a', 'phones'), stage('b', 'phones')]),
        workload('one', 'phones', [stage('a', 'phones')]),
      ],
    });
    const o = outcome(doc, 'edgeCloudAggregation');
    expect(placements(o)).toEqual({ two: ['edge', 'behind-edge'], one: ['phones'] });
    expect(o.skipped).toEqual([{ workloadId: 'one', reason: 'needs at least two stages' }]);
    expect(o.description).toBe(
      'Every stage but the last moves to "edge", the nearest near-edge or far-edge site, and the last to "behind-edge", the nearest cloud region.',
    );
  });

  it('cannot be built without an edge site that has an accelerator', () => {
    const doc = scenario({
      sites: [site('phones', 'device'), site('edge', 'nearEdge'), site('cloud', 'cloud', L4)],
      links: [link('a', 'phones', 'edge', '5g-embb', 100), link('b', 'edge', 'cloud', 'metro-fibre', 1000)],
      workloads: [workload('w', 'phones', [stage('a', 'phones'), stage('b', 'phones')])],
    });
    expect(outcome(doc, 'edgeCloudAggregation')).toMatchObject({
      scenario: null,
      reason: 'no near-edge or far-edge site with an accelerator',
    });
    expect(outcome(doc, 'edgeInference').reason).toBe('no near-edge or far-edge site with an accelerator');
  });
});

describe('the generated scenario', () => {
  it('keeps the name within the schema’s 120 characters', () => {
    const doc = scenario({
      name: 'x'.repeat(119),
      sites: [site('phones', 'device'), site('cloud', 'cloud', L4)],
      links: [link('up', 'phones', 'cloud', 'metro-fibre', 1000)],
      workloads: [workload('w', 'phones', [stage('a', 'phones')])],
    });
    const o = outcome(doc, 'allCloud');
    expect(o.scenario!.name).toHaveLength(120);
    expect(o.scenario!.name.endsWith('… — all in cloud')).toBe(true);
    expectWellFormed(doc, o);
  });

  it('has a reason for every strategy when there are no workloads', () => {
    const doc = scenario({ sites: [site('phones', 'device')], links: [], workloads: [] });
    for (const o of strategyScenarios(doc)) expect(o).toMatchObject({ scenario: null, reason: 'the scenario has no workloads' });
  });

  it('is deterministic', () => {
    const doc = loadPreset('smart-city.json');
    expect(strategyScenarios(doc)).toEqual(strategyScenarios(doc));
  });
});

/**
 * The nearest site by brute force: every candidate's latency from the
 * source, the lowest, then the home-jurisdiction rule. Returns the sites the
 * bound-free one-search method may pick (equally near sites tie), or null.
 */
function bruteForceNearest(doc: Scenario, w: number, tiers: readonly TierId[]): { ms: number; ids: string[] } | null {
  const distances = new SiteDistances(doc);
  const wl = doc.workloads[w];
  const source = distances.siteIndex(wl.sourceSiteId)!;
  const home = doc.sites[source].jurisdiction;
  const reachable = doc.sites
    .map((s, i) => ({ s, ms: tiers.includes(s.tier) && hasCompute(s) ? distances.latencyMs(wl, source, i) : null }))
    .filter((c): c is { s: Site; ms: number } => c.ms !== null);
  const nearestOf = (cs: typeof reachable) => {
    if (cs.length === 0) return null;
    const ms = Math.min(...cs.map((c) => c.ms));
    return { ms, ids: cs.filter((c) => c.ms <= ms * (1 + 1e-9)).map((c) => c.s.id) };
  };
  const best = nearestOf(reachable);
  const raw = wl.stages.some((s) => s.inputDataClass === 'rawPersonal');
  if (best === null || !raw || reachable.some((c) => best.ids.includes(c.s.id) && c.s.jurisdiction === home)) return best;
  return nearestOf(reachable.filter((c) => c.s.jurisdiction === home && c.ms <= HOME_LATENCY_ALLOWANCE * best.ms)) ?? best;
}

describe('strategyScenarios over random scenarios', () => {
  const RUNS = { numRuns: 200, seed: 20_260_417 };

  it('never throws; every outcome validates and keeps ids, or says why not', () => {
    fc.assert(
      fc.property(arbitraryScenario, (drawn) => {
        const checked = validateScenario(drawn);
        expect(checked.ok).toBe(true);
        if (!checked.ok) return;
        const doc = checked.scenario;
        const outcomes = strategyScenarios(doc);
        expect(outcomes.map((o) => o.id)).toEqual([...STRATEGY_IDS]);
        for (const o of outcomes) expectWellFormed(doc, o);
      }),
      RUNS,
    );
  });

  it('places every stage on a site as near as a brute-force search of every candidate finds', () => {
    fc.assert(
      fc.property(arbitraryScenario, (drawn) => {
        const checked = validateScenario(drawn);
        if (!checked.ok) return;
        const doc = checked.scenario;
        const hasCloud = doc.sites.some((s) => s.tier === 'cloud' && hasCompute(s));
        const cases = [
          { o: outcome(doc, 'allCloud'), tiers: hasCloud ? ['cloud' as const] : ['regionalDc' as const] },
          { o: outcome(doc, 'edgeInference'), tiers: EDGE_TIERS },
        ];
        for (const { o, tiers } of cases) {
          doc.workloads.forEach((w, i) => {
            const expected = bruteForceNearest(doc, i, tiers);
            if (expected === null) {
              expect(o.scenario === null || o.skipped.some((s) => s.workloadId === w.id)).toBe(true);
            } else {
              for (const s of o.scenario!.workloads[i].stages) expect(expected.ids).toContain(s.siteId);
            }
          });
        }
      }),
      RUNS,
    );
  });
});
