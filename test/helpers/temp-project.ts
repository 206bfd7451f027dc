import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/**
 * A copy of the briefing project in a temporary folder inside the repo
 * (test/.tmp, ignored by git), so tests can edit slides and break citations
 * without touching the real ones. Code and packages are linked, not copied.
 */
export function tempProject(): string {
  mkdirSync(join(REPO, 'test/.tmp'), { recursive: true });
  const root = mkdtempSync(join(REPO, 'test/.tmp/project-'));
  for (const path of ['slides', 'assets', 'index.html', 'vite.config.ts']) cpSync(join(REPO, path), join(root, path), { recursive: true });
  for (const path of ['src', 'node_modules']) symlinkSync(join(REPO, path), join(root, path));
  return root;
}
