import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine';
import { expectAllFinite, expectClose } from '../../helpers/approx';
import { twoSiteScenario } from '../../fixtures/twoSite';
import { linkResultAt, linkRows, siteResultAt, siteRows } from '../../../../src/engine/resultColumns';

// The two-site fixture puts 10 Mbit/s on its link and 10 requests/s on one L4.

describe('evaluateScenario: a link pushed past capacity', () => {
  const result = evaluateScenario(twoSiteScenario({ capacityMbps: 5 }));
  const w = result.workloads[0];

  it('is reported saturated at its load ÷ capacity', () => {
    expect(linkResultAt(result.links, 0).saturated).toBe(true);
    expectClose(linkResultAt(result.links, 0).utilisation, 2, 1e-12);
  });

  it("gives the workload status 'saturated', names the link, and has no mean or p95 rather than Infinity", () => {
    expect(w.status).toBe('saturated');
    expect(w.problem).toContain('uplink');
    expect(w.meanMs).toBeNull();
    expect(w.p95Ms).toBeNull();
    expect(w.meetsObjective).toBe(false);
  });

  it('warns about the link by id', () => {
    expect(result.warnings).toContainEqual(expect.objectContaining({ kind: 'saturation', elementIds: ['uplink'] }));
  });

  it('holds no NaN or Infinity anywhere, so it survives postMessage and JSON (as rows) unchanged', () => {
    expectAllFinite(result);
    expect(structuredClone(result)).toEqual(result);
    const rows = { ...result, links: linkRows(result.links), sites: siteRows(result.sites) };
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });
});

describe('evaluateScenario: a link at exactly its capacity', () => {
  it('is saturated, since an M/M/1 queue at ρ = 1 has no steady state', () => {
    const result = evaluateScenario(twoSiteScenario({ capacityMbps: 10 }));
    expect(linkResultAt(result.links, 0).saturated).toBe(true);
    expect(result.workloads[0].status).toBe('saturated');
  });
});

describe('evaluateScenario: compute pushed past capacity', () => {
  // 3,630 GFLOP takes 100 ms on the L4; 10 requests/s make ρ = 1.
  const result = evaluateScenario(twoSiteScenario({ gflopsPerRequest: 3630 }));

  it('marks the site saturated and the workload saturated, with null times', () => {
    expect(siteResultAt(result.sites, 1)).toMatchObject({ id: 'dc', saturated: true });
    expectClose(siteResultAt(result.sites, 1).utilisation, 1, 1e-12);
    expect(result.workloads[0]).toMatchObject({ status: 'saturated', meanMs: null, p95Ms: null });
    expect(result.warnings).toContainEqual(expect.objectContaining({ kind: 'saturation', elementIds: ['dc'] }));
  });

  it('still costs the site at full power, finitely', () => {
    expectAllFinite(result);
    expect(siteResultAt(result.sites, 1).itPowerKw).toBeCloseTo(0.072, 12);
  });
});
