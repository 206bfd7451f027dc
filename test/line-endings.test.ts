import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../src/report/pretty.ts';
import { check, source, type Files } from './helpers/project.ts';

/** A source with a hedge ("is trying to") for the faithfulness rules, after a few lines of front matter. */
const HEDGED = source(
  'Alliances',
  'The administration is trying to strengthen existing alliances in Asia to deter China. Officials met.',
  'The second paragraph says regional security cannot be guaranteed by expanding military blocs.',
);

/** Projects written with `\n`, each giving the codes listed (at least), so the comparison below is never of two empty lists. */
const PROJECTS: [string, Files, string[]][] = [
  ['a paragraph out of range', { 'slides/01.md': '# T\n\n- Claim two [@a ¶9]\n', 'assets/sources/a.md': HEDGED }, ['BRF102']],
  [
    'a quotation not in the paragraph, on a later slide',
    { 'slides/01.md': '# T\n\n- Officials met [@a ¶1]\n\n---\n\n# U\n\n- They said "security is guaranteed by blocs" [@a ¶2]\n', 'assets/sources/a.md': HEDGED },
    ['BRF104'],
  ],
  [
    'a hedge dropped in the notes',
    { 'slides/01.md': '# T\n\n- Officials met [@a ¶1]\n\nNote:\nFirst some context.\nThe administration strengthens existing alliances in Asia to deter China [@a ¶1].\n', 'assets/sources/a.md': HEDGED },
    ['BRF130'],
  ],
  [
    'a bad slide attribute and a malformed citation after deck front matter',
    { 'slides/01.md': '---\ntitle: Deck\n---\n\n<!-- .slide: data-timing="soon" -->\n# T\n\n- Claim [@a ¶]\n', 'assets/sources/a.md': HEDGED },
    ['BRF112', 'BRF103'],
  ],
  [
    'text over the emphasis limit after a few lines',
    { 'slides/01.md': `# T\n\n- Officials met [@a ¶1]\n\n${'a_'.repeat(600)}\n`, 'assets/sources/a.md': HEDGED },
    ['BRF116'],
  ],
  [
    'source problems: a key that is not text, a source with nothing to cite',
    {
      'slides/01.md': '# T\n\n- Officials met [@a ¶1]\n',
      'assets/sources/a.md': HEDGED,
      'assets/sources/b.md': '---\ntitle: B\nauthor:\n  - x\n---\n\n## Only a heading\n',
    },
    ['BRF204', 'BRF208'],
  ],
];

const ENDINGS: [string, string][] = [
  ['CRLF', '\r\n'],
  ['a lone CR', '\r'],
];

const cases = PROJECTS.flatMap(([name, files, codes]) => ENDINGS.map(([ending, eol]) => [name, ending, files, codes, eol] as const));

function withEnding(files: Files, eol: string): Files {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path, text.replace(/\n/g, eol)]));
}

describe('slide and source files with Windows line endings', () => {
  it.each(cases)('%s: located as with \\n when the files use %s', (_, __, files, codes, eol) => {
    const lf = check(files, ['BRF115']);
    for (const code of codes) expect(lf.located.some((at) => at.endsWith(` ${code}`)), `${code} in ${lf.located.join(', ')}`).toBe(true);
    expect(check(withEnding(files, eol), ['BRF115']).located).toEqual(lf.located);
  });

  it.each(cases)('%s: printed with the same code frames, without a CR, when the files use %s', (_, __, files, ___, eol) => {
    const print = (project: Files) => formatDiagnostics(check(project, []).diagnostics, new Map(Object.entries(project)), { color: false });
    const printed = print(withEnding(files, eol));
    expect(printed).not.toMatch(/\r|\\x0d/);
    expect(printed).toBe(print(files));
  });
});
