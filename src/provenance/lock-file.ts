import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../project/write-file.ts';
import type { Lock } from '../types.ts';
import { LOCK_FILE, serializeLock } from './lock.ts';

/** A project's lock: none yet, read, or there but not a lock this kit can read (and why). */
export type LockRead = { kind: 'missing' } | { kind: 'read'; lock: Lock } | { kind: 'invalid'; reason: string };

/** Reads `brief.lock.json` at `root`. Never throws for a missing or damaged lock: that is reported, not a crash. */
export async function readLock(root: string): Promise<LockRead> {
  let text: string;
  try {
    text = await readFile(join(root, LOCK_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', reason: (error as Error).message };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', reason: `it is not valid JSON (${(error as Error).message})` };
  }
  const lock = data as Partial<Lock> | null;
  if (!lock || lock.version !== 1 || !Array.isArray(lock.sources) || !Array.isArray(lock.citations) || !Array.isArray(lock.reviews)) {
    return { kind: 'invalid', reason: 'it is not a version 1 lock with `sources`, `citations` and `reviews`' };
  }
  return { kind: 'read', lock: lock as Lock };
}

/** Writes the lock whole or not at all. */
export async function writeLock(root: string, lock: Lock): Promise<void> {
  await writeFileAtomically(join(root, LOCK_FILE), serializeLock(lock));
}
