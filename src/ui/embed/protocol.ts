import { formatError, type ValidationError } from '../../engine/scenario/errors';
import type { Scenario } from '../../engine/scenario/schema';
import { validateScenario } from '../../engine/scenario/validate';
import type { ResultSummary } from './summary';

/** Bumped when a message changes shape in a way a host must know about; sent in `tierscape:ready`. */
export const PROTOCOL_VERSION = 1;

/** Every message of the API has a `type` that starts with this; anything else on the channel belongs to someone else. */
export const TYPE_PREFIX = 'tierscape:';

/** Messages a host sends to the page, as its raw data. */
export const HOST_TYPES = ['tierscape:load', 'tierscape:evaluate'] as const;
/** Messages the page sends: received back (a host relaying them, or two pages wired to each other), they are ignored, never answered. */
export const PAGE_TYPES = ['tierscape:ready', 'tierscape:result', 'tierscape:error'] as const;

/** Why the page refused a message. */
export type ErrorReason = 'malformedMessage' | 'invalidScenario' | 'engineFailure';

/** What the page posts to its host. */
export type PageMessage =
  | { readonly type: 'tierscape:ready'; readonly version: typeof PROTOCOL_VERSION; readonly readOnly: boolean }
  | { readonly type: 'tierscape:result'; readonly result: ResultSummary }
  | {
      readonly type: 'tierscape:error';
      readonly reason: ErrorReason;
      readonly message: string;
      readonly errors: readonly ValidationError[];
    };

export type ErrorMessage = Extract<PageMessage, { type: 'tierscape:error' }>;

/** What a message from an allowed origin asks for, once read and checked. */
export type HostRequest =
  | { readonly kind: 'load'; readonly scenario: Scenario }
  | { readonly kind: 'evaluate' }
  /** A message of the API that cannot be honoured: answered with this error, and nothing changes. */
  | { readonly kind: 'refused'; readonly error: ErrorMessage }
  /** Not a message for this page (another app on the channel, or one of the page's own): no answer. */
  | { readonly kind: 'ignored' };

const IGNORED: HostRequest = { kind: 'ignored' };
/** At most this many problems are named in an error's `message`; `errors` lists them all (the validator stops at 50). */
const ERRORS_IN_MESSAGE = 5;

export function errorMessage(reason: ErrorReason, message: string, errors: readonly ValidationError[] = []): ErrorMessage {
  return { type: 'tierscape:error', reason, message, errors: errors.map((e) => ({ path: e.path, message: e.message })) };
}

function malformed(message: string, path = '(message)'): HostRequest {
  return { kind: 'refused', error: errorMessage('malformedMessage', message, [{ path, message }]) };
}

/** A type the page does not know, quoted and cut short: it is the sender's text, of any length. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Reads the `type` of what arrived; null when it is not a plain object with its own string `type`. */
function readType(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  // Only an own property counts: a `type` inherited from a prototype was not sent.
  const descriptor = Object.getOwnPropertyDescriptor(data, 'type');
  return descriptor !== undefined && 'value' in descriptor && typeof descriptor.value === 'string' ? descriptor.value : null;
}

/** Refuses a message carrying fields its type does not take: a typo (`scenaro`) should say so, not half-work. */
function unexpectedFields(data: object, type: string, allowed: readonly string[]): HostRequest | null {
  const extra = Object.keys(data).filter((key) => !allowed.includes(key));
  if (extra.length === 0) return null;
  const list = extra.slice(0, 5).map(quote).join(', ');
  return malformed(`${type} takes only ${allowed.join(' and ')}; it also had ${list}`, extra[0]);
}

function readLoad(data: object): HostRequest {
  const extra = unexpectedFields(data, 'tierscape:load', ['type', 'scenario']);
  if (extra !== null) return extra;
  const descriptor = Object.getOwnPropertyDescriptor(data, 'scenario');
  if (descriptor === undefined || !('value' in descriptor)) return malformed('tierscape:load needs a scenario', 'scenario');
  const checked = validateScenario(descriptor.value);
  if (!checked.ok) {
    const named = checked.errors.slice(0, ERRORS_IN_MESSAGE).map(formatError).join('; ');
    const more = checked.errors.length > ERRORS_IN_MESSAGE ? ` (and ${checked.errors.length - ERRORS_IN_MESSAGE} more)` : '';
    return { kind: 'refused', error: errorMessage('invalidScenario', `The scenario was not loaded: ${named}${more}`, checked.errors) };
  }
  return { kind: 'load', scenario: checked.scenario };
}

/**
 * Reads a message from an allowed origin: what it asks for, or why it is
 * refused, or that it is not for this page. Checks its shape, its type, and
 * a scenario through `validateScenario`. Never throws, whatever arrives (the
 * data is the sender's: any shape, any size).
 */
export function readHostMessage(data: unknown): HostRequest {
  let type: string | null;
  try {
    type = readType(data);
  } catch {
    return IGNORED; // A proxy that throws on inspection: nothing says it was meant for us.
  }
  if (type === null || !type.startsWith(TYPE_PREFIX)) return IGNORED;
  if ((PAGE_TYPES as readonly string[]).includes(type)) return IGNORED;
  try {
    const message = data as object;
    if (type === 'tierscape:load') return readLoad(message);
    if (type === 'tierscape:evaluate') return unexpectedFields(message, type, ['type']) ?? { kind: 'evaluate' };
    return malformed(`unknown message type ${quote(type)}: the page accepts ${HOST_TYPES.join(' and ')}`, 'type');
  } catch {
    return malformed(`the ${quote(type)} message could not be read`);
  }
}
