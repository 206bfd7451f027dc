import type { BuildOptions } from '../build/build-deck.ts';
import { buildIsStale } from '../pdf/build-freshness.ts';
import { formatDiagnostics } from '../report/pretty.ts';
import type { LoadedDeck } from '../types.ts';
import { useColor } from './color.ts';
import { exitCodeOf } from './exit-code.ts';

/** The build a command works from: `dist/` was up to date, or was built now, or could not be (already reported). */
export type FreshBuild = { kind: 'fresh' } | { kind: 'built'; deck: LoadedDeck } | { kind: 'failed'; exitCode: number };

/**
 * Builds the deck as `build` says when the built page (`page`, its
 * `index.html`) is missing or older than the slides, sources or kit, as a
 * command that works from the built deck needs (`brief pdf`, `brief screenshots`). A
 * build that fails is reported on stderr: its diagnostics, then
 * `nothingWritten` (`No screenshots taken: fix the errors above.`).
 */
export async function buildWhenStale(build: BuildOptions, page: string, log: (message: string) => void, nothingWritten: string): Promise<FreshBuild> {
  if (!(await buildIsStale(build.root, page, build.folder?.slides))) return { kind: 'fresh' };
  log('the build is missing or older than the slides: building first');
  const { buildDeck } = await import('../build/build-deck.ts');
  const built = await buildDeck(build);
  if (built.outDir) return { kind: 'built', deck: built.deck };
  const { diagnostics } = built.deck.result;
  process.stderr.write(formatDiagnostics(diagnostics, built.deck.texts, { color: useColor(process.stderr) }));
  process.stderr.write(built.failure ? `Vite could not bundle the deck: ${built.failure}\n` : `${nothingWritten}\n`);
  return { kind: 'failed', exitCode: exitCodeOf(diagnostics, true) };
}
