import { stat } from 'node:fs/promises';
import { UsageError } from '../diagnostics/usage-error.ts';

/**
 * Refuses a `--root` that names no folder, naming the path as given: without
 * this, a typo in `--root` surfaced as "Folder `slides/` does not exist", as
 * if the project were there but empty. Other errors (a folder that cannot be
 * read) are left for the command to report about the files it needs.
 */
export async function requireProjectRoot(root: string): Promise<void> {
  const hint = 'Pass the project folder, the one that holds `slides/` and `assets/sources/`.';
  try {
    if (!(await stat(root)).isDirectory()) throw new UsageError(`--root ${root}: not a folder. ${hint}`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`--root ${root}: no such folder. ${hint}`);
  }
}
