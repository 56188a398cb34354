import type { ValidationError } from '../engine/scenario/errors';
import { validateScenario } from '../engine/scenario/validate';
import { MAX_COMPARED, type Variant } from './variants';

/** Everything the user works on: the variants, which is on the canvas, the baseline and those compared. */
export interface Workspace {
  readonly variants: readonly Variant[];
  readonly activeId: string;
  readonly baselineId: string;
  readonly comparedIds: readonly string[];
}

/** The saved form: versioned on its own, since it wraps scenario documents that carry theirs. */
export interface SavedWorkspace {
  readonly format: 'tierscape-workspace';
  readonly version: 1;
  readonly savedAt: string;
  readonly workspace: Workspace;
}

export function savedWorkspace(workspace: Workspace, now: Date = new Date()): SavedWorkspace {
  return { format: 'tierscape-workspace', version: 1, savedAt: now.toISOString(), workspace };
}

export type WorkspaceReading =
  | { readonly ok: true; readonly workspace: Workspace; readonly savedAt: string | null; readonly notes: readonly string[] }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** At most this many variants are read back: a workspace is a handful of alternatives, not a database. */
const MAX_VARIANTS = 50;

/**
 * Reads saved text back into a workspace. Every variant's scenario goes
 * through validateScenario (so older versions are migrated), ids must be
 * unique, and the active, baseline and compared ids must name variants; a
 * dangling id falls back to the first variant and is noted. Never throws.
 */
export function readSavedWorkspace(text: string): WorkspaceReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(saved workspace)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (!isRecord(data) || data.format !== 'tierscape-workspace') {
    return { ok: false, errors: [{ path: 'format', message: 'is not a saved Tierscape workspace' }] };
  }
  if (data.version !== 1)
    return { ok: false, errors: [{ path: 'version', message: `version ${String(data.version)} is not one this Tierscape reads (1)` }] };
  const workspace = data.workspace;
  if (!isRecord(workspace) || !Array.isArray(workspace.variants) || workspace.variants.length === 0) {
    return { ok: false, errors: [{ path: 'workspace.variants', message: 'must list at least one variant' }] };
  }
  if (workspace.variants.length > MAX_VARIANTS) {
    return { ok: false, errors: [{ path: 'workspace.variants', message: `must list at most ${MAX_VARIANTS} variants` }] };
  }
  const notes: string[] = [];
  const variants: Variant[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of workspace.variants.entries()) {
    const at = `workspace.variants[${i}]`;
    if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '' || typeof raw.name !== 'string') {
      return { ok: false, errors: [{ path: at, message: 'must have a text id and name' }] };
    }
    if (ids.has(raw.id)) return { ok: false, errors: [{ path: `${at}.id`, message: `"${raw.id}" is used twice` }] };
    const checked = validateScenario(raw.scenario);
    if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => ({ path: `${at}.scenario.${e.path}`, message: e.message })) };
    if (checked.migratedFrom !== undefined) notes.push(`${raw.name} was migrated from format version ${checked.migratedFrom}`);
    ids.add(raw.id);
    variants.push({ id: raw.id, name: raw.name.slice(0, 200), scenario: checked.scenario });
  }
  const pick = (value: unknown, what: string): string => {
    if (typeof value === 'string' && ids.has(value)) return value;
    notes.push(`the ${what} variant was missing; the first is used`);
    return variants[0].id;
  };
  const activeId = pick(workspace.activeId, 'active');
  const baselineId = pick(workspace.baselineId, 'baseline');
  const compared = Array.isArray(workspace.comparedIds)
    ? workspace.comparedIds.filter((id): id is string => typeof id === 'string' && ids.has(id))
    : [];
  const comparedIds = [...new Set(compared)].slice(0, MAX_COMPARED);
  return {
    ok: true,
    workspace: { variants, activeId, baselineId, comparedIds },
    savedAt: typeof data.savedAt === 'string' ? data.savedAt : null,
    notes,
  };
}
