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
