import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/diagnostics/diagnose.ts';
import { formatGithub } from '../src/report/github.ts';
import { check } from './helpers/project.ts';
import { reported, REPORTED } from './helpers/reported-project.ts';

const { diagnostics, summary, texts, byCode } = reported();
const MEMO = { 'assets/sources/memo.md': REPORTED['assets/sources/memo.md'] as string };

/** The workflow command for one diagnostic, without the summary line that ends every report. */
const commandFor = (diagnostic: ReturnType<typeof byCode>, files: ReadonlyMap<string, string> = texts) => formatGithub([diagnostic], summary, files).split('\n')[0];

describe('formatGithub', () => {
  it.each([
    [
      'an error as ::error with its position, code as title, and hint',
      byCode('BRF102'),
      '::error file=slides/01.md,line=4,col=15,endLine=4,endColumn=17,title=BRF102::Paragraph `¶9` is out of range: `memo` has 2 paragraphs. Hint: Cite a paragraph from ¶1 to ¶2; `brief sources ID` lists them.',
    ],
    [
      'a warning as ::warning',
      byCode('BRF105'),
      '::warning file=slides/01.md,line=5,col=6,endLine=5,endColumn=20,title=BRF105::Unattributed quotation `unattributed`: no citation in the same block. Hint: Add the citation of the paragraph it quotes to the same bullet or paragraph, e.g. `[@id ¶4]`; for emphasis rather than quotation, use *italics*.',
    ],
    [
      'a span over two lines; `:` and `,` in the message left as they are (only properties escape them)',
      byCode('BRF104', 1),
      '::error file=slides/01.md,line=7,col=6,endLine=8,endColumn=18,title=BRF104::Quotation `said it: twice, again` does not occur in `memo ¶1`.',
    ],
    [
      '`%`, `,` and `:` in the file name escaped as %25, %2C and %3A',
      byCode('BRF101'),
      '::error file=slides/02 50%25%2C a%3Ab.md,line=3,col=11,endLine=3,endColumn=14,title=BRF101::Unknown source `mem`: there is no `assets/sources/mem.md`. Hint: Did you mean `memo`?',
    ],
    [
      'a problem with a whole file at its line 1',
      diagnose('BRF003', { reason: 'permission denied' }, { path: 'assets/sources/locked.md' }),
      "::error file=assets/sources/locked.md,line=1,col=1,endLine=1,endColumn=1,title=BRF003::File cannot be read: permission denied. Hint: Check the file's permissions, or remove it from the folder.",
    ],
  ])('prints %s', (_, diagnostic, command) => {
    expect(commandFor(diagnostic)).toBe(command);
  });

  it('escapes `%` and line breaks, in a message or a file name, so each command stays one line', () => {
    const name = 'slides/a\nb 100%.md';
    const text = '# T\n\n- Costs "rose by 50%" [@memo ¶2]\n\nNote:\nSay it.\n';
    const result = check({ ...MEMO, [name]: text });
    const files = new Map([[name, text]]);
    expect(result.diagnostics.map((d) => commandFor(d, files))).toEqual([
      '::error file=slides/a%0Ab 100%25.md,line=3,col=9,endLine=3,endColumn=22,title=BRF104::Quotation `rose by 50%25` does not occur in `memo ¶2`. Hint: Closest passage in the cited text: `rose by a`.',
    ]);
    expect(commandFor(diagnose('BRF003', { reason: 'line one\nline two' }, { path: 'assets/sources/x.md' }))).toBe(
      "::error file=assets/sources/x.md,line=1,col=1,endLine=1,endColumn=1,title=BRF003::File cannot be read: line one%0Aline two. Hint: Check the file's permissions, or remove it from the folder.",
    );
  });

  it('writes a carriage return, in a file name or a message, as \\x0d: never a raw one that would end the command', () => {
    const name = 'slides/a\rb.md';
    const text = '# T\n\n- Claim [@mem ¶1]\n\nNote:\nSay it.\n';
    const [unknown] = check({ ...MEMO, [name]: text }).diagnostics;
    expect(commandFor(unknown!, new Map([[name, text]]))).toBe(
      '::error file=slides/a\\x0db.md,line=3,col=11,endLine=3,endColumn=14,title=BRF101::Unknown source `mem`: there is no `assets/sources/mem.md`. Hint: Did you mean `memo`?',
    );
    expect(commandFor(diagnose('BRF003', { reason: 'line one\rline two' }, { path: 'assets/sources/x.md' }))).toBe(
      "::error file=assets/sources/x.md,line=1,col=1,endLine=1,endColumn=1,title=BRF003::File cannot be read: line one\\x0dline two. Hint: Check the file's permissions, or remove it from the folder.",
    );
  });

  it('prints one command per diagnostic, in order, then the summary line', () => {
    const lines = formatGithub(diagnostics, summary, texts).split('\n');
    expect(lines).toHaveLength(diagnostics.length + 2);
    expect(lines.slice(0, -2).map((line) => /^::(error|warning) .*title=(BRF\d{3})::/.exec(line)?.slice(1).join(' '))).toEqual([
      'error BRF104',
      'error BRF102',
      'warning BRF105',
      'error BRF104',
      'error BRF101',
    ]);
    expect(lines.slice(-2)).toEqual(['2 slides, 4 citations to 1 of 1 source (2 of 2 paragraphs cited, 0 quotations verified): 4 errors, 1 warning', '']);
  });
});
