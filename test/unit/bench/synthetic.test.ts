import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/synthetic';
import { evaluateScenario } from '../../../src/engine/evaluate/evaluate';
import type { Scenario } from '../../../src/engine/scenario/schema';
import { validateScenario } from '../../../src/engine/scenario/validate';

const TIER_ORDER = ['device', 'farEdge', 'nearEdge', 'regionalDc', 'cloud'] as const;
const LEVEL = { device: 0, farEdge: 1, nearEdge: 1, regionalDc: 2, cloud: 3 } as const;

describe.each([100, 1_000])('syntheticScenario(%i, seed)', (siteCount) => {
  const scenario = syntheticScenario(siteCount, 1);
  const tierOf = new Map(scenario.sites.map((s) => [s.id, s.tier]));

  it('passes validateScenario', () => {
    const result = validateScenario(scenario);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has exactly siteCount sites, most of them device groups, and every tier', () => {
    expect(scenario.sites).toHaveLength(siteCount);
    const tiers = scenario.sites.map((s) => s.tier);
    for (const tier of TIER_ORDER) expect(tiers).toContain(tier);
    expect(tiers.filter((t) => t === 'device').length).toBeGreaterThan(siteCount / 2);
  });

  it('has 2–4 links per site', () => {
    const perSite = scenario.links.length / siteCount;
    expect(perSite).toBeGreaterThanOrEqual(2);
    expect(perSite).toBeLessThanOrEqual(4);
  });

  it('has one workload per two sites, each of 3–5 stages', () => {
    expect(scenario.workloads).toHaveLength(siteCount / 2);
    for (const w of scenario.workloads) {
      expect(w.stages.length).toBeGreaterThanOrEqual(3);
      expect(w.stages.length).toBeLessThanOrEqual(5);
    }
  });

  it('places stages from the device outwards, never back down the hierarchy', () => {
    for (const w of scenario.workloads) {
      expect(tierOf.get(w.sourceSiteId)).toBe('device');
      const levels = w.stages.map((s) => LEVEL[tierOf.get(s.siteId)!]);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
    }
  });

  it('gives device groups 20–2,000 devices at 0.1–10 requests/s each', () => {
    for (const s of scenario.sites.filter((site) => site.tier === 'device')) {
      expect(s.deviceCount).toBeGreaterThanOrEqual(20);
      expect(s.deviceCount).toBeLessThanOrEqual(2000);
    }
    for (const w of scenario.workloads) {
      expect(w.requestsPerSecondPerDevice).toBeGreaterThanOrEqual(0.1);
      expect(w.requestsPerSecondPerDevice).toBeLessThanOrEqual(10);
    }
  });

  it('reaches every device group by radio', () => {
    const radio = new Set(['5g-embb', '5g-urllc', 'wifi-6']);
    const byRadio = new Set(scenario.links.filter((l) => radio.has(l.medium)).flatMap((l) => [l.from, l.to]));
    for (const s of scenario.sites.filter((site) => site.tier === 'device')) expect(byRadio.has(s.id)).toBe(true);
  });
});

describe('syntheticScenario(siteCount, seed) is deterministic', () => {
  it('gives the same document for the same seed', () => {
    expect(syntheticScenario(1_000, 7)).toEqual(syntheticScenario(1_000, 7));
  });

  it('gives a different document for another seed', () => {
    expect(syntheticScenario(1_000, 8)).not.toEqual(syntheticScenario(1_000, 7));
  });
});

describe('evaluateScenario(syntheticScenario(1000, seed))', () => {
  const validated = validateScenario(syntheticScenario(1_000, 1));
  const scenario = (validated.ok ? validated.scenario : null) as Scenario;
  const result = evaluateScenario(scenario);

  it('keeps at least 95 % of loaded sites and of links below saturation', () => {
    const loaded = result.sites.ids.map((_, i) => i).filter((i) => result.sites.utilisation[i] > 0);
    expect(loaded.filter((i) => result.sites.saturated[i] === 0).length / loaded.length).toBeGreaterThanOrEqual(0.95);
    const links = result.links.saturated;
    expect(links.filter((saturated) => saturated === 0).length / links.length).toBeGreaterThanOrEqual(0.95);
  });

  it('routes every workload: none is unreachable or without compute', () => {
    expect(result.workloads.filter((w) => w.status === 'unreachable' || w.status === 'noCompute')).toEqual([]);
  });
});
