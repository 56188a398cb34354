import { describe, expect, it } from 'vitest';
import { cleanName, decodeXmlReferences, MAX_NAME_CHARS } from '../../../../src/document/import/cleanText';
import { IdAllocator, slug } from '../../../../src/document/import/importIds';

describe('decodeXmlReferences(text)', () => {
  it('decodes the five predefined entities and numeric references, once', () => {
    expect(decodeXmlReferences('AT&amp;T &lt;b&gt; &quot;q&quot; &apos; &#65;&#x42; &amp;lt;')).toBe(`AT&T <b> "q" ' AB &lt;`);
  });

  it('leaves other entities as text and drops references to impossible code points', () => {
    expect(decodeXmlReferences('&lol; &nbsp; &#x110000; &#xD800; &#0;')).toBe('&lol; &nbsp;   ');
  });
});

describe('cleanName(raw)', () => {
  it('removes control, bidi-override and zero-width-no-break characters and collapses whitespace', () => {
    expect(cleanName('  Oslo\u0000\u0007\u202e\u2066 \ufeff\n\tcentral ')).toBe('Oslo central');
  });

  it(`caps at ${MAX_NAME_CHARS} UTF-16 units without splitting a surrogate pair`, () => {
    const name = cleanName('😀'.repeat(200));
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(name.endsWith('…')).toBe(true);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('slug(name) and IdAllocator', () => {
  it('makes ASCII ids from names, dropping accents', () => {
    expect(slug('Tromsø – Universitetet')).toBe('troms-universitetet');
    expect(slug('Zürich')).toBe('zurich');
    expect(slug('<script>')).toBe('script');
    expect(slug('???')).toBe('');
  });

  it('gives unique ids of at most 64 characters, falling back when a name has no letters', () => {
    const ids = new IdAllocator();
    const made = ['Oslo', 'Oslo', 'oslo', '', '', 'x'.repeat(200), 'x'.repeat(200)].map((name, i) => ids.allocate(name, `node-${i}`));
    expect(made.slice(0, 5)).toEqual(['oslo', 'oslo-2', 'oslo-3', 'node-3', 'node-4']);
    expect(new Set(made).size).toBe(made.length);
    expect(made.every((id) => id.length >= 1 && id.length <= 64)).toBe(true);
  });
});
