import { verifyCitations } from '../citations/verify-citations.ts';
import { appendAll } from '../diagnostics/append-all.ts';
import { parseDeck } from '../slides/parse-deck.ts';
import { loadSources } from '../sources/load-sources.ts';
import type { CheckInput, CheckResult, ClaimReview, Diagnostic, ParsedProject } from '../types.ts';
import { DEFAULT_WPM } from '../pacing/timing.ts';
import { checkAppearance } from './appearance-rules.ts';
import { checkMedia } from './media-rules.ts';
import { checkMath } from './math-rules.ts';
import { checkSlides } from './slide-rules.ts';
import { checkTiming } from './timing-rules.ts';
import { limitRepeats } from './limit-repeats.ts';
import { summarize } from './summary.ts';
import { checkReviews } from './review-rules.ts';
import { claimReviews } from '../provenance/claim-reviews.ts';
import { fileOf, spanOf } from '../diagnostics/diagnose.ts';
import { explainedByDrift, findDrift } from '../provenance/drift.ts';
import { checkFaithfulness } from '../faithfulness/check-faithfulness.ts';
import { applyAcceptances } from './acceptances.ts';
import { checkPolicy, withPolicySeverity } from './policy-rules.ts';
import { compareText } from '../text/compare-text.ts';

/** Everything `brief check` verifies, on files already read: pure, so tests need no disk. */
export function checkProject(input: CheckInput): CheckResult {
  return checkParsed(input, parseProject(input));
}

/** The sources and slides of a project, parsed, with the problems met reading and parsing them. */
export function parseProject(input: CheckInput): ParsedProject {
  const diagnostics: Diagnostic[] = [...(input.readDiagnostics ?? [])];
  const { sources, diagnostics: sourceDiagnostics } = loadSources(input.sourceFiles, { tokens: input.tokenCache, sources: input.sourceCache }, input.fileExists);
  append(diagnostics, sourceDiagnostics);
  const { deck, diagnostics: deckDiagnostics } = parseDeck(input.slideFiles, input.tokenCache);
  append(diagnostics, deckDiagnostics);
  return { deck, sources, diagnostics };
}

/** What `checkProject` verifies once the project is parsed: citations, quotations, faithfulness, the slide, timing, media and review rules. */
export function checkParsed(input: CheckInput, { deck, sources, diagnostics: parseDiagnostics }: ParsedProject): CheckResult {
  const diagnostics = [...parseDiagnostics];
  const verification = verifyCitations(deck, sources);
  const wpm = input.wpm ?? deck.settings.wpm ?? DEFAULT_WPM;
  const media = input.fileExists ? checkMedia(deck, input.fileExists) : { paths: new Map<string, string>(), diagnostics: [] };
  const appearance = checkAppearance(deck, input.fileExists, input.readText);
  // Drift since the lock says once, with its fix, what the check would call an out-of-range ¶ or a quotation not found.
  const drift = input.lock ? findDrift(input.lock, { deck, sources, verification }) : undefined;
  const citationDiagnostics = drift ? verification.diagnostics.filter((d) => !explainedByDrift(d, drift)) : verification.diagnostics;
  append(diagnostics, citationDiagnostics, drift?.diagnostics ?? [], checkSlides(deck, verification.citedSlides), checkTiming(deck, wpm), media.diagnostics, appearance.diagnostics, checkMath(deck));
  append(diagnostics, checkFaithfulness(deck, sources, verification), checkPolicy(deck, wpm));
  // Claim ids are a digest of each claim's words: worked out only when something reads them (a lock, `review: required`, `brief review`).
  let reviews: ClaimReview[] | undefined;
  const verdicts = input.lock?.reviews ?? [];
  const reviewsOnce = () => (reviews ??= claimReviews(verification.claims, sources, verdicts));
  if (deck.settings.review === 'required' && input.enforceReviews !== false) append(diagnostics, checkReviews(reviewsOnce()));
  const sorted = sortDiagnostics(withPolicySeverity(deck.settings.policy, applyAcceptances(deck, diagnostics)));
  // The summary counts every problem; the list shows the first few of each kind per file.
  const summary = summarize(deck, sources, verification, sorted, input.lock ? reviewsOnce() : undefined);
  const mediaPaths = new Map([...media.paths, ...appearance.paths]);
  return {
    deck,
    sources,
    verification,
    mediaPaths,
    diagnostics: sortDiagnostics(limitRepeats(sorted)),
    summary,
    get reviews() {
      return reviewsOnce();
    },
  };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const offsetOf = (d: Diagnostic) => spanOf(d)?.offset ?? -1;
  return [...diagnostics].sort((a, b) => compareText(fileOf(a), fileOf(b)) || offsetOf(a) - offsetOf(b));
}

/** `appendAll` for each of several lists, as the stages hand them over. */
function append(target: Diagnostic[], ...lists: readonly Diagnostic[][]): void {
  for (const list of lists) appendAll(target, list);
}
