import { getContext, setContext } from 'svelte';
import { formatError, type ValidationError } from '../../engine/scenario/errors';
import type { Scenario } from '../../engine/scenario/schema';
import { parseScenarioJson, validateScenario } from '../../engine/scenario/validate';
import type { EvaluationResult, LinkResult, ResilienceReport, SiteResult } from '../../engine/result';
import { linkResultAt, rowIndexById, siteResultAt } from '../../engine/resultColumns';
import { EngineClient, JobCancelled } from '../../worker/engineClient';
import type { CompareResponse, EngineApi, StrategiesResponse } from '../../worker/protocol';
import type { StrategyId } from '../../engine/whatif/strategies';
import type { Remote } from 'comlink';
import { DriversSchema, type Drivers } from '../../engine/scenario/schema';
import * as v from 'valibot';
import { diffScenarios, type ScenarioDiff } from '../../document/diff';
import { VariantStore } from './variants.svelte';
import { indexById, stagesBySite } from './indexes';
import { EditTiming } from '../perf/editTiming';
import { heatLevels, type HeatLevel } from '../whatif/heat';
import { disconnectedWorkloads, reroutedLinks } from '../whatif/failures';
import { presetUrl } from './presets';
import { History } from '../../document/history';
import type { Workspace } from '../../document/workspace';
import { Autosave, type SaveStatus } from './autosave';
import type { Template } from '../../document/templates/readTemplate';
import { fetchTemplate } from './templates';

/** The views the centre column can show. */
export type CentreView = 'topology' | 'map' | 'projections';

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
  /** The whole topology as a PNG or SVG data: URL. */
  image(kind: 'png' | 'svg'): Promise<string>;
}

/**
 * Edits typed into one text field (a number in the inspector, digit by
 * digit) are one undo step: they share a key while that field has focus.
 */
