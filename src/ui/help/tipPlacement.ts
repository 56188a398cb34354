/** A box on screen, in CSS pixels from the viewport's top left. */
export interface ScreenBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Space kept between a tooltip and the edges of the window. */
export const EDGE_MARGIN_PX = 8;
/** Gap between the trigger and its tooltip. */
export const GAP_PX = 6;

/**
 * Where a tooltip goes: centred under its trigger, moved sideways to stay in
 * the window, and above the trigger when there is no room below.
 */
export function placeTip(
  trigger: ScreenBox,
  tip: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
): { left: number; top: number } {
  const centred = trigger.left + trigger.width / 2 - tip.width / 2;
  const left = Math.max(EDGE_MARGIN_PX, Math.min(centred, viewport.width - tip.width - EDGE_MARGIN_PX));
  const below = trigger.top + trigger.height + GAP_PX;
  const fitsBelow = below + tip.height + EDGE_MARGIN_PX <= viewport.height;
  const top = fitsBelow ? below : Math.max(EDGE_MARGIN_PX, trigger.top - GAP_PX - tip.height);
  return { left, top };
}
