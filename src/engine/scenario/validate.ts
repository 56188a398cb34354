import * as v from 'valibot';
import { SCHEMA_VERSION, ScenarioSchema, type Scenario } from './schema';
import { checkReferences } from './references';
import { migrateDocument } from './migrate';

import type { ValidationError } from './errors';

export type ValidationResult =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** The older format version the document was migrated from, if it was. */
      readonly migratedFrom?: number;
    }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

const MAX_ERRORS = 50;

export function formatPath(keys: readonly PropertyKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(document)' : out;
}

function issueToError(issue: v.BaseIssue<unknown>): ValidationError {
  const path = issue.path ?? [];
  const keys = path.map((item) => item.key as PropertyKey);
  // Valibot reports an absent key as `expected "key", received undefined`, which
  // repeats the path back to the reader; say what is wrong instead.
  if (path.at(-1)?.origin === 'key') return { path: formatPath(keys), message: 'is required' };
  const message =
    issue.kind === 'schema' && issue.type !== 'picklist' && issue.type !== 'literal'
      ? `expected ${issue.expected ?? 'a value'}, received ${issue.received}`
      : issue.message;
  return { path: formatPath(keys), message };
}

/**
 * The one door every document comes in through: file import, share link,
 * embed message, saved state and the CLI. Never throws.
 */
export function validateScenario(original: unknown): ValidationResult {
  const migration = migrateDocument(original);
  if (!migration.ok) return { ok: false, errors: [{ path: 'schemaVersion', message: migration.message }] };
  const input = migration.document;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const received = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    return { ok: false, errors: [{ path: '(document)', message: `must be a JSON object, received ${received}` }] };
  }
  if (typeof input === 'object' && input !== null && 'schemaVersion' in input) {
    const version = (input as { schemaVersion: unknown }).schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      return {
        ok: false,
        errors: [{ path: 'schemaVersion', message: `version ${version} is newer than this Tierscape reads (${SCHEMA_VERSION})` }],
      };
    }
  }
  const parsed = v.safeParse(ScenarioSchema, input, { abortPipeEarly: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.slice(0, MAX_ERRORS).map(issueToError) };
  }
  const referenceErrors = checkReferences(parsed.output);
  if (referenceErrors.length > 0) return { ok: false, errors: referenceErrors.slice(0, MAX_ERRORS) };
  return migration.migratedFrom === null
    ? { ok: true, scenario: parsed.output }
    : { ok: true, scenario: parsed.output, migratedFrom: migration.migratedFrom };
}

/** Parses JSON text and validates it; a syntax error is reported like any other. */
export function parseScenarioJson(text: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(document)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validateScenario(data);
}
