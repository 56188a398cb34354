import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/ui/present/wrapLabel';

describe('wrapLabel', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapLabel('Hospital AI server (on premises)', 20, 2)).toEqual(['Hospital AI server', '(on premises)']);
    expect(wrapLabel('Telco MEC', 20, 2)).toEqual(['Telco MEC']);
  });

  it('ends the last kept line in an ellipsis when there are more lines', () => {
    expect(wrapLabel('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
  });

  it('keeps every word, in order, when the lines suffice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 4, max: 30 }),
        (words, width) => {
          const lines = wrapLabel(words.join(' '), width, 100);
          expect(lines.join(' ')).toBe(words.join(' '));
          for (const line of lines) expect(line.length <= width || !line.includes(' ')).toBe(true);
        },
      ),
    );
  });
});
