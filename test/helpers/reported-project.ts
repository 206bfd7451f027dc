import type { CheckSummary, Diagnostic } from '../../src/types.ts';
import { check, source, type Files } from './project.ts';

/**
 * A small project whose check gives the report printers one of each thing
 * they print: errors and a warning, with a hint and without, a span that runs
 * onto the next line, and a slide file whose name holds `%`, `,` and `:`.
 */
export const REPORTED: Files = {
  'slides/01.md': [
    '# Costs',
    '',
    '- Costs "rose by half" [@memo ¶2]',
    '- More [@memo ¶9]',
    '- An "unattributed" phrase',
    '',
    'They "said',
    'it: twice, again" [@memo ¶1]',
    '',
    'Note:',
    'Say it.',
    '',
  ].join('\n'),
  'slides/02 50%, a:b.md': '# Odd name\n\n- Claim [@mem ¶1]\n\nNote:\nSay it.\n',
  'assets/sources/memo.md': source('Memo', 'The plan is sound.', 'Costs rose by a third.'),
};

export interface Reported {
  diagnostics: Diagnostic[];
  summary: CheckSummary;
  texts: ReadonlyMap<string, string>;
  /** The one diagnostic with this code (and, for BRF104, the n-th). */
  byCode: (code: string, nth?: number) => Diagnostic;
}

export function reported(): Reported {
  const result = check(REPORTED, []);
  const byCode = (code: string, nth = 0) => {
    const found = result.diagnostics.filter((d) => d.code === code)[nth];
    if (!found) throw new Error(`The reported project has no ${code} number ${nth + 1}: ${result.located.join(', ')}`);
    return found;
  };
  return { diagnostics: result.diagnostics, summary: result.summary, texts: new Map(Object.entries(REPORTED)), byCode };
}
