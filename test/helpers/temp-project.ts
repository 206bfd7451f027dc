import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { copyBriefing } from '../../bench/generate-project.ts';

export const REPO = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/**
 * A copy of the briefing project in a temporary folder inside the repo
 * (test/.tmp, ignored by git), so tests can edit slides and break citations
 * without touching the real ones. Code and packages are linked, not copied.
 */
export function tempProject(): string {
  return copyBriefing(tempDirectory('project-'));
}

/** An empty folder in test/.tmp (ignored by git) for a test's own files. */
export function tempDirectory(prefix = 'files-'): string {
  mkdirSync(join(REPO, 'test/.tmp'), { recursive: true });
  return mkdtempSync(join(REPO, 'test/.tmp', prefix));
}
