import type { CheckSummary, Diagnostic } from '../types.ts';
import { Locator } from './locate.ts';

/** `brief check --format json`: exactly one JSON object, for scripts. */
export function formatJson(diagnostics: readonly Diagnostic[], summary: CheckSummary, texts: ReadonlyMap<string, string>): string {
  return `${JSON.stringify({ diagnostics: jsonDiagnostics(diagnostics, texts), summary })}\n`;
}

/** The diagnostics as `--format json` lists them, located. */
export function jsonDiagnostics(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>) {
  const locator = new Locator(texts);
  return diagnostics.map((d) => {
    const at = locator.locate(d);
    return {
      severity: d.severity,
      code: d.code,
      file: at.file,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      message: d.message,
      ...(d.hint ? { hint: d.hint } : {}),
      ...(d.accepted !== undefined ? { accepted: d.accepted } : {}),
    };
  });
}
