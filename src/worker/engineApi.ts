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
import { checkProjectionOptions, projectScenario } from '../engine/projections';
import type { Scenario } from '../engine/scenario/schema';
import type {
  Answer,
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
  ProjectionsResponse,
  StoryResponse,
} from './protocol';
import { checkStoryInput, runStory } from '../engine/story';
import { applyDocumentPatch, NO_DOCUMENT_TO_PATCH, type DocumentPatch } from './documentPatch';

/** Validates the document, then answers with what `work` makes of it; a refused document gets its errors. */
function answer<T extends object>(document: unknown, work: (scenario: Scenario) => T): Answer<T> {
  const checked = validateScenario(document);
  return checked.ok ? { ok: true, ...work(checked.scenario) } : { ok: false, errors: checked.errors };
}

/** As answer, for a request about one workload of the document, named by id. */
function answerForWorkload<T extends object>(
  document: unknown,
  workloadId: string,
  work: (scenario: Scenario, index: number) => T,
): Answer<T> {
  const checked = validateScenario(document);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const index = checked.scenario.workloads.findIndex((w) => w.id === workloadId);
  if (index < 0) return { ok: false, errors: [{ path: 'workloadId', message: `no workload "${workloadId}" in the scenario` }] };
  return { ok: true, ...work(checked.scenario, index) };
}

/** The document the last `evaluate` was asked about, as sent: what `evaluatePatch` changes. */
let lastEvaluated: Record<string, unknown> | null = null;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A patch is outside input like any document: check its shape before using it. */
const isPatch = (value: unknown): value is DocumentPatch =>
  isPlainObject(value) && isPlainObject(value.set) && Array.isArray(value.removed) && value.removed.every((key) => typeof key === 'string');

/** Milliseconds since `started`, for the answer's engineMs. */
const since = (started: number) => performance.now() - started;

/** Where the worker finds HiGHS's WebAssembly (set by the worker entry, which knows the bundled URL); Node finds it itself. */
let highsWasmUrl: string | undefined;
export function setHighsWasmUrl(url: string): void {
  highsWasmUrl = url;
}

const hasFailures = (options: EvaluateOptions) => (options.failed?.linkIds?.length ?? 0) > 0 || (options.failed?.siteIds?.length ?? 0) > 0;

function compareOne(document: unknown): ComparedVariant {
  return answer(document, (scenario) => {
    const result = evaluateScenario(scenario, { whatIfs: false });
    return {
      metrics: headlineMetrics(scenario, result, resilienceSweep(scenario)),
      workloads: result.workloads.map((w) => ({ id: w.id, name: w.name, p95Ms: w.p95Ms, meetsObjective: w.meetsObjective })),
    };
  });
}

/**
 * The engine behind the worker boundary. Every document is validated here
 * too: the worker is an entry point like any other.
 */
export const engineApi: EngineApi = {
  evaluate(document: unknown, options: EvaluateOptions = {}): EvaluateResponse {
    lastEvaluated = isPlainObject(document) ? document : null;
    const started = performance.now();
    return answer(document, (scenario) => ({
      result: evaluateScenario(scenario, options),
      intact: hasFailures(options) ? evaluateScenario(scenario, { ...options, failed: undefined }) : null,
      engineMs: since(started),
    }));
  },
  evaluatePatch(patch: DocumentPatch, options: EvaluateOptions = {}): EvaluateResponse {
    if (lastEvaluated === null || !isPatch(patch))
      return {
        ok: false,
        errors: [{ path: NO_DOCUMENT_TO_PATCH, message: 'no document to apply the changes to: send the whole document' }],
      };
    return engineApi.evaluate(applyDocumentPatch(lastEvaluated, patch), options);
  },
  resilience(document: unknown): ResilienceResponse {
    const started = performance.now();
    return answer(document, (scenario) => ({ report: resilienceSweep(scenario), engineMs: since(started) }));
  },
  compare(documents: readonly unknown[]): CompareResponse {
    const started = performance.now();
    return { variants: documents.map(compareOne), engineMs: since(started) };
  },
  sensitivity(document: unknown, metric: SensitivityMetricKey, fraction: number, maxAssumptions?: number): SensitivityResponse {
    const started = performance.now();
    return answer(document, (scenario) => ({
      report: sensitivity(scenario, metric, fraction, maxAssumptions === undefined ? {} : { maxAssumptions }),
      engineMs: since(started),
    }));
  },
  strategies(document: unknown): StrategiesResponse {
    return answer(document, (scenario) => ({ strategies: strategyScenarios(scenario) }));
  },
  optimise(document: unknown, workloadId: string, objective: Objective): OptimiseResponse {
    const started = performance.now();
    return answerForWorkload(document, workloadId, (scenario, index) => {
      const result = optimisePlacement(scenario, index, { objective });
      const proposal = result.status === 'optimal' ? applyPlacement(scenario, index, result.placement) : null;
      return { result, proposal, engineMs: since(started) };
    });
  },
  pareto(document: unknown, workloadId: string): ParetoResponse {
    const started = performance.now();
    return answerForWorkload(document, workloadId, (scenario, index) => ({
      result: paretoPlacements(scenario, index, { cap: 2000 }),
      engineMs: since(started),
    }));
  },
  async optimiseAll(document: unknown, objective: PlacementObjective): Promise<OptimiseAllResponse> {
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const url = highsWasmUrl;
    const result = await optimisePlacements(checked.scenario, { objective }, url === undefined ? {} : { locateFile: () => url });
    const proposal = result.status === 'optimal' && result.placement !== null ? applyPlacements(checked.scenario, result.placement) : null;
    return { ok: true, result, proposal };
  },
  projections(document: unknown, options: unknown): ProjectionsResponse {
    const started = performance.now();
    const checked = checkProjectionOptions(options);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    return answer(document, (scenario) => ({ projections: projectScenario(scenario, checked.options), engineMs: since(started) }));
  },
  story(request: unknown): StoryResponse {
    const started = performance.now();
    const checked = checkStoryInput(request);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    return { ok: true, story: runStory(checked.input), engineMs: since(started) };
  },
};
