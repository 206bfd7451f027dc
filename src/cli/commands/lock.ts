import { resolve } from 'node:path';
import { checkProject } from '../../check/check-project.ts';
import { EXIT, type ExitCode } from '../../diagnostics/usage-error.ts';
import type { DeckFolder } from '../../project/decks.ts';
import { buildLock } from '../../provenance/build-lock.ts';
import { LOCK_FILE } from '../../provenance/lock.ts';
import { writeLock } from '../../provenance/lock-file.ts';
import { readLockedProject } from '../../provenance/read-locked-project.ts';
import { formatPretty } from '../../report/pretty.ts';
import { plural } from '../../text/plural.ts';
import { useColor } from '../color.ts';
import { chosenDecks } from '../deck-option.ts';
import { exitCodeOf } from '../exit-code.ts';

/**
 * `brief lock`: records in `brief.lock.json` what each citation points at now
 * (the cited paragraphs' hashes, each quotation's anchor) and every source's
 * paragraphs, keeping the reviewers' verdicts. Refused while the project has
 * errors: a lock vouches for the citations in it. Each deck has its own lock
 * (`decks/NAME/brief.lock.json`); `--deck` locks one, else each is locked.
 */
export async function runLock(options: { root: string; deck?: unknown }): Promise<number> {
  const root = resolve(options.root);
  const { chosen } = await chosenDecks(root, options.deck);
  let code: ExitCode = EXIT.ok;
  for (const folder of chosen) code = Math.max(code, await lockDeck(root, folder)) as ExitCode;
  return code;
}

/** Locks one deck, saying what was recorded, or why it was not (its errors, listed); gives the exit code. */
export async function lockDeck(root: string, folder: DeckFolder): Promise<ExitCode> {
  const { project, lock: read } = await readLockedProject(root, folder);
  // Verdicts are kept in the lock: `review: required` cannot hold back the lock they need.
  const result = checkProject({ ...project, enforceReviews: false });
  if (result.summary.errors > 0) {
    process.stdout.write(formatPretty(result.diagnostics, result.summary, project.texts, { color: useColor(process.stdout) }));
    const drift = result.diagnostics.some((d) => d.code === 'BRF301' || d.code === 'BRF303');
    const what = folder.lock === LOCK_FILE ? 'the project' : `the deck \`${folder.name}\``;
    process.stderr.write(
      `brief: Not locked: ${what} has ${plural(result.summary.errors, 'error')}, listed above. Fix them first` +
        `${drift ? ' (`brief check --fix` rewrites the citations whose paragraphs moved)' : ''}, then run \`brief lock\` again.\n`,
    );
    return exitCodeOf(result.diagnostics);
  }
  const lock = buildLock(result, read.kind === 'read' ? read.lock : undefined);
  await writeLock(root, lock, folder.lock);
  const paragraphs = new Set(lock.citations.flatMap((c) => c.cited.map((p) => `${p.source} ${p.paragraph}`))).size;
  const anchors = lock.citations.reduce((n, c) => n + c.quotations.length, 0);
  const accepted = result.diagnostics.filter((d) => d.code === 'BRF302').length;
  process.stdout.write(
    `Locked ${plural(lock.citations.length, 'citation')} (to ${plural(paragraphs, 'paragraph')}, ${plural(anchors, 'quotation')} anchored) ` +
      `and ${plural(lock.sources.length, 'source')} in ${folder.lock}` +
      `${accepted ? `; ${plural(accepted, 'changed paragraph')} accepted as they now read` : ''}.\n`,
  );
  return EXIT.ok;
}
