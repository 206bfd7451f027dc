import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskEveryPattern, maskNonProse } from '../src/text/mask.ts';

/** Pieces of Markdown: words, citations, and every character any masked pattern starts or turns on. */
const PIECES = [
  'word', ' ', '\n', '   ', '"', '“', '”', '[', ']', '(', ')', ':', '@', '¶4', '[@a ¶2]', '!', '-', '>',
  '`', '``', '<', '</b>', '<b>', '<!--', '-->', '<https://x.y>', '](https://x.y)', '[ref]: https://x.y', '\\', '\\"', '&amp;',
];

describe('masking what is not prose', () => {
  it('gives, for text it skips, what trying every pattern gives (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        expect(maskNonProse(text)).toBe(maskEveryPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['code', 'a `"x"` b', 'a       b'],
    ['an HTML tag', 'a <span title="x">b</span>', 'a                 b       '],
    ['a link destination', '[a](https://x.y "t") b', `[a]${' '.repeat(17)} b`],
    ['an escape', String.raw`say \"x\"`, 'say   x  '],
  ])('blanks %s, keeping every offset', (_name, markdown, masked) => {
    expect(maskNonProse(markdown)).toBe(masked);
  });
});
