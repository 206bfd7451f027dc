import { relative, resolve } from 'node:path';
import { buildDeck } from '../../build/build-deck.ts';
import { formatDiagnostics } from '../../report/pretty.ts';
import { summaryLine } from '../../report/summary-line.ts';
import { useColor } from '../color.ts';
import { EXIT } from '../../diagnostics/usage-error.ts';
import { exitCodeOf } from '../exit-code.ts';
import { requireViteFiles } from '../vite-project.ts';

/** `brief build`: check, then build the deck into `dist/`; exit 1 and leave `dist/` alone when the check fails. */
export async function runBuild(options: { root: string; outDir: string }): Promise<number> {
  const started = performance.now();
  await requireViteFiles(resolve(options.root));
  const { deck, outDir, failure } = await buildDeck({ root: options.root, outDir: options.outDir });
  const { diagnostics, summary } = deck.result;
  const out = outDir ? process.stdout : process.stderr;
  if (diagnostics.length) out.write(formatDiagnostics(diagnostics, deck.texts, { color: useColor(out) }));
  out.write(`${summaryLine(summary)}\n`);
  const code = exitCodeOf(diagnostics, !outDir);
  if (code === EXIT.problems) {
    if (failure) process.stderr.write(`Vite could not bundle the deck: ${failure}\n`);
    process.stderr.write(`Build stopped${failure ? '' : ': fix the errors above'}. The previous build, if any, is unchanged.\n`);
  }
  if (!outDir) return code;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Built ${relative(process.cwd(), outDir) || outDir}/index.html in ${seconds} s: open it in a browser, no server needed.\n`);
  return EXIT.ok;
}
