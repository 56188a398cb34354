import type { Point, Size } from './viewTransform';

/** A box on screen, px: left, top, right, bottom. */
export type Box = readonly [number, number, number, number];

export interface LabelRequest {
  readonly id: string;
  /** What the label names, on screen: labels of things drawn on the same spot stack into one. */
  readonly anchor: Point;
  /** Where the label may go, best first. */
  readonly candidates: readonly Box[];
  /** Higher first: the selection, then busy links, then the larger tiers. */
  readonly priority: number;
  /** Whether a label left out is counted on a placed one at the same spot (sites do, links do not). */
  readonly stacks?: boolean;
}

export interface PlacedLabel {
  /** Index of the candidate box chosen. */
  readonly candidate: number;
  /** Labels left out because their anchor is on this one's spot ("+2"). */
  readonly more: number;
}

/** Anchors closer than this, px, are one spot on screen. */
const SAME_SPOT_PX = 12;
const CELL_PX = 64;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const onScreen = (box: Box, viewport: Size) => box[0] >= 0 && box[1] >= 0 && box[2] <= viewport.width && box[3] <= viewport.height;

/** Boxes filed by the grid cells they touch, so each test looks at its neighbours only. */
class BoxGrid {
  readonly #cells = new Map<string, Box[]>();

  #keys(box: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(box[0] / CELL_PX); cx <= Math.floor(box[2] / CELL_PX); cx++)
      for (let cy = Math.floor(box[1] / CELL_PX); cy <= Math.floor(box[3] / CELL_PX); cy++) keys.push(`${cx}:${cy}`);
    return keys;
  }

  add(box: Box): void {
    for (const key of this.#keys(box)) {
      const cell = this.#cells.get(key);
      if (cell) cell.push(box);
      else this.#cells.set(key, [box]);
    }
  }

  hits(box: Box): boolean {
    return this.#keys(box).some((key) => this.#cells.get(key)?.some((other) => overlaps(box, other)) === true);
  }
}

/**
 * Greedy label placement: by priority, each label takes its first candidate
 * box that is on screen and clear of the obstacles (markers) and of the
 * labels already placed; a label that finds none is left out, and counted on
 * a placed label whose anchor is on the same spot. O(n) with a grid.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], viewport: Size): Map<string, PlacedLabel> {
  const grid = new BoxGrid();
  for (const box of obstacles) grid.add(box);
  const placed = new Map<string, PlacedLabel>();
  const anchors: { id: string; anchor: Point }[] = [];
  const ordered = requests.map((r, i) => ({ r, i })).sort((a, b) => b.r.priority - a.r.priority || a.i - b.i);
  for (const { r } of ordered) {
    const candidate = r.candidates.findIndex((box) => onScreen(box, viewport) && !grid.hits(box));
    if (candidate >= 0) {
      grid.add(r.candidates[candidate]);
      placed.set(r.id, { candidate, more: 0 });
      if (r.stacks === true) anchors.push({ id: r.id, anchor: r.anchor });
      continue;
    }
    if (r.stacks !== true) continue;
    const host = anchors.find((a) => Math.hypot(a.anchor[0] - r.anchor[0], a.anchor[1] - r.anchor[1]) < SAME_SPOT_PX);
    if (host) {
      const label = placed.get(host.id)!;
      placed.set(host.id, { ...label, more: label.more + 1 });
    }
  }
  return placed;
}

/** A site's label boxes: to the right of its marker, else to the left. */
export function besideBoxes([x, y]: Point, widthPx: number, heightPx: number, gapPx: number): Box[] {
  const top = y - heightPx / 2;
  return [
    [x + gapPx, top, x + gapPx + widthPx, top + heightPx],
    [x - gapPx - widthPx, top, x - gapPx, top + heightPx],
  ];
}

/** A box centred on a point (a link's label on its arc). */
export function centredBox([x, y]: Point, widthPx: number, heightPx: number): Box {
  return [x - widthPx / 2, y - heightPx / 2, x + widthPx / 2, y + heightPx / 2];
}
