import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/diagnostics/diagnose.ts';
import { formatJson } from '../src/report/json.ts';
import { check } from './helpers/project.ts';
import { reported, REPORTED } from './helpers/reported-project.ts';

const { diagnostics, summary, texts, byCode } = reported();

/** The one diagnostic's entry in the report. */
const entryOf = (diagnostic: ReturnType<typeof byCode>) => JSON.parse(formatJson([diagnostic], summary, texts)).diagnostics[0];

describe('formatJson', () => {
  it.each([
    [
      'an error, with 1-based line and column (columns in characters) and its hint',
      byCode('BRF102'),
      {
        severity: 'error',
        code: 'BRF102',
        file: 'slides/01.md',
        line: 4,
        column: 15,
        endLine: 4,
        endColumn: 17,
        message: 'Paragraph `¶9` is out of range: `memo` has 2 paragraphs.',
        hint: 'Cite a paragraph from ¶1 to ¶2; `brief sources ID` lists them.',
      },
    ],
    [
      'a warning',
      byCode('BRF105'),
      {
        severity: 'warning',
        code: 'BRF105',
        file: 'slides/01.md',
        line: 5,
        column: 6,
        endLine: 5,
        endColumn: 20,
        message: 'Unattributed quotation `unattributed`: no citation in the same block.',
        hint: 'Add the citation of the paragraph it quotes to the same bullet or paragraph, e.g. `[@id ¶4]`; for emphasis rather than quotation, use *italics*.',
      },
    ],
    [
      'a span over two lines, and no hint key when there is no hint',
      byCode('BRF104', 1),
      { severity: 'error', code: 'BRF104', file: 'slides/01.md', line: 7, column: 6, endLine: 8, endColumn: 18, message: 'Quotation `said it: twice, again` does not occur in `memo ¶1`.' },
    ],
    [
      'a file name as it is, relative to the root',
      byCode('BRF101'),
      {
        severity: 'error',
        code: 'BRF101',
        file: 'slides/02 50%, a:b.md',
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 14,
        message: 'Unknown source `mem`: there is no `assets/sources/mem.md`.',
        hint: 'Did you mean `memo`?',
      },
    ],
    [
      'a problem with a whole file at line 1, column 1 of that file',
      diagnose('BRF003', { reason: 'permission denied' }, { path: 'assets/sources/locked.md' }),
      {
        severity: 'error',
        code: 'BRF003',
        file: 'assets/sources/locked.md',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: 'File cannot be read: permission denied.',
        hint: "Check the file's permissions, or remove it from the folder.",
      },
    ],
  ])('gives %s', (_, diagnostic, entry) => {
    expect(entryOf(diagnostic)).toStrictEqual(entry);
  });

  it('prints exactly one JSON object on one line: the diagnostics in order, then the summary', () => {
    const out = formatJson(diagnostics, summary, texts);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')).toHaveLength(2);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['diagnostics', 'summary']);
    expect(report.diagnostics.map((d: { code: string; line: number }) => `${d.code}@${d.line}`)).toEqual(['BRF104@3', 'BRF102@4', 'BRF105@5', 'BRF104@7', 'BRF101@3']);
    expect(report.summary).toStrictEqual({
      slides: 2,
      citations: 4,
      sources: 1,
      sourcesCited: 1,
      paragraphs: 2,
      paragraphsCited: 2,
      quotationsVerified: 0,
      briefersVoice: 0,
      errors: 4,
      warnings: 1,
      accepted: 0,
    });
  });

  it('prints an empty list for a clean project', () => {
    expect(JSON.parse(formatJson([], summary, texts)).diagnostics).toEqual([]);
  });

  it('writes control characters in messages as JSON escapes, which a terminal never acts on, and parse back to the text', () => {
    const files = { ...REPORTED, 'slides/01.md': '# T\n\n- They said "rose \u001b[2J by half" [@memo ¶2]\n\nNote:\nSay it.\n' };
    const result = check(files);
    const out = formatJson(result.diagnostics, result.summary, new Map(Object.entries(files)));
    expect(out).not.toContain('\u001b');
    expect(out).toContain('rose \\u001b[2J by half');
    expect(JSON.parse(out).diagnostics[0]).toMatchObject({ code: 'BRF104', message: 'Quotation `rose \u001b[2J by half` does not occur in `memo ¶2`.' });
  });
});
