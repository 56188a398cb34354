import { describe, expect, it } from 'vitest';
import type { TierPowerYear } from '../../../src/engine/projections/types';
import { powerLayout, powerUnit } from '../../../src/ui/projections/powerLayout';
import { expectClose, pathNumbers } from './helpers';

const year = (y: number, deviceKw: number, edgeKw: number, cloudKw: number): TierPowerYear => ({
  year: y,
  deviceKw,
  edgeKw,
  cloudKw,
  totalKw: deviceKw + edgeKw + cloudKw,
  networkKw: 0.5,
});

const current = [year(2025, 1, 2, 3), year(2026, 2, 2, 4)];
const allInCloud = [year(2025, 0, 0, 7), year(2026, 0, 0, 9)];

/*
 * 400 × 300 px: x(2025) = 56, x(2026) = 384; the plot is 244 px high. The
 * highest value is the all-in-cloud 9 kW, ×1.05 = 9.45; five ticks at a nice
 * step of 2 put the top at 10 kW, so y(v) = 270 − 24.4 v.
 */
const layout = powerLayout(current, allInCloud, 400, 300);

describe('powerLayout(current, allInCloud, width, height)', () => {
  it('stacks devices at the bottom, then the edge, then the cloud', () => {
    expect(layout.areas.map((a) => a.key)).toEqual(['deviceKw', 'edgeKw', 'cloudKw']);
    // Devices: 0–1 kW in 2025, 0–2 kW in 2026.
    expectClose(pathNumbers(layout.areas[0].path), [56, 245.6, 384, 221.2, 384, 270, 56, 270]);
    // The edge sits on the devices: 1–3 kW, then 2–4 kW.
    expectClose(pathNumbers(layout.areas[1].path), [56, 196.8, 384, 172.4, 384, 221.2, 56, 245.6]);
    // The cloud on top: 3–6 kW, then 4–8 kW.
    expectClose(pathNumbers(layout.areas[2].path), [56, 123.6, 384, 74.8, 384, 172.4, 56, 196.8]);
  });
  it('gives the stack’s top at each year', () => {
    expectClose(layout.totalYs, [123.6, 74.8]);
  });
  it('draws the all-in-cloud total as a line on the same axis', () => {
    expectClose(pathNumbers(layout.allInCloudPath), [56, 99.2, 384, 50.4]);
    expect(layout.unit).toBe('kW');
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8', '10']);
  });
  it('draws no line without an all-in-cloud variant', () => {
    expect(powerLayout(current, null, 400, 300).allInCloudPath).toBe('');
  });
  it('counts in W below 1 kW, so ticks read 120 rather than 0.12', () => {
    const small = powerLayout([year(2025, 0.02, 0.05, 0.05)], null, 400, 300);
    expect(small.unit).toBe('W');
    expect(small.yTicks[small.yTicks.length - 1].label).toBe('140');
  });
});

describe('powerUnit(maxKw)', () => {
  it('picks W, kW or MW by the largest value', () => {
    expect(powerUnit(0.5)).toEqual({ unit: 'W', perKw: 1000 });
    expect(powerUnit(1)).toEqual({ unit: 'kW', perKw: 1 });
    expect(powerUnit(2500)).toEqual({ unit: 'MW', perKw: 0.001 });
  });
});
