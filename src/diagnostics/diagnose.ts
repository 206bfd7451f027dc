import type { Diagnostic, Span, Where } from '../types.ts';
import { catalogue, type DiagnosticArgs, type DiagnosticCode } from './catalogue.ts';

/** A catalogue entry, widened: indexing the catalogue by a code that is not a literal loses each entry's own argument type. */
interface Entry<A> {
  severity: Diagnostic['severity'];
  configuration?: boolean;
  message: (a: A) => string;
  hint?: (a: A) => string | undefined;
}

/** Builds the diagnostic for `code` from its catalogue entry. */
export function diagnose<C extends DiagnosticCode>(code: C, args: DiagnosticArgs<C>, where: Where): Diagnostic {
  const entry = catalogue[code] as unknown as Entry<DiagnosticArgs<C>>;
  const hint = entry.hint?.(args);
  return { code, severity: entry.severity, message: entry.message(args), ...(hint ? { hint } : {}), where };
}

/** Whether a diagnostic is a usage or configuration problem (a missing folder, an unreadable file), which makes a command exit 2, not 1. */
export function isConfigurationProblem(diagnostic: Diagnostic): boolean {
  return (catalogue as Record<string, { configuration?: boolean }>)[diagnostic.code]?.configuration === true;
}

/** The text a diagnostic points at, when it points at text rather than at a whole file or folder. */
export function spanOf(diagnostic: Diagnostic): Span | undefined {
  return 'offset' in diagnostic.where ? diagnostic.where : undefined;
}

/** The file or folder a diagnostic is about. */
export function fileOf(diagnostic: Diagnostic): string {
  return 'offset' in diagnostic.where ? diagnostic.where.file : diagnostic.where.path;
}
