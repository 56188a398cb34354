import { describe, expect, it } from 'vitest';
import { applyPlacement, candidateSites, OptimiseInputError, optimisePlacement } from '../../../../src/engine/optimise';
import { tiedDiamond } from './fixtures';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

describe('applyPlacement(scenario, workloadIndex, placement)', () => {
  it('returns a new document with only that workload’s stages moved, leaving the input as it was', () => {
    const doc = tiedDiamond();
    const before = JSON.stringify(doc);
    const moved = applyPlacement(doc, 0, ['a', 'b', 't']);
    expect(JSON.stringify(doc)).toBe(before);
    expect(moved.workloads[0].stages.map((s) => s.siteId)).toEqual(['a', 'b', 't']);
    expect(moved.workloads[0].stages.map((s) => s.id)).toEqual(doc.workloads[0].stages.map((s) => s.id));
    expect(moved.sites).toBe(doc.sites);
    expect(moved.links).toBe(doc.links);
  });

  it('refuses a placement of the wrong length, an unknown site or an unknown workload, by type', () => {
    const doc = tiedDiamond();
    expect(() => applyPlacement(doc, 0, ['a'])).toThrow(OptimiseInputError);
    expect(() => applyPlacement(doc, 0, ['a', 'b', 'nowhere'])).toThrow(OptimiseInputError);
    expect(() => applyPlacement(doc, 5, ['a', 'b', 't'])).toThrow(OptimiseInputError);
    expect(() => optimisePlacement(doc, 5, { objective: 'cost' })).toThrow(OptimiseInputError);
  });
});

describe('candidateSites(scenario, workloadIndex, restrict)', () => {
  const doc = scenario({
    sites: [
      site('phones', 'device', { deviceCount: 2 }),
      site('router', 'farEdge'),
      site('gpu', 'nearEdge', { compute: { acceleratorId: 'l4', count: 2 } }),
      site('empty', 'nearEdge', { compute: { acceleratorId: 'l4', count: 0 } }),
    ],
    links: [link('l1', 'phones', 'router', 'wifi-6', 100), link('l2', 'router', 'gpu', 'metro-fibre', 100)],
    workloads: [workload('w', 'phones', [stage('work', 'gpu', { gflopsPerRequest: 5 }), stage('relay', 'router')])],
  });

  it('gives a stage with work the sites with accelerators, and a stage without work any site', () => {
    expect(candidateSites(doc, 0).map((list) => Array.from(list))).toEqual([[2], [0, 1, 2, 3]]);
  });

  it('narrows them to a caller’s list, never adding a site without an accelerator to a stage with work', () => {
    expect(candidateSites(doc, 0, [['router', 'gpu'], ['router']]).map((list) => Array.from(list))).toEqual([[2], [1]]);
    expect(() => candidateSites(doc, 0, [['nowhere'], null])).toThrow(OptimiseInputError);
    expect(() => candidateSites(doc, 0, [null])).toThrow(OptimiseInputError);
  });

  it('makes a stage with no candidate the binding constraint', () => {
    const r = optimisePlacement(doc, 0, { objective: 'cost', candidates: [['router'], null] });
    expect(r.status === 'infeasible' && r.bindingConstraint).toEqual({
      kind: 'noCandidate',
      message: 'no candidate site for stage work: no site that it may use has an accelerator',
    });
  });
});
