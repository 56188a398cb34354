import { describe, expect, it } from 'vitest';
import { fixturePairsCsvPath, parsePairsCsv, propagationError, readPairs } from '../../../bench/propagationCheck';

describe('parsePairsCsv(text)', () => {
  it('reads columns by name and keeps quoted fields with commas in one piece', () => {
    const text = 'from,to,from_lat,from_lon,to_lat,to_lon,gc_km,rtt_ms,rtt_stat\nA,"B, north",1,2,3,4,5,6.5,"P50 RTT, 30 days"\n';
    expect(parsePairsCsv(text)).toEqual([{ from: 'A', to: 'B, north', fromLat: 1, fromLon: 2, toLat: 3, toLon: 4, rttMs: 6.5 }]);
  });
});

describe('propagationError(Azure inter-region pairs)', () => {
  // The test fixture's copy of shared/data/latency (CC BY 4.0, Microsoft).
  const pairs = readPairs(fixturePairsCsvPath());

  it('reads all 1,519 measured pairs with finite coordinates and RTTs', () => {
    expect(pairs).toHaveLength(1519);
    for (const p of pairs) expect([p.fromLat, p.fromLon, p.toLat, p.toLon, p.rttMs].every(Number.isFinite)).toBe(true);
  });

  it('predicts measured RTT with a median absolute error of at most 15 %', () => {
    expect(propagationError(pairs).medianRelativeError).toBeLessThanOrEqual(0.15);
  });
});
