import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimText } from '../src/citations/claim-text.ts';
import { citationPattern } from '../src/markdown/citation-syntax.ts';
import { inlineMarkdownToPlainText } from '../src/markdown/plain-text.ts';

/**
 * A claim's text as it was first defined, pattern by pattern. Claim ids are
 * digests of this text and reviews are kept by id: however claimText is
 * made faster, it must give the same text, or reviewed claims turn stale.
 */
function claimTextByPatterns(markdown: string): string {
  const words = markdown.replace(citationPattern(), ' ').replace(/^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})[ \t]+)?/gm, '');
  return inlineMarkdownToPlainText(words).replace(/\s{2,}|[^\S ]/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim();
}

/** Words, every kind of white space, punctuation, citations whole and broken, line markers, and inline syntax. */
const PIECES = [
  'word', 'Beijing', 'naïve', '2022', '😀', ' ', '  ', '\n', '  \n', '\t', '\r', '\v', '\f', '\u00a0', '\u2003', '\u2028', '\u2029', '\u3000', '\ufeff',
  '.', ',', ';', ':', '!', '?', '"', '“', '”', "'", '(', ')', '|', '[@a ¶1]', '[@a ¶2-3; @b ¶4]', '[@', ']', '[', '- ', '* ', '+ ', '1. ', '12) ',
  '1234567890. ', '# ', '###### ', '####### ', '> ', '>', '>>', '*', '**', '_', '`', '\\', '&amp;', '<b>', '$', '~', '&', '#', '-',
];

describe('claim text', () => {
  /** Random Markdown made of `pieces` gives the text the patterns give. */
  const asThePatterns = (pieces: readonly string[]) =>
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join('')), (markdown) => {
        expect(claimText(markdown)).toBe(claimTextByPatterns(markdown));
      }),
      { numRuns: 5000 },
    );

  it('is the text the patterns give, for any Markdown (fast-check)', () => asThePatterns(PIECES));

  it('is the text the patterns give for plain words, which take the shortcut (fast-check)', () =>
    asThePatterns(PIECES.filter((piece) => !/[\\<![\]`*_~$&]/.test(piece) || piece.startsWith('[@a'))));

  it.each([
    ['a bullet', '- China and Russia signed a statement. [@pism ¶2]', 'China and Russia signed a statement.'],
    ['a citation before the full stop', 'Moscow updates Beijing [@pism ¶3].', 'Moscow updates Beijing.'],
    ['a quotation and emphasis', '> The *relationship* has "no limits" [@a ¶1]', 'The relationship has "no limits"'],
    ['a numbered item over two lines', '2. Talks went on\n   for days, [@a ¶4] officials said', 'Talks went on for days, officials said'],
    ['white space of every kind', '\u00a0 Words\t\tand\u2003more \n', 'Words and more'],
    ['nothing but a citation', '[@a ¶1]', ''],
  ])('reads %s', (_name, markdown, text) => {
    expect(claimText(markdown)).toBe(text);
  });
});
