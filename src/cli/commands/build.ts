import { join, relative, resolve } from 'node:path';
import { buildDeck, buildDecks, type DecksBuildOutcome } from '../../build/build-deck.ts';
import { formatDiagnostics } from '../../report/pretty.ts';
import { summaryLine } from '../../report/summary-line.ts';
import { useColor } from '../color.ts';
import { builtDeckFolder, chosenDecks } from '../deck-option.ts';
import { EXIT } from '../../diagnostics/usage-error.ts';
import { exitCodeOf } from '../exit-code.ts';
import { allDiagnostics, allTexts, deckSummaryLines } from '../several-decks.ts';
import { plural } from '../../text/plural.ts';

export interface BuildCommandOptions {
  root: string;
  outDir: string;
  /** `--deck NAME`: build that deck only. */
  deck?: unknown;
}

/**
 * `brief build`: check, then build the deck into `dist/`; exit 1 and leave
 * `dist/` alone when the check fails. A project with `decks/` builds every
 * deck into `dist/NAME/` beside an index page; `--deck NAME` builds one deck
 * into its own folder there (`dist/` itself for a project of `slides/` alone).
 */
export async function runBuild(options: BuildCommandOptions): Promise<number> {
  const started = performance.now();
  const root = resolve(options.root);
  const { project, chosen } = await chosenDecks(root, options.deck);
  const [first] = chosen;
  const outcome: DecksBuildOutcome =
    chosen.length === 1 && first
      ? await buildDeck({ root, folder: first, outDir: builtDeckFolder(project, first, options.outDir) }).then(({ deck, ...built }) => ({ decks: [{ folder: first, deck }], ...built }))
      : await buildDecks({ root, outDir: options.outDir, decks: chosen });
  const code = report(outcome);
  if (code !== EXIT.ok || !outcome.outDir) return code;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const shown = relative(process.cwd(), outcome.outDir) || outcome.outDir;
  const decks = outcome.decks.length > 1 ? ` and ${plural(outcome.decks.length, 'deck')} (${outcome.decks.map(({ folder }) => `${join(shown, folder.name)}/`).join(', ')})` : '';
  process.stdout.write(`Built ${join(shown, 'index.html')}${decks} in ${seconds} s: open it in a browser, no server needed.\n`);
  return EXIT.ok;
}

/** Prints the check's diagnostics and summary (each deck's, headed by its folder, for several), and why nothing was built; gives the exit code. */
function report(outcome: DecksBuildOutcome): number {
  const out = outcome.outDir ? process.stdout : process.stderr;
  const checks = outcome.decks.map(({ folder, deck }) => ({ folder, diagnostics: deck.result.diagnostics, summary: deck.result.summary, texts: deck.texts }));
  const diagnostics = allDiagnostics(checks);
  if (diagnostics.length) out.write(formatDiagnostics(diagnostics, allTexts(checks), { color: useColor(out) }));
  const [only] = checks;
  out.write(checks.length === 1 && only ? `${summaryLine(only.summary)}\n` : deckSummaryLines(checks));
  const code = exitCodeOf(diagnostics, !outcome.outDir);
  if (code === EXIT.problems) {
    if (outcome.failure) process.stderr.write(`Vite could not bundle the deck: ${outcome.failure}\n`);
    process.stderr.write(`Build stopped${outcome.failure ? '' : ': fix the errors above'}. The previous build, if any, is unchanged.\n`);
  }
  return code;
}
