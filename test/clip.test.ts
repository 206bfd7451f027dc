import { describe, expect, it } from 'vitest';
import { clip } from '../src/text/clip.ts';

describe('clip: text on one line, cut with an ellipsis', () => {
  it.each([
    ['short text', 10, 'short text'],
    ['  runs\n of\t white   space ', 40, 'runs of white space'],
    ['exactly ten', 11, 'exactly ten'],
    ['one character too long', 21, 'one character too lo…'],
    ['line one\nline two and more', 12, 'line one li…'],
    // Cut inside a surrogate pair, the pair goes whole.
    ['ab😀cd', 4, 'ab…'],
    ['ab😀cd', 5, 'ab😀…'],
  ])('clip(%j, %i) is %j', (text, max, expected) => {
    const clipped = clip(text, max);
    expect(clipped).toBe(expected);
    expect(clipped.length).toBeLessThanOrEqual(max);
  });
});
