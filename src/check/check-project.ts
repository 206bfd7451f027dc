import { verifyCitations, type Verification } from '../citations/verify-citations.ts';
import { parseDeck } from '../slides/parse-deck.ts';
import { loadSources } from '../sources/load-sources.ts';
import type { TokenCache } from '../markdown/token-cache.ts';
import type { Deck, Diagnostic, Source, TextFile } from '../types.ts';
import { DEFAULT_WPM } from '../pacing/timing.ts';
import { checkMedia } from './media-rules.ts';
import { checkSlides } from './slide-rules.ts';
import { checkTiming } from './timing-rules.ts';
import { limitRepeats } from './limit-repeats.ts';
import { summarize, type CheckSummary } from './summary.ts';

export interface CheckInput {
  /** Slide files in deck order. */
  slideFiles: readonly TextFile[];
  sourceFiles: readonly TextFile[];
  /** Problems met while reading the files (unreadable, not UTF-8, missing folders). */
  readDiagnostics?: readonly Diagnostic[];
  /** Speaking pace for the timing rules; overrides the deck's `wpm`. */
  wpm?: number;
  /**
   * Whether a file exists, by path relative to the project root: the images
   * slides load are checked with it. Injected, so the check itself reads no
   * disk; without it, images are not checked.
   */
  fileExists?: (path: string) => boolean;
  /** Tokens of Markdown lexed by earlier checks (a dev server's); without it, everything is lexed. */
  tokenCache?: TokenCache;
}

export interface CheckResult {
  deck: Deck;
  sources: Map<string, Source>;
  verification: Verification;
  /** Each local image or media reference, as written, and the project file it loads. */
  mediaPaths: Map<string, string>;
  diagnostics: Diagnostic[];
  summary: CheckSummary;
}

/** Everything `brief check` verifies, on files already read: pure, so tests need no disk. */
export function checkProject(input: CheckInput): CheckResult {
  const diagnostics: Diagnostic[] = [...(input.readDiagnostics ?? [])];
  const { sources, diagnostics: sourceDiagnostics } = loadSources(input.sourceFiles, input.tokenCache);
  append(diagnostics, sourceDiagnostics);
  const { deck, diagnostics: deckDiagnostics } = parseDeck(input.slideFiles, input.tokenCache);
  append(diagnostics, deckDiagnostics);
  const verification = verifyCitations(deck, sources);
  const wpm = input.wpm ?? deck.settings.wpm ?? DEFAULT_WPM;
  const media = input.fileExists ? checkMedia(deck, input.fileExists) : { paths: new Map<string, string>(), diagnostics: [] };
  append(diagnostics, verification.diagnostics, checkSlides(deck, verification.citedSlides), checkTiming(deck, wpm), media.diagnostics);
  const sorted = sortDiagnostics(diagnostics);
  // The summary counts every problem; the list shows the first few of each kind per file.
  const summary = summarize(deck, sources, verification, sorted);
  return { deck, sources, verification, mediaPaths: media.paths, diagnostics: sortDiagnostics(limitRepeats(sorted)), summary };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const fileOf = (d: Diagnostic) => d.span?.file ?? d.path ?? '';
  return [...diagnostics].sort((a, b) => fileOf(a).localeCompare(fileOf(b)) || (a.span?.offset ?? -1) - (b.span?.offset ?? -1));
}

/** Appends in a loop: spreading tens of thousands of diagnostics into `push` overflows the call stack. */
function append(target: Diagnostic[], ...lists: readonly Diagnostic[][]): void {
  for (const list of lists) for (const d of list) target.push(d);
}
