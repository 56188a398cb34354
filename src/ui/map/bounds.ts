import type { Bounds, Point } from './viewTransform';

/** The box round some points, or null for none. */
export function boundsOfPoints(points: Iterable<Point>): Bounds | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return x0 === Infinity
    ? null
    : [
        [x0, y0],
        [x1, y1],
      ];
}

/** The same box grown about its centre to at least `minSpan` wide and high (one site alone still gets a neighbourhood). */
export function withMinSpan(bounds: Bounds, minSpan: number): Bounds {
  const [[x0, y0], [x1, y1]] = bounds;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = Math.max(x1 - x0, minSpan) / 2;
  const hh = Math.max(y1 - y0, minSpan) / 2;
  return [
    [cx - hw, cy - hh],
    [cx + hw, cy + hh],
  ];
}

/** The box round two boxes. */
export function unionBounds(a: Bounds, b: Bounds): Bounds {
  return [
    [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
    [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
  ];
}

export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}

export function boundsContain(bounds: Bounds, [x, y]: Point): boolean {
  return x >= bounds[0][0] && x <= bounds[1][0] && y >= bounds[0][1] && y <= bounds[1][1];
}

/** The box grown by a fraction of its own size on every side. */
export function grownBy(bounds: Bounds, fraction: number): Bounds {
  const [[x0, y0], [x1, y1]] = bounds;
  const dx = (x1 - x0) * fraction;
  const dy = (y1 - y0) * fraction;
  return [
    [x0 - dx, y0 - dy],
    [x1 + dx, y1 + dy],
  ];
}
