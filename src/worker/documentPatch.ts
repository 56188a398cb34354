/**
 * An edited document as the top-level fields that changed since the one the
 * worker already holds. Edits share every untouched part with the document
 * before them (a driver slider only replaces `drivers`), so sending just the
 * changed fields spares the main thread from copying the whole document into
 * the worker on every slider move. The worker puts the document together again
 * and validates all of it, as for any document.
 */
export interface DocumentPatch {
  /** Fields whose value is a different object (or primitive) than before. */
  readonly set: Readonly<Record<string, unknown>>;
  /** Fields the new document no longer has. */
  readonly removed: readonly string[];
}

/** The error path of a patch refused because the worker holds no document: the client then sends the whole one. */
export const NO_DOCUMENT_TO_PATCH = '(patch)';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The patch from `before` to `after`, or null when either is not a plain object (send it whole then). */
export function documentPatch(before: unknown, after: unknown): DocumentPatch | null {
  if (!isRecord(before) || !isRecord(after)) return null;
  const set: Record<string, unknown> = {};
  for (const key of Object.keys(after)) if (!Object.is(before[key], after[key]) || !(key in before)) set[key] = after[key];
  const removed = Object.keys(before).filter((key) => !(key in after));
  return { set, removed };
}

/** `before` with the patch applied: a new object, `before` itself untouched. */
export function applyDocumentPatch(before: Readonly<Record<string, unknown>>, patch: DocumentPatch): Record<string, unknown> {
  const after: Record<string, unknown> = { ...before, ...patch.set };
  for (const key of patch.removed) delete after[key];
  return after;
}
