import type { Diagnostic, Span } from '../types.ts';
import { catalogue, type DiagnosticArgs, type DiagnosticCode } from './catalogue.ts';

/** Where a diagnostic points: a span of text, or a whole file or folder. */
export type Where = Span | { path: string };

/** Builds the diagnostic for `code` from its catalogue entry. */
export function diagnose<C extends DiagnosticCode>(code: C, args: DiagnosticArgs<C>, where: Where): Diagnostic {
  // The catalogue's entries are typed per code; indexing by a generic key loses that, so widen once here.
  const entry = catalogue[code] as unknown as {
    severity: Diagnostic['severity'];
    configuration?: boolean;
    message: (a: DiagnosticArgs<C>) => string;
    hint?: (a: DiagnosticArgs<C>) => string | undefined;
  };
  const diagnostic: Diagnostic = { code, severity: entry.severity, message: entry.message(args) };
  const hint = entry.hint?.(args);
  if (hint) diagnostic.hint = hint;
  if ('offset' in where) diagnostic.span = where;
  else diagnostic.path = where.path;
  if (entry.configuration) diagnostic.configuration = true;
  return diagnostic;
}
