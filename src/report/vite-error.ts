import type { Diagnostic } from '../types.ts';
import { codeFrame } from './code-frame.ts';
import { Locator } from './locate.ts';
import { formatDiagnostics, where } from './pretty.ts';
import { spanOf } from '../diagnostics/diagnose.ts';

/** A build error in the shape Vite shows in its overlay and prints with a frame. */
export interface ViteError {
  plugin: string;
  message: string;
  /** Absolute path of the file at fault. */
  id?: string;
  loc?: { file: string; line: number; column: number };
  frame?: string;
}

/**
 * The check's errors as one Vite error: located at the first, with every
 * other error listed in the message, so none hides behind the first. `root`
 * turns the diagnostics' project paths into the absolute paths Vite opens.
 */
export function formatViteError(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>, root: string): ViteError {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0] as Diagnostic;
  const locator = new Locator(texts);
  const others = errors.length > 1 ? `\n\n${formatDiagnostics(errors.slice(1), texts, { color: false }).trimEnd()}` : '';
  const error: ViteError = {
    plugin: 'briefing-kit',
    message: `${where(first, locator)} - error ${first.code}: ${first.message}${first.hint ? `\n  hint: ${first.hint}` : ''}${others}`,
  };
  if (spanOf(first)) {
    const at = locator.locate(first);
    error.id = `${root}/${at.file}`;
    error.loc = { file: at.file, line: at.line, column: at.column };
    error.frame = codeFrame(first, locator).join('\n');
  }
  return error;
}
