import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exists } from '../project/exists.ts';
import { UsageError } from '../diagnostics/usage-error.ts';

/** What Vite needs in the project folder to build or serve the deck: the config registering the kit's plugins, and the page. */
const VITE_FILES = ['vite.config.ts', 'index.html'] as const;

/** The kit's own folder (this module is in its src/cli/ or lib/cli/), which holds working copies of both. */
const KIT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Refuses, before anything is built or written, a project folder that lacks
 * the files Vite builds from. Without them Vite failed deep inside: a raw
 * `UNRESOLVED_ENTRY` from `brief build`, a rolldown stack trace from `brief dev`.
 */
export async function requireViteFiles(root: string): Promise<void> {
  const missing: string[] = [];
  for (const name of VITE_FILES) if (!(await exists(join(root, name)))) missing.push(name);
  if (missing.length === 0) return;
  const below = relative(process.cwd(), root);
  const folder = below && !below.startsWith('..') && !isAbsolute(below) ? below : root;
  const copy = `cp ${missing.map((name) => join(KIT, name)).join(' ')} ${folder}/`;
  throw new UsageError(
    `${folder} has no ${missing.map((name) => `\`${name}\``).join(' or ')}, which Vite needs to build the deck: copy the kit's (\`${copy}\`), or run brief in a clone of briefing-kit.`,
  );
}
