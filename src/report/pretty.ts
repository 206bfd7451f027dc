import type { CheckSummary, Diagnostic } from '../types.ts';
import { codeFrame } from './code-frame.ts';
import { Locator } from './locate.ts';
import { printable } from './printable.ts';
import { summaryLine } from './summary-line.ts';
import { spanOf } from '../diagnostics/diagnose.ts';

export interface PrettyOptions {
  color: boolean;
}

const STYLES = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1 } as const;

/**
 * `brief check`'s default output, modelled on TypeScript's:
 * `slides/02-context.md:14:22 - error BRF102: …`, the line with the problem
 * underlined, the hint, and a closing summary.
 */
export function formatPretty(diagnostics: readonly Diagnostic[], summary: CheckSummary, texts: ReadonlyMap<string, string>, options: PrettyOptions): string {
  return formatDiagnostics(diagnostics, texts, options) + summaryLine(summary) + '\n';
}

/** The diagnostics alone, each with its frame and hint, for `brief check` and for build and dev server output. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>, options: PrettyOptions): string {
  const paint = (style: keyof typeof STYLES, s: string) => (options.color ? `\u001b[${STYLES[style]}m${s}\u001b[0m` : s);
  const locator = new Locator(texts);
  const out: string[] = [];
  // An accepted warning was read and answered: the summary counts it, JSON lists it with its reason.
  for (const d of diagnostics.filter((diagnostic) => diagnostic.accepted === undefined)) {
    out.push(`${paint('cyan', printable(where(d, locator)))} - ${d.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning')} ${paint('gray', `${d.code}:`)} ${printable(d.message)}`);
    const frame = codeFrame(d, locator, (s) => paint(d.severity === 'error' ? 'red' : 'yellow', s));
    if (frame.length) out.push('', ...frame);
    if (d.hint) out.push(`  ${paint('bold', 'hint:')} ${printable(d.hint)}`);
    out.push('');
  }
  return out.map((line) => `${line}\n`).join('');
}

/** `file:line:col`, or the path alone for a problem with a whole file or folder. */
export function where(diagnostic: Diagnostic, locator: Locator): string {
  const at = locator.locate(diagnostic);
  return spanOf(diagnostic) ? `${at.file}:${at.line}:${at.column}` : at.file;
}
