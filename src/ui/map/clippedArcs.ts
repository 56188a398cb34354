import { geoPath } from 'd3-geo';
import { boundsIntersect } from './bounds';
import type { MapArc } from './arcs';
import { naturalEarth } from './projection';
import type { Bounds } from './viewTransform';

/** An arc as drawn at one view: the part of it near the screen. */
export interface DrawnArc {
  readonly arc: MapArc;
  readonly d: string;
  /** Its length on screen, at most, px: what dashing it costs. */
  readonly screenLengthPx: number;
}

const inside = (inner: Bounds, outer: Bounds) =>
  inner[0][0] >= outer[0][0] && inner[0][1] >= outer[0][1] && inner[1][0] <= outer[1][0] && inner[1][1] <= outer[1][1];

/**
 * The arcs to draw while the view is near `box` (base units): an arc wholly
 * inside as it is, one wholly outside not at all, one crossing the edge cut
 * to its part inside. Zoomed into a city, a thousand continental links
 * would otherwise each be drawn (and dashed) for hundreds of thousands of
 * pixels off screen: seconds a frame.
 */
export function clipArcs(arcs: readonly MapArc[], box: Bounds, k: number): DrawnArc[] {
  let clipped: ReturnType<typeof geoPath> | null = null;
  const drawn: DrawnArc[] = [];
  const [[x0, y0], [x1, y1]] = box;
  const boxDiagonal = Math.hypot(x1 - x0, y1 - y0);
  for (const arc of arcs) {
    if (!boundsIntersect(arc.bounds, box)) continue;
    const [[ax0, ay0], [ax1, ay1]] = arc.bounds;
    const screenLengthPx = Math.min(Math.hypot(ax1 - ax0, ay1 - ay0), boxDiagonal) * k;
    if (inside(arc.bounds, box)) {
      drawn.push({ arc, d: arc.d, screenLengthPx });
      continue;
    }
    clipped ??= geoPath(
      naturalEarth().clipExtent([
        [x0, y0],
        [x1, y1],
      ]),
    ).digits(4);
    const d = clipped(arc.line);
    if (d !== null && d !== '') drawn.push({ arc, d, screenLengthPx });
  }
  return drawn;
}
