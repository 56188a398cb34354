import type { Scenario } from '../../engine/scenario/schema';
import type { AppState } from '../state/app.svelte';

/** Applies an edit and returns the first reason it was refused, for a field to show. */
export function tryEdit(app: AppState, next: Scenario): string | null {
  const errors = app.edit(next);
  return errors.length === 0 ? null : errors[0].message;
}
