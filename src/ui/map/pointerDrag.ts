import type { Attachment } from 'svelte/attachments';

export interface PointerDragHandlers {
  /** Whether a press may start a drag now (not in read-only mode, say). */
  readonly enabled: () => boolean;
  /** The pointer has moved far enough from the press to be a drag. */
  readonly start: (event: PointerEvent) => void;
  readonly move: (event: PointerEvent) => void;
  /** The button was released (the event) or the drag was cancelled (null). */
  readonly end: (event: PointerEvent | null) => void;
}

/** Movement under this, px, is a click with a shaky hand, not a drag. */
const DRAG_THRESHOLD_PX = 4;

/** Swallows the click that follows the release of a drag, so a drag never also selects or picks up. */
function swallowNextClick(): void {
  const swallow = (event: MouseEvent) => {
    event.stopPropagation();
    event.preventDefault();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  // No click follows a release outside the pressed element: stop waiting for one.
  setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
}

/** No text is selected by a drag across the page (from the tray over the sidebar, say). */
const noSelection = (event: Event) => event.preventDefault();

/**
 * A drag with the primary button, as a Svelte attachment: press, move past
 * a small threshold, release. The window follows the pointer, so the drag
 * goes on over other elements (from the tray onto the map).
 */
export function pointerDrag(handlers: PointerDragHandlers): Attachment<Element> {
  return (element) => {
    let stop: (() => void) | null = null;
    const onDown = (down: PointerEvent) => {
      if (down.button !== 0 || !down.isPrimary || !handlers.enabled()) return;
      let dragging = false;
      const onMove = (event: PointerEvent) => {
        if (event.pointerId !== down.pointerId) return;
        if (!dragging && Math.hypot(event.clientX - down.clientX, event.clientY - down.clientY) < DRAG_THRESHOLD_PX) return;
        if (!dragging) {
          dragging = true;
          window.getSelection()?.removeAllRanges();
          window.addEventListener('selectstart', noSelection);
          handlers.start(event);
        }
        handlers.move(event);
      };
      const onUp = (event: PointerEvent) => {
        if (event.pointerId !== down.pointerId) return;
        finish();
        if (!dragging) return;
        swallowNextClick();
        handlers.end(event);
      };
      const onCancel = () => {
        finish();
        if (dragging) handlers.end(null);
      };
      const finish = () => {
        window.removeEventListener('selectstart', noSelection);
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onCancel);
        stop = null;
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
      stop = onCancel;
    };
    element.addEventListener('pointerdown', onDown as EventListener);
    return () => {
      element.removeEventListener('pointerdown', onDown as EventListener);
      stop?.();
    };
  };
}
