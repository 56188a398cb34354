import { describe, expect, it } from 'vitest';
import { linkSpeedOf, speedFromLabel } from '../../../../src/document/import/linkSpeed';

const data = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('speedFromLabel(label)', () => {
  it.each([
    ['OC-192c', 192 * 51.84e6],
    ['OC-48', 48 * 51.84e6],
    ['STM-16', 16 * 155.52e6],
    ['10 Gbps', 10e9],
    ['2.5 Gbps', 2.5e9],
    ['10 Gbit/s', 10e9],
    ['155 Mbps', 155e6],
    ['10G', 10e9],
    ['10GE', 10e9],
    ['1 GigE', 1e9],
    ['2x10G', 20e9],
    ['2 x 1 Gbit/s', 2e9],
    ['100-155 Mbit/s', 100e6],
    ['T1', 1.544e6],
    ['E1', 2.048e6],
    ['DS3', 44.736e6],
  ])('%s → %d bit/s', (label, bitsPerSecond) => {
    expect(speedFromLabel(label)).toBeCloseTo(bitsPerSecond, 0);
  });

  it.each(['Lit Fibre', 'c', '', 'fibre 2km', '0 Gbps', '9999999 Tbps'])('"%s" names no plausible speed', (label) => {
    expect(speedFromLabel(label)).toBeNull();
  });
});

describe('linkSpeedOf(data)', () => {
  it('prefers LinkSpeedRaw, then LinkSpeed × LinkSpeedUnits, then LinkLabel', () => {
    const all = { LinkSpeedRaw: '2500000000.0', LinkSpeed: '10', LinkSpeedUnits: 'G', LinkLabel: '155 Mbps' };
    expect(linkSpeedOf(data(all))).toEqual({ bitsPerSecond: 2.5e9, source: 'LinkSpeedRaw' });
    expect(linkSpeedOf(data({ ...all, LinkSpeedRaw: '' }))).toEqual({ bitsPerSecond: 10e9, source: 'LinkSpeed' });
    expect(linkSpeedOf(data({ LinkSpeed: '10', LinkLabel: '155 Mbps' }))).toEqual({ bitsPerSecond: 155e6, source: 'LinkLabel' });
  });

  it.each(['-1e9', '0', 'NaN', 'Infinity', '1e400', '1e16', '0x10', '1e9 bit/s'])('ignores LinkSpeedRaw "%s"', (raw) => {
    expect(linkSpeedOf(data({ LinkSpeedRaw: raw }))).toBeNull();
  });
});
