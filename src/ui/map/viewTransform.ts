/** A point, [x, y]. */
export type Point = readonly [number, number];
/** An axis-aligned box, [[x0, y0], [x1, y1]], as d3 gives bounds. */
export type Bounds = readonly [Point, Point];

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Room to leave round a fitted box, px. */
export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * The zoom and pan on top of the base drawing space: screen = base × k + (x, y),
 * the same as a d3-zoom transform.
 */
export interface View {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const toScreen = (view: View, [bx, by]: Point): Point => [bx * view.k + view.x, by * view.k + view.y];

export const toBase = (view: View, [sx, sy]: Point): Point => [(sx - view.x) / view.k, (sy - view.y) / view.k];

export function samePadding(px: number): Padding {
  return { top: px, right: px, bottom: px, left: px };
}

/** The view that shows a box as large as fits inside the padding, centred there, with k kept within [minK, maxK]. */
export function fitView(bounds: Bounds, viewport: Size, padding: Padding, minK: number, maxK: number): View {
  const [[x0, y0], [x1, y1]] = bounds;
  const room: Size = {
    width: Math.max(1, viewport.width - padding.left - padding.right),
    height: Math.max(1, viewport.height - padding.top - padding.bottom),
  };
  const k = Math.min(maxK, Math.max(minK, Math.min(room.width / Math.max(x1 - x0, 1e-9), room.height / Math.max(y1 - y0, 1e-9))));
  const cx = padding.left + room.width / 2;
  const cy = padding.top + room.height / 2;
  return { k, x: cx - ((x0 + x1) / 2) * k, y: cy - ((y0 + y1) / 2) * k };
}

/** The same zoom, panned so that a base point is at the middle of the viewport. */
export function centreOn(view: View, point: Point, viewport: Size): View {
  return { k: view.k, x: viewport.width / 2 - point[0] * view.k, y: viewport.height / 2 - point[1] * view.k };
}

/** Whether a base point is on screen, at least `marginPx` in from every edge. */
export function isInView(view: View, point: Point, viewport: Size, marginPx = 0): boolean {
  const [sx, sy] = toScreen(view, point);
  return sx >= marginPx && sy >= marginPx && sx <= viewport.width - marginPx && sy <= viewport.height - marginPx;
}
