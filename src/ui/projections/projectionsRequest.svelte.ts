import { formatError } from '../../engine/scenario/errors';
import type { Projections } from '../../engine/projections/types';
import type { Scenario } from '../../engine/scenario/schema';
import type { AppState } from '../state/app.svelte';
import { JobCancelled } from '../../worker/engineClient';
import type { ProjectionsResponse } from '../../worker/protocol';

/** Quiet time after the last change before the worker is asked, ms: a slider drag sends one request, not fifty. */
export const PROJECTIONS_DEBOUNCE_MS = 150;

/**
 * Asks the engine worker for the projections of a scenario, debounced; the
 * latest request wins and the previous projections stay until its answer
 * comes, so the charts never blank while the slider moves.
 */
export class ProjectionsRequest {
  projections = $state.raw<Projections | null>(null);
  error = $state<string | null>(null);
  busy = $state(false);
  readonly #app: AppState;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sequence = 0;

  constructor(app: AppState) {
    this.#app = app;
  }

  ask(scenario: Scenario, horizonYear: number, userGrowthPerYear: number): void {
    clearTimeout(this.#timer);
    this.busy = true;
    this.#timer = setTimeout(() => void this.#send(scenario, horizonYear, userGrowthPerYear), PROJECTIONS_DEBOUNCE_MS);
  }

  async #send(scenario: Scenario, horizonYear: number, userGrowthPerYear: number): Promise<void> {
    const sequence = ++this.#sequence;
    try {
      const answer = await this.#app.runInEngine<ProjectionsResponse>(
        (api) => api.projections(scenario, { horizonYear, userGrowthPerYear }) as Promise<ProjectionsResponse>,
      );
      if (sequence !== this.#sequence) return;
      if (answer.ok) {
        this.projections = answer.projections;
        this.error = null;
      } else {
        this.error = `The projections could not be made: ${answer.errors.slice(0, 3).map(formatError).join('; ')}`;
      }
    } catch (error) {
      if (sequence !== this.#sequence) return;
      this.error = error instanceof JobCancelled ? 'The projections were stopped.' : `The engine failed: ${(error as Error).message}`;
    } finally {
      if (sequence === this.#sequence) this.busy = false;
    }
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#sequence++;
  }
}