function focusedFieldKey(): string | null {
  const focused = typeof document === 'undefined' ? null : document.activeElement;
  return focused instanceof HTMLInputElement && focused.type === 'text' && focused.id !== '' ? `field:${focused.id}` : null;
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
  /** With failures injected: the result with nothing failed, to show their impact against. */
  intactResult = $state.raw<EvaluationResult | null>(null);
  /** Links and sites failed by hand, for a what-if: evaluation only, the document keeps them. */
  failedLinkIds = $state.raw<readonly string[]>([]);
  failedSiteIds = $state.raw<readonly string[]>([]);
  /** When on, clicking a link or site on the canvas fails it (or restores it) instead of selecting it. */
  failureMode = $state(false);
  /** Colour the canvas by how much each element's failure hurts (from the N−1 report). */
  heatMap = $state(false);
  readonly variants = new VariantStore();
  /** The latest side-by-side figures, and the documents they were for. */
  comparison = $state.raw<CompareResponse | null>(null);
  comparisonDocuments = $state.raw<readonly unknown[]>([]);
  /** What the active variant changes against the baseline; null on the baseline itself. */
  readonly diff = $derived<ScenarioDiff | null>(
    this.variants.baseline === null || this.variants.activeId === this.variants.baselineId
      ? null
      : diffScenarios(this.variants.baseline.scenario, this.scenario),
  );
  // The document's parts as their own signals: a derived that returns the same array notifies
  // nothing, so a slider that only changes the drivers leaves the canvas's sites and links alone.
  readonly sites = $derived(this.scenario.sites);
  readonly links = $derived(this.scenario.links);
  readonly workloads = $derived(this.scenario.workloads);
  /** Above this many links, quiet links go unlabelled on the canvas. */
  readonly manyLinks = $derived(this.links.length > 120);
  readonly siteById = $derived(indexById(this.sites));
  readonly linkById = $derived(indexById(this.links));
  /** Each site's stage badges: every stage placed there, with its workload and their indices. */
  readonly stagesBySite = $derived(stagesBySite(this.workloads));
  /** Each workload's latest result by id. */
  readonly workloadResults = $derived(indexById(this.result?.workloads ?? []));
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
  readonly heat = $derived<ReadonlyMap<string, HeatLevel> | null>(this.heatMap ? heatLevels(this.resilience) : null);
  readonly reroutedLinkIds = $derived(reroutedLinks(this.result, this.intactResult));
  readonly disconnectedWorkloadIds = $derived(disconnectedWorkloads(this.result, this.intactResult));
  /** Whether every evaluation also samples the latency distribution to check the closed forms. */
  monteCarlo = $state(false);
  evaluating = $state(false);
  notice = $state.raw<Notice | null>(null);
  theme = $state<'light' | 'dark'>('light');
  /** An embedded read-only view (`?embed&readonly`, see ui/embed/config.ts): the canvas and inspector offer no editing. */
  readOnly = $state(false);
  canvas: CanvasApi | null = null;
  /** Incremented on every whole-document load, so the canvas knows to fit the view. */
  loadCount = $state(0);
  /** Whether the last autosave worked, failed (and why), or none has happened yet. */
  /** What the centre column shows: the topology canvas, the map, or the Projections charts. A view setting, not part of the document. */
  centreView = $state<CentreView>('topology');
  /** The template gallery: shown as the start screen on a first visit, or opened to browse. */
  gallery = $state<'start' | 'browse' | null>(null);
  /** The keyboard shortcuts overlay. */
  helpOpen = $state(false);
  /** Whether the presentation mode is showing. */
  presenting = $state(false);
  /** The template the workspace was opened from, whose story the presentation tells (null: none opened this session). */
  template = $state.raw<Template | null>(null);
  saveStatus = $state.raw<SaveStatus>({ kind: 'idle' });
  canUndo = $state(false);
  canRedo = $state(false);
  readonly #history: History<Workspace>;
  #autosave: Autosave | null = null;

  #client: EngineClient | null = null;
  #noticeTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #timing = new EditTiming();

  constructor() {
    this.variants.reset(this.scenario);
    this.#history = new History(this.#workspace());
  }

  /** The workspace as it is now: an immutable snapshot sharing every document with the live state. */
  #workspace(): Workspace {
    const { variants, activeId, baselineId, comparedIds } = this.variants;
    return { variants, activeId, baselineId, comparedIds };
  }

  /** Makes the workspace as it is now an undo step (merged with the last one while `coalesceKey` repeats) and saves it soon. */
  #record(coalesceKey: string | null = null): void {
    this.#history.push(this.#workspace(), coalesceKey);
    this.#afterHistory();
  }

  /** Keeps a change that is no undo step of its own (which variant is shown) in the present, and saves it. */
  #amend(): void {
    this.#history.amend(this.#workspace());
    this.#afterHistory();
  }

  #afterHistory(): void {
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
    this.#autosave?.schedule(this.#history.present);
  }

  /** Keeps the workspace in this storage from now on (not in an embedded view, whose host owns the document). */
  enableAutosave(storage: () => Storage): Autosave {
    this.#autosave = new Autosave(storage, (status) => {
      this.saveStatus = status;
      if (status.kind === 'failed') this.say('error', status.message);
    });
    return this.#autosave;
  }

  /** Writes any pending autosave at once (the page is being hidden or closed). */
  flushAutosave(): void {
    this.#autosave?.flush();
  }

  undo(): void {
    const workspace = this.#history.undo();
    if (workspace !== null) this.#show(workspace);
  }

  redo(): void {
    const workspace = this.#history.redo();
    if (workspace !== null) this.#show(workspace);
  }

  /** Makes what is on screen the start of the history: nothing to undo before it (the first preset of a session). */
  startHistoryHere(): void {
    this.#history.reset(this.#workspace());
    this.#afterHistory();
  }

  /** Opens a saved workspace as the start of a session: nothing to undo before it. */
  restoreWorkspace(workspace: Workspace): void {
    this.#history.reset(workspace);
    this.#show(workspace);
    this.loadCount++;
  }

  /** Puts a workspace from the history (or storage) on screen. */
  #show(workspace: Workspace): void {
    this.variants.variants = workspace.variants;
    this.variants.activeId = workspace.activeId;
    this.variants.baselineId = workspace.baselineId;
    this.variants.comparedIds = workspace.comparedIds;
    const active = workspace.variants.find((v) => v.id === workspace.activeId) ?? workspace.variants[0];
    this.scenario = active.scenario;
    if (this.selection !== null && !this.#selectionExists(this.selection)) this.selection = null;
    this.#clearFailures();
    this.#afterHistory();
    this.#requestEvaluation();
  }

  #selectionExists(selection: Selection): boolean {
    const { kind, id } = selection;
    const list = kind === 'site' ? this.scenario.sites : kind === 'link' ? this.scenario.links : this.scenario.workloads;
    return list.some((x) => x.id === id);
  }

  /** A link's latest utilisation (0 before any result): a number, so unchanged values notify nothing. */
  linkUtilisation(id: string): number {
    const row = this.#linkRows.get(id);
    return row === undefined || this.result === null ? 0 : this.result.links.utilisation[row];
  }

  /** A site's latest accelerator utilisation (0 before any result). */
  siteUtilisation(id: string): number {
    const row = this.#siteRows.get(id);
    return row === undefined || this.result === null ? 0 : this.result.sites.utilisation[row];
  }

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
      onResponse: (response, document, newerWaiting) => {
        // An intermediate answer (a drag moves on) is shown, but the engine is not done.
        this.evaluating = newerWaiting;
        this.engineFailure = null;
        if (response.ok) {
          this.result = response.result;
          this.intactResult = response.intact;
          this.#timing.shown(document);
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
      onComparison: (response, documents) => {
        this.comparison = response;
        this.comparisonDocuments = documents;
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
  edit(next: Scenario, coalesceKey: string | null = null): readonly ValidationError[] {
    const checked = validateScenario(next);
    if (!checked.ok) return checked.errors;
    // Keep the edited document itself, not the validator's copy: edits share every part they
    // did not change, so sites, links and workloads keep their identity and the canvas and
    // lists that depend only on them are not redrawn (a driver slider changes none of them).
    this.#apply(next, coalesceKey ?? focusedFieldKey());
    return [];
  }

  /** Makes a validated document the current one, records it for undo, and asks for its evaluation. */
  #apply(next: Scenario, coalesceKey: string | null): void {
    this.scenario = next;
    this.#timing.edited(this.scenario);
    this.variants.updateActive(this.scenario);
    this.#record(coalesceKey);
    this.#requestEvaluation();
  }

  /**
   * Sets some what-if drivers (a slider moved); an unset driver keeps its
   * default. Only the drivers are validated: the rest of the document is the
   * valid one already in place, and a slider sends dozens of these a second.
   */
  setDrivers(patch: Partial<Drivers>): readonly ValidationError[] {
    const merged: Record<string, unknown> = { ...this.scenario.drivers, ...patch };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    const checked = v.safeParse(DriversSchema, merged);
    if (!checked.success) return checked.issues.map((issue) => ({ path: `drivers.${v.getDotPath(issue) ?? ''}`, message: issue.message }));
    // A drag of one slider is one undo step.
    this.#apply({ ...this.scenario, drivers: merged as Drivers }, `drivers:${Object.keys(patch).sort().join(',')}`);
    return [];
  }

  /** Makes another variant the one on the canvas. */
  switchVariant(id: string): void {
    const target = this.variants.variants.find((v) => v.id === id);
    if (target === undefined || id === this.variants.activeId) return;
    this.variants.activeId = id;
    this.scenario = target.scenario;
    this.selection = null;
    this.#clearFailures();
    this.#amend();
    this.#requestEvaluation();
  }

  /** Copies the active variant (or adopts a given document) as a new variant and switches to it. */
  addVariant(name?: string, scenario?: Scenario): void {
    const variant = this.variants.duplicate(name, scenario);
    this.scenario = variant.scenario;
    this.selection = null;
    this.#clearFailures();
    this.#record();
    this.#requestEvaluation();
  }

  renameVariant(id: string, name: string): void {
    this.variants.rename(id, name);
    this.#record();
  }

  /**
   * Generates one-click strategies (all in cloud, edge inference, …) for the
   * topology on the canvas and adds each that applies as a variant to compare,
   * staying on the current one. Says which could not be built, and why.
   */
  async addStrategies(ids: readonly StrategyId[]): Promise<void> {
    const scenario = this.scenario;
    try {
      const response = await this.runInEngine<StrategiesResponse>((api) => api.strategies(scenario) as Promise<StrategiesResponse>);
      if (!response.ok) {
        this.say('error', `Strategies could not be generated: ${response.errors.slice(0, 2).map(formatError).join('; ')}`);
        return;
      }
      const wanted = response.strategies.filter((s) => ids.includes(s.id));
      const added: string[] = [];
      for (const outcome of wanted) {
        if (outcome.scenario === null) continue;
        this.variants.duplicate(outcome.name, outcome.scenario, this.variants.activeId, false);
        added.push(outcome.name);
      }
      if (added.length > 0) this.#record();
      const refused = wanted.filter((s) => s.scenario === null).map((s) => `${s.name}: ${s.reason}`);
      const skipped = wanted.flatMap((s) =>
        s.scenario === null ? [] : s.skipped.map((k) => `${s.name} leaves ${k.workloadId} (${k.reason})`),
      );
      const parts = [
        added.length > 0 ? `Added ${added.join(', ')} to compare` : 'No strategy applies to this topology',
        ...refused,
        ...skipped.slice(0, 3),
      ];
      this.say(added.length > 0 ? 'info' : 'error', parts.join('. '));
      this.#requestComparison();
    } catch (error) {
      if (error instanceof JobCancelled) this.say('info', 'Strategies stopped before they were ready');
      else this.say('error', `Strategies could not be generated: ${(error as Error).message}`);
    }
  }

  removeVariant(id: string): void {
    const wasActive = id === this.variants.activeId;
    this.variants.remove(id);
    this.#record();
    if (wasActive && this.variants.active !== null) {
      this.scenario = this.variants.active.scenario;
      this.selection = null;
      this.#clearFailures();
      this.#requestEvaluation();
    } else this.#requestComparison();
  }

  toggleCompared(id: string): boolean {
    const on = this.variants.toggleCompared(id);
    this.#record();
    this.#requestComparison();
    return on;
  }

  setBaseline(id: string): void {
    this.variants.setBaseline(id);
    this.#record();
    this.#requestComparison();
  }

  isFailed(kind: 'link' | 'site', id: string): boolean {
    return (kind === 'link' ? this.failedLinkIds : this.failedSiteIds).includes(id);
  }

  /** Fails a link or site for a what-if, or restores it if it is failed. */
  toggleFailure(kind: 'link' | 'site', id: string): void {
    if (kind === 'link') {
      this.failedLinkIds = this.failedLinkIds.includes(id) ? this.failedLinkIds.filter((x) => x !== id) : [...this.failedLinkIds, id];
    } else {
      this.failedSiteIds = this.failedSiteIds.includes(id) ? this.failedSiteIds.filter((x) => x !== id) : [...this.failedSiteIds, id];
    }
    this.#requestEvaluation();
  }

  restoreAll(): void {
    this.#clearFailures();
    this.#requestEvaluation();
  }

  #clearFailures(): void {
    this.failedLinkIds = [];
    this.failedSiteIds = [];
    this.intactResult = null;
  }

  /** Replaces the whole document (a preset or an imported file), validating it first. */
  load(document: unknown, origin: string): boolean {
    const checked = validateScenario(document);
    if (!checked.ok) {
      this.say('error', `${origin} was not loaded: ${checked.errors.slice(0, 3).map(formatError).join('; ')}`);
      return false;
    }
    this.scenario = checked.scenario;
    this.template = null;
    this.variants.reset(checked.scenario);
    // Loading replaces the workspace, as one undo step: the one before comes back with Ctrl+Z.
    this.#record();
    if (checked.migratedFrom !== undefined)
      this.say('info', `${origin} was written in format version ${checked.migratedFrom}; it was brought up to date.`);
    this.selection = null;
    this.result = null;
    this.resilience = null;
    this.comparison = null;
    this.#clearFailures();
    this.loadCount++;
    this.#requestEvaluation();
    return true;
  }

  /** Opens a template: a workspace of its baseline and edge variants, both compared, the baseline on the canvas. One undo step. */
  openTemplate(template: Template): void {
    this.template = template;
    this.scenario = template.baseline;
    this.variants.reset(template.baseline, template.baselineName);
    this.variants.duplicate(template.edge.name, template.edgeScenario, 'v1', false);
    this.#record();
    this.selection = null;
    this.result = null;
    this.resilience = null;
    this.comparison = null;
    this.#clearFailures();
    this.loadCount++;
    this.#requestEvaluation();
  }

  /** Fetches a template by id and opens it. */
  async loadTemplate(id: string): Promise<boolean> {
    const reading = await fetchTemplate(id);
    if (!reading.ok) {
      this.say('error', `Template ${id} could not be opened: ${reading.errors.slice(0, 3).map(formatError).join('; ')}`);
      return false;
    }
    this.openTemplate(reading.template);
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
    const failed =
      this.failedLinkIds.length + this.failedSiteIds.length > 0 ? { linkIds: this.failedLinkIds, siteIds: this.failedSiteIds } : undefined;
    this.#client.request(this.scenario, {
      ...(this.monteCarlo ? { monteCarlo: { samples: 20_000, seed: 1 } } : {}),
      ...(failed ? { failed } : {}),
    });
    this.#requestComparison();
  }

  /** Runs a one-off request in the worker after the live evaluation (sensitivity, optimiser). */
  runInEngine<T>(call: (api: Remote<EngineApi>) => Promise<T>): Promise<T> {
    if (this.#client === null) return Promise.reject(new Error('the engine is not running'));
    return this.#client.run(call);
  }

  /** Stops every background job (optimiser, strategies, sensitivity); their promises reject with JobCancelled. */
  stopEngineJobs(): void {
    this.#client?.cancelJobs();
  }

  /** Asks for the side-by-side figures of the compared variants (only worth it with two or more). */
  #requestComparison(): void {
    if (this.#client === null) return;
    const compared = this.variants.compared;
    if (compared.length < 2) return;
    this.#client.requestComparison(compared.map((v) => v.scenario));
  }
}

const KEY = Symbol('tierscape-app');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  return getContext<AppState>(KEY);
}
