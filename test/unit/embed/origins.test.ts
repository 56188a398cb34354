import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrigin, parseOriginList } from '../../../src/ui/embed/origins';

describe('parseOrigin(entry)', () => {
  it.each([
    ['https://a.example', 'https://a.example'],
    ['https://a.example/', 'https://a.example'],
    ['HTTPS://A.Example', 'https://a.example'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['https://a.example:443', 'https://a.example'],
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['http://[::1]:4173', 'http://[::1]:4173'],
  ])('reads %s as the origin %s', (entry, origin) => {
    expect(parseOrigin(entry)).toBe(origin);
  });

  it.each([
    ['*', 'a wildcard'],
    ['null', 'the opaque origin'],
    ['a.example', 'a host without a scheme'],
    ['//a.example', 'a scheme-relative URL'],
    ['ftp://a.example', 'another scheme'],
    ['file:///tmp/x.html', 'a file URL'],
    ['javascript:alert(1)', 'a script URL'],
    ['data:text/html,hi', 'a data URL'],
    ['https://a.example/app', 'a path'],
    ['https://a.example//', 'a path of slashes'],
    ['https://a.example/?x=1', 'a query'],
    ['https://a.example?', 'an empty query'],
    ['https://a.example#top', 'a fragment'],
    ['https://user:pw@a.example', 'credentials'],
    ['https://', 'no host'],
    ['https://a b.example', 'a space in the host'],
  ])('refuses %s (%s)', (entry) => {
    expect(parseOrigin(entry)).toBeNull();
  });

  it('returns, for anything it accepts, an origin that reads back as itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.webUrl().map((u) => u.replace(/\/.*$/, '')),
        ),
        (entry) => {
          const origin = parseOrigin(entry);
          if (origin === null) return;
          expect(new URL(origin).origin).toBe(origin);
          expect(parseOrigin(origin)).toBe(origin);
        },
      ),
    );
  });
});

describe('parseOriginList(text)', () => {
  it('splits on commas and white space, keeps first-mention order and drops repeats', () => {
    expect(parseOriginList(' https://b.example, https://a.example\nhttps://B.example/ ,,')).toEqual({
      origins: ['https://b.example', 'https://a.example'],
      rejected: [],
    });
  });

  it('lists what is not an origin apart, as written, and never lets it widen the list', () => {
    expect(parseOriginList('https://a.example,*,https://b.example/path,null')).toEqual({
      origins: ['https://a.example'],
      rejected: ['*', 'https://b.example/path', 'null'],
    });
  });

  it('reads an empty or blank list as no origins', () => {
    expect(parseOriginList('')).toEqual({ origins: [], rejected: [] });
    expect(parseOriginList(' , \t')).toEqual({ origins: [], rejected: [] });
  });

  it('accounts for every entry: each is an origin or rejected, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 }))), (entries) => {
        const { origins, rejected } = parseOriginList(entries.join(','));
        const written = entries
          .join(',')
          .split(/[\s,]+/)
          .filter((e) => e !== '');
        expect(rejected.every((r) => written.includes(r) && parseOrigin(r) === null)).toBe(true);
        expect(new Set(origins).size).toBe(origins.length);
        for (const entry of written) {
          const origin = parseOrigin(entry);
          expect(origin === null ? rejected.includes(entry) : origins.includes(origin)).toBe(true);
        }
      }),
    );
  });
});
