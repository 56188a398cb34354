import { describe, expect, it } from 'vitest';
import { centreOn, fitView, isInView, samePadding, toBase, toScreen, type Bounds } from '../../../src/ui/map/viewTransform';
import { boundsOfPoints, withMinSpan } from '../../../src/ui/map/bounds';

const viewport = { width: 800, height: 600 };
const box: Bounds = [
  [100, 50],
  [300, 100],
];

describe('fitView(bounds, viewport, padding, minK, maxK)', () => {
  it('scales the box to the padded viewport along its tighter side and centres it', () => {
    const view = fitView(box, viewport, samePadding(50), 0, 100);
    // 700 px for 200 units across, 500 px for 50 units down: the width decides.
    expect(view.k).toBeCloseTo(3.5, 9);
    expect(toScreen(view, [200, 75])).toEqual([400, 300]);
    expect(toScreen(view, [100, 75])[0]).toBeCloseTo(50, 9);
  });

  it('centres within uneven padding (room left for a legend below)', () => {
    const view = fitView(box, viewport, { top: 40, right: 40, bottom: 240, left: 40 }, 0, 100);
    const [, y] = toScreen(view, [200, 75]);
    expect(y).toBeCloseTo(40 + (600 - 280) / 2, 9);
  });

  it('keeps k within [minK, maxK]: one point never zooms without end', () => {
    expect(
      fitView(
        [
          [5, 5],
          [5, 5],
        ],
        viewport,
        samePadding(0),
        1,
        40,
      ).k,
    ).toBe(40);
    expect(
      fitView(
        [
          [0, 0],
          [1e6, 1e6],
        ],
        viewport,
        samePadding(0),
        0.5,
        40,
      ).k,
    ).toBe(0.5);
  });
});

describe('toScreen(view, point) and toBase(view, point)', () => {
  it('are inverses', () => {
    const view = { k: 123.4, x: -5000, y: 321 };
    const [x, y] = toBase(view, toScreen(view, [12.5, 99]));
    expect(x).toBeCloseTo(12.5, 9);
    expect(y).toBeCloseTo(99, 9);
  });
});

describe('centreOn(view, point, viewport) and isInView(view, point, viewport, margin)', () => {
  it('pans a point to the middle at the same zoom', () => {
    const view = centreOn({ k: 4, x: 0, y: 0 }, [500, 250], viewport);
    expect(view.k).toBe(4);
    expect(toScreen(view, [500, 250])).toEqual([400, 300]);
    expect(isInView(view, [500, 250], viewport, 24)).toBe(true);
    expect(isInView(view, [700, 250], viewport, 24)).toBe(false);
  });
});

describe('boundsOfPoints(points) and withMinSpan(bounds, span)', () => {
  it('boxes the points, or gives null for none', () => {
    expect(boundsOfPoints([])).toBeNull();
    expect(
      boundsOfPoints([
        [1, 5],
        [3, 2],
      ]),
    ).toEqual([
      [1, 2],
      [3, 5],
    ]);
  });

  it('grows a small box about its centre', () => {
    expect(
      withMinSpan(
        [
          [10, 10],
          [10, 10],
        ],
        4,
      ),
    ).toEqual([
      [8, 8],
      [12, 12],
    ]);
    expect(
      withMinSpan(
        [
          [0, 0],
          [10, 1],
        ],
        4,
      ),
    ).toEqual([
      [0, -1.5],
      [10, 2.5],
    ]);
  });
});
