import { getContext, setContext } from 'svelte';
import { formatError, type ValidationError } from '../../engine/scenario/errors';
import type { Scenario } from '../../engine/scenario/schema';
import { parseScenarioJson, validateScenario } from '../../engine/scenario/validate';
import type { EvaluationResult, LinkResult, ResilienceReport, SiteResult } from '../../engine/result';
import { linkResultAt, rowIndexById, siteResultAt } from '../../engine/resultColumns';
import { EngineClient } from '../../worker/engineClient';
import { presetUrl } from './presets';

export type Selection =
  | { readonly kind: 'site'; readonly id: string }
  | { readonly kind: 'link'; readonly id: string }
  | { readonly kind: 'workload'; readonly id: string };

export interface Notice {
  readonly tone: 'info' | 'error';
  readonly text: string;
}

/** Operations the canvas offers the rest of the page once it is mounted. */
export interface CanvasApi {
  viewportCentre(): { x: number; y: number };
  fitView(): void;
}

const EMPTY_SCENARIO: Scenario = { schemaVersion: 1, name: 'Untitled scenario', sites: [], links: [], workloads: [] };

/**
 * The page's state: the scenario document (the single source of truth), what
 * is selected, and the latest evaluation from the worker. Every edit goes
 * through `edit`, which validates before anything changes.
 */
export class AppState {
  scenario = $state.raw<Scenario>(EMPTY_SCENARIO);
  selection = $state.raw<Selection | null>(null);
  result = $state.raw<EvaluationResult | null>(null);
  /** Row of each link and site id in the result's columns, rebuilt once per result. */
  readonly #linkRows = $derived(rowIndexById(this.result?.links.ids ?? []));
  readonly #siteRows = $derived(rowIndexById(this.result?.sites.ids ?? []));
  /** Why the engine refused the latest document, if it did. */
  engineErrors = $state.raw<readonly ValidationError[]>([]);
  engineFailure = $state<string | null>(null);
  engineMs = $state<number | null>(null);
  /** The latest N−1 analysis, and the document it was made for (stale while they differ). */
  resilience = $state.raw<ResilienceReport | null>(null);
  resilienceDocument = $state.raw<unknown>(null);
  /** Whether every evaluation also samples the latency distribution to check the closed forms. */
  monteCarlo = $state(false);
  evaluating = $state(false);
  notice = $state.raw<Notice | null>(null);
  theme = $state<'light' | 'dark'>('light');
  canvas: CanvasApi | null = null;
  /** Incremented on every whole-document load, so the canvas knows to fit the view. */
  loadCount = $state(0);

  #client: EngineClient | null = null;
  #noticeTimer: ReturnType<typeof setTimeout> | undefined;

  /** The latest figures for a link, if the result has it. */
  linkResult(id: string): LinkResult | undefined {
    const row = this.#linkRows.get(id);
    return row === undefined || this.result === null ? undefined : linkResultAt(this.result.links, row);
  }

  /** The latest figures for a site, if the result has it. */
  siteResult(id: string): SiteResult | undefined {
    const row = this.#siteRows.get(id);
    return row === undefined || this.result === null ? undefined : siteResultAt(this.result.sites, row);
  }

  start(): void {
    this.#client = new EngineClient({
      onResponse: (response) => {
        this.evaluating = false;
        this.engineFailure = null;
        if (response.ok) {
          this.result = response.result;
          this.engineErrors = [];
          this.engineMs = response.engineMs;
        } else {
          this.engineErrors = response.errors;
        }
      },
      onResilience: (response, document) => {
        if (!response.ok) return;
        this.resilience = response.report;
        this.resilienceDocument = document;
      },
      onFailure: (message) => {
        this.evaluating = false;
        this.engineFailure = message;
      },
    });
    this.#requestEvaluation();
  }

  stop(): void {
    this.#client?.terminate();
  }

  /** Applies an edited document if it is valid; otherwise keeps the current one and returns why not. */
  edit(next: Scenario): readonly ValidationError[] {
    const checked = validateScenario(next);
    if (!checked.ok) return checked.errors;
    this.scenario = checked.scenario;
    this.#requestEvaluation();
    return [];
  }

  /** Replaces the whole document (a preset or an imported file), validating it first. */
  load(document: unknown, origin: string): boolean {
    const checked = validateScenario(document);
    if (!checked.ok) {
      this.say('error', `${origin} was not loaded: ${checked.errors.slice(0, 3).map(formatError).join('; ')}`);
      return false;
    }
    this.scenario = checked.scenario;
    this.selection = null;
    this.result = null;
    this.resilience = null;
    this.loadCount++;
    this.#requestEvaluation();
    return true;
  }

  async loadPreset(id: string): Promise<void> {
    try {
      const response = await fetch(presetUrl(id));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const parsed = parseScenarioJson(await response.text());
      if (!parsed.ok) {
        this.say('error', `Preset ${id} is damaged: ${parsed.errors.slice(0, 3).map(formatError).join('; ')}`);
        return;
      }
      this.load(parsed.scenario, `Preset ${id}`);
    } catch (error) {
      this.say('error', `Preset ${id} could not be fetched: ${(error as Error).message}`);
    }
  }

  select(selection: Selection | null): void {
    this.selection = selection;
  }

  say(tone: Notice['tone'], text: string): void {
    this.notice = { tone, text };
    clearTimeout(this.#noticeTimer);
    this.#noticeTimer = setTimeout(() => (this.notice = null), tone === 'error' ? 9000 : 5000);
  }

  setMonteCarlo(on: boolean): void {
    this.monteCarlo = on;
    this.#requestEvaluation();
  }

  #requestEvaluation(): void {
    if (this.#client === null) return;
    this.evaluating = true;
    this.#client.request(this.scenario, this.monteCarlo ? { monteCarlo: { samples: 20_000, seed: 1 } } : {});
  }
}

const KEY = Symbol('tierscape-app');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  return getContext<AppState>(KEY);
}
