import { describe, expect, it } from 'vitest';
import { besideBoxes, centredBox, placeLabels, type LabelRequest } from '../../../src/ui/map/labels';

const viewport = { width: 400, height: 300 };
const site = (id: string, x: number, y: number, priority = 0): LabelRequest => ({
  id,
  anchor: [x, y],
  candidates: besideBoxes([x, y], 60, 14, 15),
  priority,
  stacks: true,
});

describe('placeLabels(requests, obstacles, viewport)', () => {
  it('places labels that do not collide to the right of their anchors', () => {
    const placed = placeLabels([site('a', 100, 100), site('b', 100, 200)], [], viewport);
    expect(placed.get('a')).toEqual({ candidate: 0, more: 0 });
    expect(placed.get('b')).toEqual({ candidate: 0, more: 0 });
  });

  it('falls back to the left when the right is taken', () => {
    const placed = placeLabels([site('a', 100, 100, 1), site('b', 180, 100)], [], viewport);
    expect(placed.get('a')?.candidate).toBe(0);
    expect(placed.get('b')?.candidate).toBe(0);
    // Something (a marker) right of b: its label goes left.
    const crowded = placeLabels([site('a', 100, 100, 1), site('b', 250, 100)], [[270, 95, 280, 105]], viewport);
    expect(crowded.get('b')?.candidate).toBe(1);
  });

  it('counts labels left out at the same spot on the one placed, higher priority first', () => {
    const placed = placeLabels([site('a', 100, 100), site('b', 101, 101, 5), site('c', 102, 99)], [], viewport);
    // b wins the right, a takes the left; c finds no room and is counted on b (first anchor at its spot).
    expect(placed.get('b')).toEqual({ candidate: 0, more: 1 });
    expect(placed.get('a')).toEqual({ candidate: 1, more: 0 });
    expect(placed.has('c')).toBe(false);
  });

  it('leaves out a label that would cross the viewport edge', () => {
    expect(placeLabels([site('edge', 395, 5)], [], viewport).size).toBe(0);
  });

  it('never counts a link label on a site: only stacking requests stack', () => {
    // The link's label covers both of the site's candidate places.
    const link: LabelRequest = { id: 'link', anchor: [100, 100], candidates: [centredBox([100, 100], 190, 20)], priority: 10 };
    const placed = placeLabels([link, site('a', 101, 100)], [], viewport);
    expect(placed.get('link')).toEqual({ candidate: 0, more: 0 });
    expect(placed.has('a')).toBe(false);
  });
});
