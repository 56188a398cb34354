import { describe, expect, it } from 'vitest';
import { greatCircle, type MapArc } from '../../../src/ui/map/arcs';
import { clipArcs } from '../../../src/ui/map/clippedArcs';
import { boundsAround } from '../../../src/ui/map/zoomTargets';
import type { Link } from '../../../src/engine/scenario/schema';

const arc = (id: string, from: { lat: number; lon: number }, to: { lat: number; lon: number }): MapArc => ({
  id,
  link: { id, from: 'a', to: 'b', medium: 'long-haul-fibre', capacityMbps: 1 } as Link,
  ...greatCircle(from, to),
});

const PARIS = { lat: 48.8566, lon: 2.3522 };
const BARCELONA = { lat: 41.3874, lon: 2.1686 };
const PARIS_SUBURB = { lat: 48.9, lon: 2.4 };
const NEW_YORK = { lat: 40.7128, lon: -74.006 };
const TOKYO = { lat: 35.6762, lon: 139.6503 };
const SYDNEY = { lat: -33.8688, lon: 151.2093 };

describe('clipArcs(arcs, box, k)', () => {
  // Zoomed into Paris: a box 100 km each way.
  const box = boundsAround(PARIS, 100);
  const arcs = [
    arc('local', PARIS, PARIS_SUBURB),
    arc('south', PARIS, BARCELONA),
    arc('far', TOKYO, SYDNEY),
    arc('atlantic', PARIS, NEW_YORK),
  ];

  it('keeps an arc wholly inside as it is, and leaves out one wholly outside', () => {
    const drawn = clipArcs(arcs, box, 300);
    expect(drawn.map((d) => d.arc.id)).toEqual(['local', 'south', 'atlantic']);
    expect(drawn[0].d).toBe(arcs[0].d);
  });

  it('cuts an arc crossing the edge to its part inside, ending at the box', () => {
    const south = clipArcs(arcs, box, 300).find((d) => d.arc.id === 'south')!;
    expect(south.d).not.toBe(arcs[1].d);
    const ys = south.d
      .match(/-?[\d.]+/g)!
      .map(Number)
      .filter((_, i) => i % 2 === 1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(box[1][1] + 1e-3);
  });

  it('counts at most the box’s diagonal of each arc, on screen, towards the dash budget', () => {
    const [[x0, y0], [x1, y1]] = box;
    const diagonalPx = Math.hypot(x1 - x0, y1 - y0) * 300;
    for (const drawn of clipArcs(arcs, box, 300)) expect(drawn.screenLengthPx).toBeLessThanOrEqual(diagonalPx + 1e-6);
  });
});
