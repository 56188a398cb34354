import { describe, expect, it } from 'vitest';
import { niceScale } from '../../../src/ui/map/scaleBar';
import { baseUnitsPerKm, projectLocation } from '../../../src/ui/map/projection';
import { centreOn } from '../../../src/ui/map/viewTransform';

const viewport = { width: 800, height: 600 };

describe('niceScale(view, viewport)', () => {
  it('shows the longest 1-2-5 distance under 110 px at the middle of the view', () => {
    const barcelona = { lat: 41.4, lon: 2.17 };
    // About 46 px a km: 2 km is 92 px, 5 km would be 230.
    const k = 1500;
    const scale = niceScale(centreOn({ k, x: 0, y: 0 }, projectLocation(barcelona), viewport), viewport)!;
    const pxPerKm = baseUnitsPerKm(barcelona.lat) * k;
    expect(pxPerKm).toBeGreaterThan(40);
    expect(pxPerKm).toBeLessThan(55);
    expect(scale.label).toBe('2 km');
    expect(scale.widthPx).toBeCloseTo(2 * pxPerKm, 1);
    expect(scale.widthPx).toBeLessThanOrEqual(110);
  });

  it('writes metres below a kilometre, and has nothing to say off the globe', () => {
    const deep = centreOn({ k: 40_000, x: 0, y: 0 }, projectLocation({ lat: 51.5, lon: 0 }), viewport);
    expect(niceScale(deep, viewport)?.label).toMatch(/^\d+ m$/);
    expect(niceScale({ k: 1, x: 5000, y: 0 }, viewport)).toBeNull();
  });
});
