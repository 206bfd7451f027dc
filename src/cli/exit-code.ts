import { EXIT, type ExitCode } from '../diagnostics/usage-error.ts';
import type { Diagnostic } from '../types.ts';
import { isConfigurationProblem } from '../diagnostics/diagnose.ts';

/**
 * A command's exit code from the check it ran: 2 when a diagnostic is a
 * configuration problem (a missing folder, an unreadable file), 1 when the
 * content has errors or the command could not do its work for a reason of
 * its own (`failed`: Vite could not bundle the deck), else 0.
 */
export function exitCodeOf(diagnostics: readonly Diagnostic[], failed = false): ExitCode {
  if (diagnostics.some(isConfigurationProblem)) return EXIT.usage;
  return failed || diagnostics.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
}
