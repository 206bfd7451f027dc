import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/diagnostics/diagnose.ts';
import { formatDiagnostics, formatPretty } from '../src/report/pretty.ts';
import { reported } from './helpers/reported-project.ts';

const { diagnostics, summary, texts, byCode } = reported();
const ESC = '\u001b';

describe('formatPretty, without colour', () => {
  it.each([
    [
      'an error with its line, the span underlined, and its hint',
      byCode('BRF102'),
      [
        'slides/01.md:4:15 - error BRF102: Paragraph `¶9` is out of range: `memo` has 2 paragraphs.',
        '',
        '4 - More [@memo ¶9]',
        '                ~~',
        '  hint: Cite a paragraph from ¶1 to ¶2; `brief sources ID` lists them.',
        '',
      ],
    ],
    [
      'a warning',
      byCode('BRF105'),
      [
        'slides/01.md:5:6 - warning BRF105: Unattributed quotation `unattributed`: no citation in the same block.',
        '',
        '5 - An "unattributed" phrase',
        '       ~~~~~~~~~~~~~~',
        '  hint: Add the citation of the paragraph it quotes to the same bullet or paragraph, e.g. `[@id ¶4]`; for emphasis rather than quotation, use *italics*.',
        '',
      ],
    ],
    [
      'a span that runs onto the next line, underlined to the end of its first line, with no hint',
      byCode('BRF104', 1),
      ['slides/01.md:7:6 - error BRF104: Quotation `said it: twice, again` does not occur in `memo ¶1`.', '', '7 They "said', '       ~~~~~', ''],
    ],
    [
      'a file name as it is, whatever it holds',
      byCode('BRF101'),
      [
        'slides/02 50%, a:b.md:3:11 - error BRF101: Unknown source `mem`: there is no `assets/sources/mem.md`.',
        '',
        '3 - Claim [@mem ¶1]',
        '            ~~~',
        '  hint: Did you mean `memo`?',
        '',
      ],
    ],
    [
      'a problem with a whole file: its path, no line and no frame',
      diagnose('BRF003', { reason: 'permission denied' }, { path: 'assets/sources/locked.md' }),
      ["assets/sources/locked.md - error BRF003: File cannot be read: permission denied.", "  hint: Check the file's permissions, or remove it from the folder.", ''],
    ],
  ])('prints %s', (_, diagnostic, lines) => {
    expect(formatDiagnostics([diagnostic], texts, { color: false })).toBe(lines.map((line) => `${line}\n`).join(''));
  });

  it('prints every diagnostic in order, then the summary line, and nothing else', () => {
    const report = formatPretty(diagnostics, summary, texts, { color: false });
    expect(report).toBe(
      `${formatDiagnostics(diagnostics, texts, { color: false })}2 slides, 4 citations to 1 of 1 source (2 of 2 paragraphs cited, 0 quotations verified): 4 errors, 1 warning\n`,
    );
    expect(report.match(/^\S.* - (error|warning) BRF\d{3}: /gm)).toHaveLength(diagnostics.length);
    expect(report).not.toContain(ESC);
  });

  it('prints a clean project as its summary line alone', () => {
    const clean = { ...summary, errors: 0, warnings: 0 };
    expect(formatPretty([], clean, texts, { color: false })).toBe('2 slides, 4 citations to 1 of 1 source (2 of 2 paragraphs cited, 0 quotations verified): 0 errors, 0 warnings\n');
  });
});

describe('formatPretty, in colour', () => {
  const paint = (code: number, text: string) => `${ESC}[${code}m${text}${ESC}[0m`;

  it.each([
    [
      'an error: location cyan, "error" and its squiggle red, code grey, "hint:" bold',
      byCode('BRF102'),
      [
        `${paint(36, 'slides/01.md:4:15')} - ${paint(31, 'error')} ${paint(90, 'BRF102:')} Paragraph \`¶9\` is out of range: \`memo\` has 2 paragraphs.`,
        '',
        '4 - More [@memo ¶9]',
        `                ${paint(31, '~~')}`,
        `  ${paint(1, 'hint:')} Cite a paragraph from ¶1 to ¶2; \`brief sources ID\` lists them.`,
        '',
      ],
    ],
    [
      'a warning: "warning" and its squiggle yellow',
      byCode('BRF105'),
      [
        `${paint(36, 'slides/01.md:5:6')} - ${paint(33, 'warning')} ${paint(90, 'BRF105:')} Unattributed quotation \`unattributed\`: no citation in the same block.`,
        '',
        '5 - An "unattributed" phrase',
        `       ${paint(33, '~~~~~~~~~~~~~~')}`,
        `  ${paint(1, 'hint:')} Add the citation of the paragraph it quotes to the same bullet or paragraph, e.g. \`[@id ¶4]\`; for emphasis rather than quotation, use *italics*.`,
        '',
      ],
    ],
  ])('prints %s', (_, diagnostic, lines) => {
    expect(formatDiagnostics([diagnostic], texts, { color: true })).toBe(lines.map((line) => `${line}\n`).join(''));
  });

  it('leaves the summary line and the text the user wrote uncoloured: colour is the only difference', () => {
    const coloured = formatPretty(diagnostics, summary, texts, { color: true });
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatPretty(diagnostics, summary, texts, { color: false }));
    expect(coloured.split('\n').filter((line) => line.includes(ESC)).every((line) => !/^\d+ /.test(line))).toBe(true);
  });
});

describe('formatPretty with text a terminal would act on', () => {
  it('escapes control characters and bidirectional overrides in messages, file names and frames', () => {
    const file = 'slides/\u001b]0;owned\u0007.md';
    const text = '# T\n\n- Claim \u202e[@nope ¶1]\n';
    const diagnostic = diagnose('BRF101', { id: 'nope' }, { file, offset: text.indexOf('nope'), length: 4 });
    const printed = formatDiagnostics([diagnostic], new Map([[file, text]]), { color: false });
    expect(printed).toBe(
      [
        'slides/\\x1b]0;owned\\x07.md:3:12 - error BRF101: Unknown source `nope`: there is no `assets/sources/nope.md`.',
        '',
        '3 - Claim \\u202e[@nope ¶1]',
        '                  ~~~~',
        '  hint: Import the source with `brief import FILE --id ID`.',
        '',
      ]
        .map((line) => `${line}\n`)
        .join(''),
    );
  });
});
