import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDeck } from '../../src/build/build-deck.ts';
import { REPO } from './temp-project.ts';

/** Builds the real briefing into its own folder under test/.tmp and returns the file:// URL of its page. */
export async function buildRealDeck(name: string): Promise<string> {
  const built = await buildDeck({ root: REPO, outDir: `test/.tmp/dist-${name}-${process.pid}` });
  if (!built.outDir) throw new Error(`The real briefing did not build: ${built.failure ?? 'it has errors (run brief check)'}`);
  return pathToFileURL(join(built.outDir, 'index.html')).href;
}
