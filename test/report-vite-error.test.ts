import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/diagnostics/diagnose.ts';
import { formatViteError } from '../src/report/vite-error.ts';
import { reported } from './helpers/reported-project.ts';

const { diagnostics, texts, byCode } = reported();
const ROOT = '/home/ana/briefing';

describe('formatViteError', () => {
  it('locates the error at its file, line and column, with the absolute path Vite opens and a frame of its own', () => {
    const error = formatViteError([byCode('BRF104', 1)], texts, ROOT);
    expect(error).toEqual({
      plugin: 'briefing-kit',
      message: 'slides/01.md:7:6 - error BRF104: Quotation `said it: twice, again` does not occur in `memo ¶1`.',
      id: `${ROOT}/slides/01.md`,
      loc: { file: 'slides/01.md', line: 7, column: 6 },
      frame: '7 They "said\n       ~~~~~',
    });
  });

  it('puts the hint under the message', () => {
    expect(formatViteError([byCode('BRF102')], texts, ROOT).message).toBe(
      'slides/01.md:4:15 - error BRF102: Paragraph `¶9` is out of range: `memo` has 2 paragraphs.\n  hint: Cite a paragraph from ¶1 to ¶2; `brief sources ID` lists them.',
    );
  });

  it('lists every other error in the message, each with its frame, so none hides behind the first; warnings are left out', () => {
    const error = formatViteError(diagnostics, texts, ROOT);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(2);
    expect(error.loc).toEqual({ file: 'slides/01.md', line: 3, column: 9 });
    const [first, ...others] = error.message.split('\n\nslides/');
    expect(first).toBe('slides/01.md:3:9 - error BRF104: Quotation `rose by half` does not occur in `memo ¶2`.\n  hint: Closest passage in the cited text: `rose by a`.');
    expect(others.map((entry) => entry.split(' - ')[0])).toEqual(['01.md:4:15', '01.md:7:6', '02 50%, a:b.md:3:11']);
    expect(error.message).toContain('\n\n4 - More [@memo ¶9]\n                ~~\n');
    expect(error.message).not.toContain('BRF105');
  });

  it('gives a problem with a whole file no location, only its path in the message', () => {
    const unreadable = diagnose('BRF003', { reason: 'permission denied' }, { path: 'assets/sources/locked.md' });
    expect(formatViteError([unreadable], texts, ROOT)).toEqual({
      plugin: 'briefing-kit',
      message: "assets/sources/locked.md - error BRF003: File cannot be read: permission denied.\n  hint: Check the file's permissions, or remove it from the folder.",
    });
  });
});
