import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeForMatching } from '../src/text/normalize.ts';

describe('normalize', () => {
  it.each([
    ['  a \n\t b  ', 'a b'],
    ['“quoted” ‘single’ don’t', '"quoted" "single" don"t'],
    ['a — b', 'a-b'],
    ['a–b', 'a-b'],
    ['a - b', 'a-b'],
    ['Sino-Russian', 'Sino-Russian'],
    ['a -- b', 'a-b'],
    ['a---b', 'a-b'],
    ['cafe\u0301', 'café'],
    ['\u212B', '\u00C5'], // ANGSTROM SIGN is Å in NFC
    ['\u1100\u1161\u11A8', '\uAC01'], // Hangul jamo compose into one syllable
  ])('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('remembers where each character came from', () => {
    const input = 'ab  —  cd';
    const { text, origin } = normalizeForMatching(input);
    expect(text).toBe('ab-cd');
    expect([...text].map((_, i) => input[origin[i] ?? -1])).toEqual(['a', 'b', '—', 'c', 'd']);
  });
});

describe('normalizeForMatching in NFC', () => {
  it('maps each composed character back to every character it came from', () => {
    const input = 'Le cafe\u0301 — cre\u0300me';
    const { text, origin, originEnd } = normalizeForMatching(input);
    expect(text).toBe('Le café-crème');
    const sources = [...text].map((_, i) => input.slice(origin[i], originEnd[i]));
    expect(sources).toEqual(['L', 'e', ' ', 'c', 'a', 'f', 'e\u0301', '—', 'c', 'r', 'e\u0300', 'm', 'e']);
  });

  it('gives NFC and NFD forms of any text the same normalised text', () => {
    const piece = fc.constantFrom('a', 'e', 'é', 'e\u0301', 'ǖ', 'ḍ̇', '한', '\u1100\u1161', '\u0301', ' ', '—', '--', '“', '𝒜', '\u212B');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const input = pieces.join('');
        const expected = normalize(input.normalize('NFC'));
        expect(normalize(input)).toBe(expected);
        expect(normalize(input.normalize('NFD'))).toBe(expected);
        const { text, origin, originEnd } = normalizeForMatching(input);
        expect(origin).toHaveLength(text.length);
        expect(originEnd).toHaveLength(text.length);
        for (let i = 0; i < text.length; i++) expect(origin[i] as number).toBeLessThan(originEnd[i] as number);
      }),
      { numRuns: 500 },
    );
  });
});
