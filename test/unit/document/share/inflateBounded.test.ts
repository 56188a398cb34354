import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inflateBounded } from '../../../../src/document/share/inflateBounded';

describe('inflateBounded(compressed, maxBytes)', () => {
  it('gives back what deflate compressed, across many input steps', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 20_000 }),
          fc.string({ maxLength: 30_000 }).map((s) => new TextEncoder().encode(s)),
        ),
        fc.integer({ min: 0, max: 9 }),
        (bytes, level) => {
          const inflated = inflateBounded(deflateSync(bytes, { level: level as 0 }), 1_000_000);
          expect(inflated).toEqual({ ok: true, bytes });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('accepts output of exactly maxBytes and refuses one byte more', () => {
    const text = new TextEncoder().encode('a'.repeat(300_000));
    const compressed = deflateSync(text);
    expect(inflateBounded(compressed, 300_000)).toEqual({ ok: true, bytes: text });
    expect(inflateBounded(compressed, 299_999)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('stops as soon as the output passes the cap, before reading the rest of the input', () => {
    // 4 MB of zeros deflates to ~4 kB; its first 1 kB step alone inflates past 512 kB.
    const bomb = deflateSync(new Uint8Array(4_000_000), { level: 9 });
    expect(bomb.length).toBeGreaterThan(2048);
    const damagedTail = bomb.slice();
    damagedTail.fill(0xff, 2048);
    // Read to the end, the damaged tail is an error; stopped at the cap, it is never read.
    expect(inflateBounded(damagedTail, 10_000_000).ok).toBe(false);
    expect(inflateBounded(damagedTail, 10_000_000)).toMatchObject({ reason: 'corrupt' });
    expect(inflateBounded(damagedTail, 512_000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses empty, truncated and invalid data as corrupt', () => {
    const compressed = deflateSync(new TextEncoder().encode('{"schemaVersion":1,"name":"x"}'.repeat(50)));
    for (const bad of [new Uint8Array(0), compressed.subarray(0, compressed.length - 3), new Uint8Array([0xff, 0xff, 0xff])]) {
      expect(inflateBounded(bad, 1_000_000)).toMatchObject({ ok: false, reason: 'corrupt' });
    }
  });
});
