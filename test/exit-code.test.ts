import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../src/cli/exit-code.ts';
import type { Diagnostic } from '../src/types.ts';

const warning: Diagnostic = { code: 'BRF106', severity: 'warning', message: 'Slide 4 has content but no citation.', where: { path: 'slides/01.md' } };
const error: Diagnostic = { code: 'BRF101', severity: 'error', message: 'Unknown source `x`.', where: { path: 'slides/01.md' } };
const configuration: Diagnostic = { code: 'BRF001', severity: 'error', message: 'Folder `slides/` does not exist.', where: { path: 'slides' } };

describe('a command\'s exit code from its check', () => {
  it.each([
    ['nothing found', [], false, 0],
    ['warnings only', [warning], false, 0],
    ['an error in the content', [warning, error], false, 1],
    ['a configuration problem, errors beside it', [error, configuration], false, 2],
    ['no diagnostics, but the command failed (Vite could not bundle)', [warning], true, 1],
    ['a configuration problem, the command failed', [configuration], true, 2],
  ] as const)('%s: %i', (_, diagnostics, failed, code) => {
    expect(exitCodeOf(diagnostics, failed)).toBe(code);
  });
});
