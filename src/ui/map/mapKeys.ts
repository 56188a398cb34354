/** What a key does to the map while the map itself has focus. */
export type MapKeyAction =
  | { readonly kind: 'pan'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'fit' };

/** Screen px an arrow key pans, and with Shift. */
export const PAN_STEP_PX = 80;
export const PAN_STEP_LARGE_PX = 320;
/** Each + or − zooms by this much: three presses double and a half. */
export const ZOOM_STEP = 1.5;

/**
 * The map's own keys: arrows pan (the view moves the way the arrow points,
 * so the map slides the other way), + and − zoom about the centre, 0 fits
 * the scenario. Null for any other key, and for chords the page or the
 * browser own.
 */
export function mapKeyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): MapKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const step = event.shiftKey ? PAN_STEP_LARGE_PX : PAN_STEP_PX;
  switch (event.key) {
    case 'ArrowLeft':
      return { kind: 'pan', dx: step, dy: 0 };
    case 'ArrowRight':
      return { kind: 'pan', dx: -step, dy: 0 };
    case 'ArrowUp':
      return { kind: 'pan', dx: 0, dy: step };
    case 'ArrowDown':
      return { kind: 'pan', dx: 0, dy: -step };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { kind: 'fit' };
    default:
      return null;
  }
}

/** Screen px an arrow key moves a site being placed or a focused site, and with Shift. */
export function nudgeOf(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): readonly [number, number] | null {
  const step = event.shiftKey ? 40 : 8;
  switch (event.key) {
    case 'ArrowLeft':
      return [-step, 0];
    case 'ArrowRight':
      return [step, 0];
    case 'ArrowUp':
      return [0, -step];
    case 'ArrowDown':
      return [0, step];
    default:
      return null;
  }
}
