import type { LatLon } from '../../engine/geo';

/**
 * Canvas positions that show the geography: an equirectangular projection
 * (x ∝ longitude × cos of the mean latitude, y ∝ −latitude), scaled so the
 * network spans a few thousand canvas units, then snapped to a grid of cells
 * the size of a site card so that no two cards overlap.
 */

export interface CanvasPosition {
  readonly x: number;
  readonly y: number;
}

/** A site card is 200 px wide and about 80 tall (SiteNode.svelte); a cell leaves a gap around it. */
export const CELL_WIDTH = 240;
export const CELL_HEIGHT = 120;

/** Span of the longer side, canvas units: grows with √n so the density of cards stays about the same. */
export function canvasSpan(siteCount: number): number {
  return Math.min(30_000, Math.max(2_000, Math.sqrt(siteCount) * 400));
}

const RAD_PER_DEG = Math.PI / 180;

/**
 * Longitudes made continuous across the antimeridian: the circle is cut at
 * the widest gap between sites, so a network around the Pacific (Guam to
 * Hawaii) is drawn whole rather than split to both edges of the map.
 */
export function unwrapLongitudes(lons: readonly number[]): number[] {
  const sorted = [...new Set(lons)].sort((a, b) => a - b);
  if (sorted.length < 2) return [...lons];
  let widestGap = sorted[0] + 360 - sorted[sorted.length - 1];
  let cutAfter: number | null = null;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const gap = sorted[i + 1] - sorted[i];
    if (gap > widestGap) {
      widestGap = gap;
      cutAfter = sorted[i];
    }
  }
  return cutAfter === null ? [...lons] : lons.map((lon) => (lon <= cutAfter ? lon + 360 : lon));
}

/** Calls `visit` for each cell at Chebyshev distance `ring` from (cx, cy), walking only the ring's border. */
function forEachRingCell(cx: number, cy: number, ring: number, visit: (i: number, j: number) => void): void {
  if (ring === 0) return visit(cx, cy);
  for (let i = cx - ring; i <= cx + ring; i++) {
    visit(i, cy - ring);
    visit(i, cy + ring);
  }
  for (let j = cy - ring + 1; j <= cy + ring - 1; j++) {
    visit(cx - ring, j);
    visit(cx + ring, j);
  }
}

// Cell (i, j) as one number; |i|, |j| stay far below 2^20 (the span is at most 30,000 units).
const cellKey = (i: number, j: number) => (i + 2 ** 20) * 2 ** 21 + (j + 2 ** 20);

/** Cells taken so far, and the nearest free one to a point. */
class CellGrid {
  readonly #taken = new Set<number>();
  /** Per starting cell, the rings around it known to be full: cells are never freed, so they stay full. */
  readonly #fullRings = new Map<number, number>();

  /** Takes the free cell nearest (x, y) on the first ring of cells around it that has one. */
  take(x: number, y: number): CanvasPosition {
    const cx = Math.round(x / CELL_WIDTH);
    const cy = Math.round(y / CELL_HEIGHT);
    const start = cellKey(cx, cy);
    for (let ring = this.#fullRings.get(start) ?? 0; ; ring++) {
      let best: { i: number; j: number; distance: number } | null = null;
      forEachRingCell(cx, cy, ring, (i, j) => {
        if (this.#taken.has(cellKey(i, j))) return;
        const distance = Math.hypot(i * CELL_WIDTH - x, j * CELL_HEIGHT - y);
        if (best === null || distance < best.distance) best = { i, j, distance };
      });
      if (best === null) {
        this.#fullRings.set(start, ring + 1);
        continue;
      }
      const { i, j } = best;
      this.#taken.add(cellKey(i, j));
      return { x: i * CELL_WIDTH, y: j * CELL_HEIGHT };
    }
  }
}

/** One position per location, in the same order; no two share a cell. */
export function layoutOnCanvas(locations: readonly LatLon[]): CanvasPosition[] {
  if (locations.length === 0) return [];
  const lons = unwrapLongitudes(locations.map((l) => l.lon));
  const meanLat = locations.reduce((sum, l) => sum + l.lat, 0) / locations.length;
  // Near the poles cos → 0 would squash the map flat; hold the squeeze at 5:1.
  const xPerDegree = Math.max(0.2, Math.cos(meanLat * RAD_PER_DEG));
  const xs = lons.map((lon) => lon * xPerDegree);
  const ys = locations.map((l) => -l.lat);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanDegrees = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY);
  const scale = spanDegrees > 0 ? canvasSpan(locations.length) / spanDegrees : 0;
  const grid = new CellGrid();
  return xs.map((x, i) => grid.take((x - minX) * scale, (ys[i] - minY) * scale));
}
