import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_HEDGES, CONTRASTS, NEGATIONS, QUALIFIERS, SPEECH_VERBS, TRAILING_QUALIFIERS, WordList } from '../src/faithfulness/qualifiers.ts';
import { letterOrDigitAt, previousCharacter } from '../src/text/letters.ts';

const LISTS = { QUALIFIERS, TRAILING_QUALIFIERS, CLAIM_HEDGES, NEGATIONS, CONTRASTS, SPEECH_VERBS };

/**
 * What a whole word of the list is, said as one pattern with Unicode
 * lookarounds: how WordList found them before it told word edges by the
 * characters either side. Too slow to compile on every check, plain enough
 * to hold it to.
 */
function lookaroundPattern(words: readonly string[]): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace("'", "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function allFound(pattern: RegExp, text: string): { word: string; index: number }[] {
  return [...text.matchAll(pattern)].map((match) => ({ word: match[0], index: match.index }));
}

describe('a word list finds whole words, case ignored', () => {
  const list = new WordList(QUALIFIERS);

  it.each([
    ['It may rise.', { word: 'may', index: 3 }],
    ['MAY it rise?', { word: 'MAY', index: 0 }],
    ['The mayor may rise.', { word: 'may', index: 10 }],
    ["It's likely.", { word: 'likely', index: 5 }],
    ['according  to him', { word: 'according  to', index: 0 }],
    ['almost certainly so', { word: 'almost certainly', index: 0 }],
    ['élmay may', { word: 'may', index: 6 }],
    ['𝐀may may', { word: 'may', index: 6 }],
    ['may𝐀 may', { word: 'may', index: 6 }],
    ['2may may3 may', { word: 'may', index: 10 }],
    ["o'may ’may (may)", { word: 'may', index: 12 }],
    ['poſſibly so', { word: 'poſſibly', index: 0 }],
    ['unliKely', { word: 'unliKely', index: 0 }],
    ['ſmay may', { word: 'may', index: 5 }],
    ['mayday maybe', undefined],
    ['', undefined],
  ])('%j', (text, expected) => {
    expect(list.find(text)).toEqual(expected);
  });

  it('reads on from `from`, and `last` is the last of them', () => {
    expect(list.find('may, might, could', 1)).toEqual({ word: 'might', index: 5 });
    expect(list.last('may, might, could; nothing more')).toEqual({ word: 'could', index: 12 });
    expect(list.last('nothing here')).toBeUndefined();
  });

  it('refuses a list it would read wrongly: a word that is another cut before a space', () => {
    expect(() => new WordList(['trying', 'trying to'])).toThrow(/"trying" begins "trying to"/);
    expect(() => new WordList(['may', 'maybe'])).not.toThrow();
  });

  it.each(Object.entries(LISTS))('finds in %s what the lookaround pattern finds, on random text (fast-check)', (_, words) => {
    const list = new WordList(words);
    const pattern = lookaroundPattern(words);
    const piece = fc.oneof(
      fc.constantFrom(...words, ...words.map((word) => word.toUpperCase()), ...words.map((word) => word.replaceAll('s', 'ſ').replaceAll('k', '\u212a'))),
      fc.constantFrom(' ', '  ', '\n', ',', '.', "'", '’', '-', 'a', 'É', 'é', '7', '𝐀', '\ud835', '\udc00', 'ß', 'x', 'ſ', '\u212a'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const expected = allFound(pattern, text);
        const found: { word: string; index: number }[] = [];
        for (let next = list.find(text); next; next = list.find(text, next.index + next.word.length)) found.push(next);
        expect(found).toEqual(expected);
        expect(list.last(text)).toEqual(expected[expected.length - 1]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('letters and digits of any script', () => {
  it.each([
    ['a', 0, true],
    ['Z', 0, true],
    ['5', 0, true],
    ['é', 0, true],
    ['ж', 0, true],
    ['٣', 0, true],
    ['𝐀', 0, true],
    ['𝐀', 1, false],
    [' ', 0, false],
    ['’', 0, false],
    ['-', 0, false],
    ['a', 1, false],
  ])('%j at %i: %s', (text, index, expected) => {
    expect(letterOrDigitAt(text, index)).toBe(expected);
  });

  it('steps back over a whole surrogate pair, and one unit otherwise', () => {
    expect(previousCharacter('x𝐀y', 3)).toBe(1);
    expect(previousCharacter('xay', 2)).toBe(1);
    expect(previousCharacter('\udc00y', 1)).toBe(0);
  });
});
