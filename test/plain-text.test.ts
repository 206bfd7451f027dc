import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexInline } from '../src/markdown/front-end.ts';
import { inlineMarkdownToPlainText, tokensToPlainText } from '../src/markdown/plain-text.ts';

/** Pieces of text with no inline syntax in them, some of which marked still makes tokens of (autolinks, line breaks). */
const PLAIN_PIECES = [
  'word', 'Beijing', 'ÉTAT', 'naïve', '2022', ' ', '  ', '\n', ' \n', '\t', '.', ',', ';', ':', '?', '"', '“', '”', "'", '’', '(', ')', '-', '–', '/',
  '@', '#', '%', '^', '+', '=', '|', '{', '}', '>', 'http://example.org/a', 'https://x.y', 'www.example.com', 'ftp://f.g', 'a@b.org', 'mailto:x',
];

describe('plain text of inline Markdown', () => {
  it('gives text without inline syntax as marked would read it (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PLAIN_PIECES), { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(inlineMarkdownToPlainText(text)).toBe(tokensToPlainText(lexInline(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['emphasis', '*China* sides with **Russia**', 'China sides with Russia'],
    ['a character reference', 'AT&amp;T', 'AT&T'],
    ['an escape', String.raw`snake\_case`, 'snake_case'],
    ['a link', 'the [statement](https://x.y)', 'the statement'],
    ['code', 'the `--fix` flag', 'the --fix flag'],
    ['a hard line break', 'one  \ntwo', 'one\ntwo'],
  ])('reads %s through marked', (_name, markdown, text) => {
    expect(inlineMarkdownToPlainText(markdown)).toBe(text);
  });
});
