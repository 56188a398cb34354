/**
 * The canvas's keyboard model, for sites and links that Tab has focused
 * (Svelte Flow makes them focusable). Canvas.svelte handles these keys
 * itself, before Svelte Flow does, because Svelte Flow's own handling changes
 * only its copy of the nodes: selection and moves must go to the document,
 * where undo covers them. The help overlay's WIDGET_KEYS say the same.
 */

/** Flow units a site moves per arrow press (the background grid is 24). */
export const ARROW_STEP = 10;
/** With Shift held, a press moves this many steps. */
export const SHIFT_STEPS = 10;

const DIRECTIONS: Readonly<Record<string, { x: number; y: number; word: string }>> = {
  ArrowUp: { x: 0, y: -1, word: 'up' },
  ArrowDown: { x: 0, y: 1, word: 'down' },
  ArrowLeft: { x: -1, y: 0, word: 'left' },
  ArrowRight: { x: 1, y: 0, word: 'right' },
};

export type CanvasKeyAction =
  | { readonly kind: 'activate' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'move'; readonly dx: number; readonly dy: number; readonly word: string };

/** What a key pressed on a focused site or link asks for; null for keys the canvas leaves to others (Delete goes to Svelte Flow). */
export function canvasKeyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): CanvasKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Enter' || event.key === ' ') return { kind: 'activate' };
  if (event.key === 'Escape') return { kind: 'clear' };
  const direction = DIRECTIONS[event.key];
  if (direction === undefined) return null;
  const step = ARROW_STEP * (event.shiftKey ? SHIFT_STEPS : 1);
  return { kind: 'move', dx: direction.x * step, dy: direction.y * step, word: direction.word };
}

/**
 * The undo key of a keyboard move: presses on one site within the history's
 * coalescing window (800 ms between presses) make one undo step.
 */
export const keyboardMoveKey = (siteId: string) => `keyboard-move:${siteId}`;
