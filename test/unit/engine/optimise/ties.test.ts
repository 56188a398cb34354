import { describe, expect, it } from 'vitest';
import { evaluateScenario, type Scenario } from '../../../../src/engine';
import { bruteForcePlacement, optimisePlacement } from '../../../../src/engine/optimise';
import { otherFromDevices, tiedDiamond } from './fixtures';
import { close, engineSays, evaluatorSays, problemFor } from './helpers';

/*
 * Between equally short paths the engine's route depends on how it groups a
 * hop with others from the same site (A* alone, Dijkstra with others). The
 * evaluator must follow it: every placement of the diamond's workload is
 * compared with evaluateScenario, and the branch and bound with brute force.
 */

function everyPlacement(scenario: Scenario, lists: readonly Int32Array[]): Int32Array[] {
  let out: number[][] = [[]];
  for (const list of lists) out = out.flatMap((prefix) => Array.from(list, (site) => [...prefix, site]));
  return out.map((p) => Int32Array.from(p));
}

/** Name, scenario, how it is evaluated, and the paths the hop from the devices to t takes over all placements. */
const cases: [string, Scenario, 'incremental' | 'full', string[]][] = [
  ['the workload alone', tiedDiamond(), 'incremental', ['sa>at', 'sb>bt']],
  [
    'another workload from the devices to b (their search always has two targets)',
    tiedDiamond([otherFromDevices('v', 'b')]),
    'incremental',
    ['sb>bt'],
  ],
  [
    'another workload from the devices alone to t (its own route may switch)',
    tiedDiamond([otherFromDevices('v', 't')]),
    'full',
    ['sa>at', 'sb>bt'],
  ],
];

describe.each(cases)('tied routes, %s', (_, scenario, evaluation, paths) => {
  const prep = problemFor(scenario, 0);

  it(`is evaluated ${evaluation === 'full' ? 'by whole runs' : 'incrementally'}`, () => {
    expect(prep.fullEvaluationReason === null ? 'incremental' : 'full').toBe(evaluation);
  });

  it('gives every placement the figures and verdict of evaluateScenario', () => {
    const before = evaluateScenario(scenario, { whatIfs: false });
    const routes = new Set<string>();
    for (const placement of everyPlacement(scenario, prep.problem.candidates)) {
      const ids = Array.from(placement, (i) => scenario.sites[i].id);
      const ours = evaluatorSays(prep, placement);
      const engine = engineSays(scenario, 0, ids, before);
      for (const key of ['p95Ms', 'costUsdPerMonth', 'energyKwhPerMonth'] as const) {
        expect(close(ours.figures[key], engine.figures[key]), `${ids.join(',')}: ${key}`).toBe(true);
      }
      expect(ours.feasible, ids.join(',')).toBe(engine.feasible);
      const first = engine.result.workloads[0].segments[0];
      if (ids[0] === 't') routes.add(first.links.map((l) => l.linkId).join('>'));
    }
    // The tied paths the engine takes: with the workload alone, both, so the case is really exercised.
    expect([...routes].sort()).toEqual(paths);
  });

  it.each(['cost', 'latency', 'energy'] as const)('finds the brute-force optimum for %s', (objective) => {
    const bb = optimisePlacement(scenario, 0, { objective });
    const bf = bruteForcePlacement(scenario, 0, { objective });
    expect(bb.status).toBe('optimal');
    expect(bb.status === 'optimal' && [bb.placement, bb.values]).toEqual(bf.status === 'optimal' && [bf.placement, bf.values]);
  });
});
