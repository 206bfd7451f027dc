import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../../diagnostics/usage-error.ts';
import type { DeckFolder } from '../../project/decks.ts';
import type { ProjectFiles } from '../../project/read-project.ts';
import { decodeText } from '../../project/read-text.ts';
import { writeFileAtomically } from '../../project/write-file.ts';
import { buildLock } from '../../provenance/build-lock.ts';
import { findDrift } from '../../provenance/drift.ts';
import { applyEditsToBytes, fixesOf, type FixEdit } from '../../provenance/fix.ts';
import { writeLock, type LockRead } from '../../provenance/lock-file.ts';
import { Locator } from '../../report/locate.ts';
import { printable } from '../../report/printable.ts';
import { plural } from '../../text/plural.ts';
import type { CheckResult } from '../../types.ts';

/** A project as read (with its lock) and checked. */
export interface Checked {
  project: ProjectFiles;
  lock: LockRead;
  result: CheckResult;
}

export interface FixOptions {
  dryRun: boolean;
  /** Where the list of changes goes: stdout, unless the report there must stay machine-readable. */
  log: (line: string) => void;
}

/**
 * `brief check --fix`: rewrites the ¶ references of citations whose text
 * moved, or whose quotation now stands in one other paragraph with its
 * context, as the lock's comparison found them: in slide files only, each
 * written whole, every other byte as it was. Then checks again and records the
 * fixed citations in the lock (those still drifting keep their old record, so
 * they are still reported). With `dryRun`, lists the changes and writes
 * nothing. Gives the project as it is afterwards.
 */
export async function fixDrift(root: string, folder: DeckFolder, checked: Checked, recheck: () => Promise<Checked>, options: FixOptions): Promise<Checked> {
  const read = checked.lock;
  if (read.kind === 'missing') throw new UsageError(`Nothing to fix against: there is no \`${folder.lock}\` yet. \`brief lock\` records what each citation points at.`);
  if (read.kind === 'invalid') throw new UsageError(`Nothing to fix against: the lock \`${folder.lock}\` cannot be read: ${read.reason}.`);
  const edits = fixesOf(findDrift(read.lock, checked.result));
  const locator = new Locator(checked.project.texts);
  for (const edit of edits) {
    const at = locator.index(edit.span.file).locate(edit.span.offset);
    options.log(printable(`${edit.span.file}:${at.line}:${at.column} ${edit.from} → ${edit.to}`));
  }
  if (options.dryRun) {
    options.log(edits.length ? `${plural(edits.length, 'citation')} would be rewritten; nothing was written (--dry-run).` : 'No citation to rewrite.');
    return checked;
  }
  if (edits.length === 0) {
    options.log('No citation to rewrite.');
    return checked;
  }
  for (const [file, fileEdits] of byFile(edits)) await rewrite(root, file, fileEdits, checked.project.texts.get(file));
  const after = await recheck();
  // The citations still drifting keep their old record, and so stay reported until resolved.
  const remaining = findDrift(read.lock, after.result);
  const lock = buildLock(after.result, read.lock, new Map(remaining.citations.map((c) => [c.keyed.key, c.locked])));
  await writeLock(root, lock, folder.lock);
  options.log(`Rewrote ${plural(edits.length, 'citation')} in ${plural(byFile(edits).size, 'slide file')}; updated ${folder.lock}.`);
  return { ...after, lock: { kind: 'read', lock } };
}

function byFile(edits: readonly FixEdit[]): Map<string, FixEdit[]> {
  const files = new Map<string, FixEdit[]>();
  for (const edit of edits) files.set(edit.span.file, [...(files.get(edit.span.file) ?? []), edit]);
  return files;
}

/** Rewrites one slide file, refusing if it no longer holds the text the check read. */
async function rewrite(root: string, file: string, edits: readonly FixEdit[], checkedText: string | undefined): Promise<void> {
  const path = join(root, file);
  const bytes = await readFile(path);
  if (decodeText(bytes, file).file?.text !== checkedText) {
    throw new UsageError(`\`${file}\` changed while \`brief check --fix\` ran; nothing more was written. Run it again.`);
  }
  await writeFileAtomically(path, applyEditsToBytes(bytes, edits));
}
