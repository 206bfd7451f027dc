import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { DECKS_DIR } from './decks.ts';
import { SLIDES_DIR, SOURCES_DIR } from './read-project.ts';

/** A project folder no output may be written in, with what it holds, for messages. */
export interface ProtectedFolder {
  /** Relative to the project root. */
  path: string;
  /** Where it is, every symbolic link resolved. */
  canonical: string;
  holds: string;
}

/** What the user wrote, and what the kit and git need: a command's output never goes in, over or around these. */
const PROTECTED: readonly { path: string; holds: string }[] = [
  { path: SLIDES_DIR, holds: 'the slides' },
  { path: DECKS_DIR, holds: 'the decks\' slides' },
  { path: SOURCES_DIR, holds: 'the source documents' },
  { path: 'assets', holds: 'the sources and images the slides use' },
  { path: 'src', holds: 'the kit\'s code' },
  { path: 'node_modules', holds: 'the installed packages' },
  { path: '.git', holds: 'the git repository' },
];

/** The project's protected folders, located after resolving symbolic links, whether or not they exist. */
export async function protectedFolders(root: string, only?: readonly string[]): Promise<ProtectedFolder[]> {
  const chosen = only ? PROTECTED.filter((folder) => only.includes(folder.path)) : PROTECTED;
  return Promise.all(chosen.map(async (folder) => ({ ...folder, canonical: await canonicalPath(join(root, folder.path)) })));
}

/**
 * The absolute path with every symbolic link in the part that exists
 * resolved, and the rest appended as written, so that two names for one
 * place compare equal: `out -> slides` is `slides`.
 */
export async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await canonicalPath(parent), basename(absolute));
  }
}

/** Whether `inner` is `outer` or lies inside it. Compared as written, letter case included: both should be canonical paths. */
export function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : `${outer}${sep}`);
}
