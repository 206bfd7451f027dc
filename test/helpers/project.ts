import { checkProject } from '../../src/check/check-project.ts';
import { Locator } from '../../src/report/locate.ts';
import type { CheckResult, TextFile } from '../../src/types.ts';

/** An in-memory project: file paths relative to the root, mapped to their text. */
export type Files = Record<string, string>;

export function textFiles(files: Files, folder: string): TextFile[] {
  return Object.entries(files)
    .filter(([path]) => path.startsWith(`${folder}/`))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, text]) => ({ path, text }));
}

/**
 * Checks an in-memory project. `located` lists the diagnostics as
 * `file:line:col CODE`, leaving out the codes in `ignore` (by default the
 * missing-notes warning, which the timing rules' own tests cover, so that
 * citation fixtures need not carry notes, and the faithfulness warnings).
 */
/** The faithfulness warnings, which their own tests cover (test/faithfulness.test.ts): fixtures written for other rules need not be faithful. */
export const FAITHFULNESS = ['BRF130', 'BRF131', 'BRF132', 'BRF133', 'BRF134', 'BRF135'];

export function check(files: Files, ignore: readonly string[] = ['BRF115', ...FAITHFULNESS]): CheckResult & { located: string[] } {
  const result = checkProject({ slideFiles: textFiles(files, 'slides'), sourceFiles: textFiles(files, 'assets/sources') });
  const locator = new Locator(new Map(Object.entries(files)));
  const located = result.diagnostics.filter((d) => !ignore.includes(d.code)).map((d) => {
    const at = locator.locate(d);
    return `${at.file}:${at.line}:${at.column} ${d.code}`;
  });
  return { ...result, located };
}

/** A source file with the given paragraphs, separated by blank lines. */
export function source(title: string, ...paragraphs: string[]): string {
  return `---\ntitle: ${title}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

export const SOURCE_A = source(
  'Source A',
  '## First section',
  'Zhao Lijian said that “NATO should abandon the outdated Cold War mentality” — and more.',
  'The second paragraph says regional security cannot be guaranteed by expanding military blocs.',
  '- a listed point\n- another point',
  '> a quoted passage in the source',
);
