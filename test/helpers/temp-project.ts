import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { copyBriefing } from '../../bench/generate-project.ts';

export const REPO = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/**
 * The kit's own test briefing: slides and sources only, with every feature
 * the end-to-end tests exercise. Tests never use the sample briefing in
 * `slides/`, which a user replaces with their own.
 */
export const FIXTURE_BRIEFING = join(REPO, 'test/fixture/briefing');

/** Copies the fixture briefing into `root`, beside the kit's code (linked, not copied). */
export function copyFixtureBriefing(root: string): string {
  return copyBriefing(FIXTURE_BRIEFING, root);
}

/**
 * A copy of the fixture briefing in a temporary folder inside the repo
 * (test/.tmp, ignored by git), so tests can edit slides and break citations
 * without touching the fixture.
 */
export function tempProject(): string {
  return copyFixtureBriefing(tempDirectory('project-'));
}

/** An empty folder for a test's own files, in this run's folder under test/.tmp (ignored by git), which is removed when the run ends. */
export function tempDirectory(prefix = 'files-'): string {
  return mkdtempSync(join(inject('runFolder'), prefix));
}
