import { fileOf, spanOf } from '../diagnostics/diagnose.ts';
import type { DeckFolder } from '../project/decks.ts';
import { summaryLine } from '../report/summary-line.ts';
import type { CheckSummary, Diagnostic } from '../types.ts';

/** One deck's check, as a command that works on several reports it. */
export interface DeckCheck {
  folder: DeckFolder;
  diagnostics: readonly Diagnostic[];
  summary: CheckSummary;
  texts: ReadonlyMap<string, string>;
}

/**
 * Every deck's diagnostics, each once: a problem in a source (or in a file
 * two decks read) is found by each deck's check, and said once.
 */
export function allDiagnostics(checks: readonly DeckCheck[]): Diagnostic[] {
  const seen = new Set<string>();
  const all: Diagnostic[] = [];
  for (const diagnostic of checks.flatMap((check) => check.diagnostics)) {
    const span = spanOf(diagnostic);
    const key = [diagnostic.code, fileOf(diagnostic), span?.offset, span?.length, diagnostic.message].join('\0');
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(diagnostic);
  }
  return all;
}

/** Every file's text, from all the decks' reads, for code frames. */
export function allTexts(checks: readonly DeckCheck[]): Map<string, string> {
  return new Map(checks.flatMap((check) => [...check.texts]));
}

/** A summary line for each deck, headed by its folder: `decks/a/: 3 slides, …: 0 errors, 0 warnings`. */
export function deckSummaryLines(checks: readonly DeckCheck[]): string {
  return checks.map((check) => `${check.folder.slides}/: ${summaryLine(check.summary)}\n`).join('');
}

/**
 * The counts that add up across decks, for `--format json`: the decks, their
 * slides, citations and verified quotations, and the problems, each counted
 * once (as `allDiagnostics` lists them). The sources are one library, so each
 * deck's own summary says how much of it that deck cites.
 */
export function totalSummary(checks: readonly DeckCheck[], diagnostics: readonly Diagnostic[]) {
  const sum = (count: (summary: CheckSummary) => number) => checks.reduce((total, check) => total + count(check.summary), 0);
  return {
    decks: checks.length,
    slides: sum((s) => s.slides),
    citations: sum((s) => s.citations),
    quotationsVerified: sum((s) => s.quotationsVerified),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning' && d.accepted === undefined).length,
    accepted: diagnostics.filter((d) => d.accepted !== undefined).length,
  };
}
