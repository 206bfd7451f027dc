import type { CheckSummary, Diagnostic } from '../types.ts';
import { Locator } from './locate.ts';
import { printable } from './printable.ts';
import { summaryLine } from './summary-line.ts';

/** `brief check --format github`: workflow commands that GitHub Actions shows as annotations. */
export function formatGithub(diagnostics: readonly Diagnostic[], summary: CheckSummary, texts: ReadonlyMap<string, string>): string {
  return [...githubAnnotations(diagnostics, texts), summaryLine(summary)].join('\n') + '\n';
}

/** One workflow command for each diagnostic not accepted. */
export function githubAnnotations(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>): string[] {
  const locator = new Locator(texts);
  return diagnostics.filter((d) => d.accepted === undefined).map((d) => {
    const at = locator.locate(d);
    const properties = `file=${escapeProperty(printable(at.file))},line=${at.line},col=${at.column},endLine=${at.endLine},endColumn=${at.endColumn},title=${d.code}`;
    const message = d.hint ? `${d.message} Hint: ${d.hint}` : d.message;
    return `::${d.severity} ${properties}::${escapeData(printable(message))}`;
  });
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
