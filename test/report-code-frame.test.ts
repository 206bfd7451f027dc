import { describe, expect, it } from 'vitest';
import { codeFrame, MAX_FRAME_WIDTH } from '../src/report/code-frame.ts';
import { Locator } from '../src/report/locate.ts';
import type { Diagnostic } from '../src/types.ts';

const FILE = 'slides/01.md';

/** The frame for a span that starts at the first `marked` in `text` and is `length` characters long (by default, `marked`). */
function frame(text: string, marked: string, length = marked.length, paint?: (s: string) => string): string[] {
  return frameAt(text, text.indexOf(marked), length, paint);
}

function frameAt(text: string, offset: number, length: number, paint?: (s: string) => string): string[] {
  const diagnostic: Diagnostic = { code: 'BRF102', severity: 'error', message: 'm', where: { file: FILE, offset, length } };
  return codeFrame(diagnostic, new Locator(new Map([[FILE, text]])), paint);
}

const long = (before: number, word: string, after: number) => `${'a'.repeat(before)}${word}${'b'.repeat(after)}`;

/** The frame as it should read: line `n` shown as `shown`, with one `~` under each character of `underlined` in it (counted in code points). */
function expected(n: number, shown: string, underlined: string): string[] {
  const gutter = String(n);
  const column = Array.from(shown.slice(0, shown.indexOf(underlined))).length;
  return [`${gutter} ${shown}`, `${' '.repeat(gutter.length + 1 + column)}${'~'.repeat(Array.from(underlined).length)}`];
}

describe('codeFrame', () => {
  it.each<[string, string, string, number | undefined, string[]]>([
    ['the span underlined, under the line with its number', '# T\n\n- Claim [@a ¶9]\n', '¶9', undefined, expected(3, '- Claim [@a ¶9]', '¶9')],
    ['a gutter as wide as the line number', `${'\n'.repeat(11)}x [@a ¶9]\n`, '¶9', undefined, expected(12, 'x [@a ¶9]', '¶9')],
    ['characters beyond the BMP as one column each', '- 𝒳 said "this" [@a ¶1]\n', '"this"', undefined, expected(1, '- 𝒳 said "this" [@a ¶1]', '"this"')],
    ['tabs as single spaces, so the underline stays under the span', '-\tClaim\t[@a ¶9]\n', '¶9', undefined, expected(1, '- Claim [@a ¶9]', '¶9')],
    ['a span running onto the next line, underlined to the end of its first line', 'They "said\nit" [@a ¶1]\n', '"said', 12, expected(1, 'They "said', '"said')],
    ['an empty span as one ~ under where it is', '- Claim [@a ¶]\n', ']', 0, expected(1, '- Claim [@a ¶]', ']')],
    ['a control character escaped, the underline moved to stay under the span', '- \u001b[2J [@a ¶9]\n', '¶9', undefined, expected(1, '- \\x1b[2J [@a ¶9]', '¶9')],
    ['a bidirectional override escaped inside the span, the underline as long as what is shown', '- "a\u202eb" [@a ¶1]\n', '"a', 5, expected(1, '- "a\\u202eb" [@a ¶1]', '"a\\u202eb"')],
  ])('shows %s', (_, text, marked, length, lines) => {
    expect(frame(text, marked, length)).toEqual(lines);
  });

  const frontMatterOnly = '---\ntitle: A\n---\n';
  it.each<[string, string, number, string[]]>([
    ['on an empty line at the end of the file (BRF208 on a source with front matter only)', frontMatterOnly, frontMatterOnly.length, ['4 ', '  ~']],
    ['on an empty line between two others', 'a\n\nb\n', 2, ['2 ', '  ~']],
    ['at the end of a line, just after its last character', '- Claim [@a ¶]\nnext\n', 14, ['1 - Claim [@a ¶]', `  ${' '.repeat(14)}~`]],
    ['at the end of a line longer than MAX_FRAME_WIDTH', long(1000, 'SPAN', 0), 1004, [`1 …${long(36, 'SPAN', 0)}`, `  ${' '.repeat(41)}~`]],
  ])('shows an empty span %s as one ~ where it is', (_, text, offset, lines) => {
    expect(frameAt(text, offset, 0)).toEqual(lines);
  });

  it.each<[string, string, string[]]>([
    ['a span near the start: the start of the line, cut with … after', long(10, 'SPAN', 300), [`1 ${long(10, 'SPAN', MAX_FRAME_WIDTH - 14)}…`, `  ${' '.repeat(10)}~~~~`]],
    [
      'a span far along: 40 characters before it, cut with … on both sides',
      long(1000, 'SPAN', 1000),
      [`1 …${long(40, 'SPAN', MAX_FRAME_WIDTH - 44)}…`, `  ${' '.repeat(41)}~~~~`],
    ],
    ['a span at the end', long(1000, 'SPAN', 0), [`1 …${long(40, 'SPAN', 0)}`, `  ${' '.repeat(41)}~~~~`]],
  ])('shows a line longer than MAX_FRAME_WIDTH as a window around the span: %s', (_, text, lines) => {
    expect(frame(text, 'SPAN')).toEqual(lines);
  });

  it('paints the underline only', () => {
    const [line, underline] = expected(1, '- Claim [@a ¶9]', '¶9');
    expect(frame('- Claim [@a ¶9]\n', '¶9', 2, (s) => `<${s}>`)).toEqual([line, underline?.replace('~~', '<~~>')]);
  });

  it('shows nothing for a diagnostic without a span', () => {
    expect(codeFrame({ code: 'BRF001', severity: 'error', message: 'm', where: { path: 'slides' } }, new Locator(new Map()))).toEqual([]);
  });
});
