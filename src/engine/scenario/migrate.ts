import { SCHEMA_VERSION } from './schema';

/** One step: a document of version `from` becomes one of version `from + 1`. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Every step from an older format to the next, by the version it starts from.
 * Version 0 is a document without `schemaVersion`, as people write by hand or
 * as tools wrote before the field existed; the fields were the same.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (document) => ({ ...document, schemaVersion: 1 }),
};

export type MigrationOutcome =
  | { readonly ok: true; readonly document: unknown; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly message: string };

/**
 * Brings a document of an older version up to SCHEMA_VERSION, one step at a
 * time; anything else is passed through untouched for validation to judge.
 */
export function migrateDocument(
  input: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = SCHEMA_VERSION,
): MigrationOutcome {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: true, document: input, migratedFrom: null };
  const record = input as Record<string, unknown>;
  const version = 'schemaVersion' in record ? record.schemaVersion : 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0 || version >= currentVersion) {
    return { ok: true, document: input, migratedFrom: null };
  }
  let document = record;
  for (let at = version; at < currentVersion; at++) {
    const step = migrations[at];
    if (step === undefined) return { ok: false, message: `version ${version} cannot be read: no way from version ${at} to ${at + 1}` };
    document = step(document);
  }
  return { ok: true, document, migratedFrom: version };
}
