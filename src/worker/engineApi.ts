import { evaluateScenario } from '../engine/evaluate/evaluate';
import type { EvaluateOptions } from '../engine/evaluate/options';
import { resilienceSweep } from '../engine/evaluate/resilience';
import { validateScenario } from '../engine/scenario/validate';
import { headlineMetrics } from '../engine/whatif/metrics';
import { sensitivity, type SensitivityMetricKey } from '../engine/whatif/sensitivity';
import { strategyScenarios } from '../engine/whatif/strategies';
import { applyPlacement, optimisePlacement, paretoPlacements } from '../engine/optimise';
import type { Objective } from '../engine/optimise/types';
import { applyPlacements, optimisePlacements } from '../engine/placementMilp';
import type { PlacementObjective } from '../engine/placementMilp/types';
import type { ValidationError } from '../engine/scenario/errors';
import type { Scenario } from '../engine/scenario/schema';
import type {
  ComparedVariant,
  CompareResponse,
  EngineApi,
  EvaluateResponse,
  ResilienceResponse,
  SensitivityResponse,
  StrategiesResponse,
  OptimiseResponse,
  ParetoResponse,
  OptimiseAllResponse,
} from './protocol';

/** A valid document and the index of one of its workloads, or why not. */
function workloadOf(
  document: unknown,
  workloadId: string,
): { ok: true; scenario: Scenario; index: number } | { ok: false; errors: readonly ValidationError[] } {
  const checked = validateScenario(document);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const index = checked.scenario.workloads.findIndex((w) => w.id === workloadId);
  if (index < 0) return { ok: false, errors: [{ path: 'workloadId', message: `no workload "${workloadId}" in the scenario` }] };
  return { ok: true, scenario: checked.scenario, index };
}

/** Where the worker finds HiGHS's WebAssembly (set by the worker entry, which knows the bundled URL); Node finds it itself. */
let highsWasmUrl: string | undefined;
export function setHighsWasmUrl(url: string): void {
  highsWasmUrl = url;
}

const hasFailures = (options: EvaluateOptions) => (options.failed?.linkIds?.length ?? 0) > 0 || (options.failed?.siteIds?.length ?? 0) > 0;

function compareOne(document: unknown): ComparedVariant {
  const checked = validateScenario(document);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const result = evaluateScenario(checked.scenario, { whatIfs: false });
  const metrics = headlineMetrics(checked.scenario, result, resilienceSweep(checked.scenario));
  const workloads = result.workloads.map((w) => ({ id: w.id, name: w.name, p95Ms: w.p95Ms, meetsObjective: w.meetsObjective }));
  return { ok: true, metrics, workloads };
}

/**
 * The engine behind the worker boundary. Every document is validated here
 * too: the worker is an entry point like any other.
 */
export const engineApi: EngineApi = {
  evaluate(document: unknown, options: EvaluateOptions = {}): EvaluateResponse {
    const started = performance.now();
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const result = evaluateScenario(checked.scenario, options);
    const intact = hasFailures(options) ? evaluateScenario(checked.scenario, { ...options, failed: undefined }) : null;
    return { ok: true, result, intact, engineMs: performance.now() - started };
  },
  resilience(document: unknown): ResilienceResponse {
    const started = performance.now();
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    return { ok: true, report: resilienceSweep(checked.scenario), engineMs: performance.now() - started };
  },
  compare(documents: readonly unknown[]): CompareResponse {
    const started = performance.now();
    return { variants: documents.map(compareOne), engineMs: performance.now() - started };
  },
  sensitivity(document: unknown, metric: SensitivityMetricKey, fraction: number, maxAssumptions?: number): SensitivityResponse {
    const started = performance.now();
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    return {
      ok: true,
      report: sensitivity(checked.scenario, metric, fraction, maxAssumptions === undefined ? {} : { maxAssumptions }),
      engineMs: performance.now() - started,
    };
  },
  strategies(document: unknown): StrategiesResponse {
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    return { ok: true, strategies: strategyScenarios(checked.scenario) };
  },
  optimise(document: unknown, workloadId: string, objective: Objective): OptimiseResponse {
    const started = performance.now();
    const found = workloadOf(document, workloadId);
    if (!found.ok) return found;
    const result = optimisePlacement(found.scenario, found.index, { objective });
    const proposal = result.status === 'optimal' ? applyPlacement(found.scenario, found.index, result.placement) : null;
    return { ok: true, result, proposal, engineMs: performance.now() - started };
  },
  pareto(document: unknown, workloadId: string): ParetoResponse {
    const started = performance.now();
    const found = workloadOf(document, workloadId);
    if (!found.ok) return found;
    return { ok: true, result: paretoPlacements(found.scenario, found.index, { cap: 2000 }), engineMs: performance.now() - started };
  },
  async optimiseAll(document: unknown, objective: PlacementObjective): Promise<OptimiseAllResponse> {
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const url = highsWasmUrl;
    const result = await optimisePlacements(checked.scenario, { objective }, url === undefined ? {} : { locateFile: () => url });
    const proposal = result.status === 'optimal' && result.placement !== null ? applyPlacements(checked.scenario, result.placement) : null;
    return { ok: true, result, proposal };
  },
};
