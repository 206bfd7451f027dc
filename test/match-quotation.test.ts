import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchQuotation } from '../src/citations/match-quotation.ts';

const PARAGRAPH =
  'Wang Yi told his counterpart that Russia’s security concerns should be taken seriously and that “regional security cannot be guaranteed by strengthening or even expanding military blocs.” It is the test of the U.S. and the EU – and their ability to respond.';

describe('matchQuotation', () => {
  it.each([
    ['regional security cannot be guaranteed'],
    ['"regional security cannot be guaranteed by strengthening or even expanding military blocs."'],
    ["Russia's security concerns"],
    ['the EU - and their ability'],
    ['the EU—and their ability'],
    ['regional   security\ncannot'],
    ['regional security … military blocs'],
    ['regional security ... expanding military blocs'],
    ['regional security [...] military blocs'],
    ['regional security [ … ] military blocs'],
    ['regional security.... military blocs'], // a full stop, then the ellipsis
    ['regional security, … , military blocs'],
    ['expanding military blocs,'],
  ])('finds %j', (quotation) => {
    expect(matchQuotation(quotation, PARAGRAPH)).toBeDefined();
  });

  it.each([
    ['Regional security cannot be guaranteed'], // case matters
    ['regional security can be guaranteed'], // a changed word
    ['military blocs … regional security'], // pieces out of order
    ['regional security cannot be guaranteed by strengthening NATO'],
    [''],
  ])('rejects %j', (quotation) => {
    expect(matchQuotation(quotation, PARAGRAPH)).toBeUndefined();
  });

  it('reports where each piece was found, in the original text', () => {
    const match = matchQuotation('regional security … military blocs', PARAGRAPH);
    const pieces = match?.pieces.map((p) => PARAGRAPH.slice(p.start, p.end));
    expect(pieces).toEqual(['regional security', 'military blocs']);
  });
});

/** Paragraph-like text: words, with quotes, apostrophes, dashes and white space of every kind between them. */
const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
const separator = fc.constantFrom(' ', '  ', '\n', ' – ', '—', '-', ', ', '. ', ' “', '” ', '’', "'", ' "');
const paragraph = fc
  .array(fc.tuple(word, separator), { minLength: 3, maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join('') + 'end.');

/** Rewrites white space, quotation marks and dashes into other forms the matcher must treat alike. */
function vary(text: string, seed: number): string {
  const spaces = [' ', '  ', '\n', '\t', ' \n '];
  const quotes = ['"', '“', '”', "'", '’', '‘'];
  const dashes = ['-', '–', '—', ' – ', ' - '];
  let i = seed;
  return text
    .replace(/\s+/g, () => spaces[i++ % spaces.length] as string)
    .replace(/["“”'’‘]/g, () => quotes[i++ % quotes.length] as string)
    .replace(/\s*[-–—]\s*/g, () => dashes[i++ % dashes.length] as string);
}

/** The cut `[start, end)` widened to whole words, so that it neither begins nor ends inside a word. */
function wholeWords(text: string, start: number, end: number): [number, number] {
  const letter = (i: number) => /[A-Za-z]/.test(text[i] ?? '');
  while (start > 0 && letter(start - 1) && letter(start)) start--;
  while (end < text.length && letter(end - 1) && letter(end)) end++;
  return [start, end];
}

describe('matchQuotation properties', () => {
  it('a run of whole words of a paragraph always matches, under any white space, quote or dash variation', () => {
    fc.assert(
      fc.property(paragraph, fc.nat(), fc.nat(), fc.nat(), (text, a, b, seed) => {
        const [start, end] = wholeWords(text, a % text.length, a % text.length + 1 + (b % (text.length - (a % text.length))));
        const quotation = vary(text.slice(start, end), seed);
        // A quotation that is only punctuation or white space says nothing to match.
        fc.pre(/[A-Za-z]/.test(quotation));
        expect(matchQuotation(quotation, text)).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  it('a quotation with one word changed never matches', () => {
    fc.assert(
      fc.property(paragraph, fc.nat(), fc.nat(), (text, a, n) => {
        const words = [...text.matchAll(/[A-Za-z]+/g)];
        const first = a % words.length;
        const count = 1 + (n % Math.min(6, words.length - first));
        const chosen = words.slice(first, first + count);
        const start = chosen[0]?.index ?? 0;
        const last = chosen[chosen.length - 1] as RegExpMatchArray;
        const quotation = text.slice(start, (last.index ?? 0) + last[0].length);
        const target = chosen[count >> 1] as RegExpMatchArray;
        // Digits never occur in the generated paragraphs, so the changed word occurs nowhere.
        const changed = quotation.slice(0, (target.index ?? 0) - start) + `${target[0]}9` + quotation.slice((target.index ?? 0) - start + target[0].length);
        expect(matchQuotation(changed, text)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
