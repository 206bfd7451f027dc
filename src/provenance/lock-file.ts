import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../project/write-file.ts';
import type { Lock } from '../types.ts';
import { LOCK_FILE, serializeLock } from './lock.ts';

/** A project's lock: none yet, read, or there but not a lock this kit can read (and why). */
export type LockRead = { kind: 'missing' } | { kind: 'read'; lock: Lock } | { kind: 'invalid'; reason: string };

/** Reads the lock `file` (`brief.lock.json`, or a deck's) at `root`. Never throws for a missing or damaged lock: that is reported, not a crash. */
export async function readLock(root: string, file: string = LOCK_FILE): Promise<LockRead> {
  let text: string;
  try {
    text = await readFile(join(root, file), 'utf8');
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
  const damaged = damagedEntry(lock as Lock);
  if (damaged) return { kind: 'invalid', reason: damaged };
  return { kind: 'read', lock: lock as Lock };
}

/** The first source or citation record that lacks what the drift check reads, said as a reason; a hand-edited lock must not crash a check. */
function damagedEntry(lock: Lock): string | undefined {
  const isString = (v: unknown) => typeof v === 'string';
  const isCited = (c: unknown) => isRecord(c) && isString(c['source']) && typeof c['paragraph'] === 'number' && isString(c['hash']);
  const isAnchor = (a: unknown) => isRecord(a) && ['source', 'exact', 'prefix', 'suffix'].every((k) => isString(a[k])) && typeof a['paragraph'] === 'number';
  const isParagraph = (p: unknown) => isRecord(p) && typeof p['n'] === 'number' && isString(p['hash']) && isString(p['text']);
  const source = lock.sources.findIndex((s: unknown) => !(isRecord(s) && isString(s['id']) && Array.isArray(s['paragraphs']) && s['paragraphs'].every(isParagraph)));
  if (source !== -1) return `\`sources[${source}]\` is not a source record (\`id\`, and \`paragraphs\` each with \`n\`, \`hash\` and \`text\`)`;
  const citation = lock.citations.findIndex(
    (c: unknown) =>
      !(isRecord(c) && ['key', 'claim', 'file', 'text'].every((k) => isString(c[k])) && Array.isArray(c['cited']) && c['cited'].every(isCited) && Array.isArray(c['quotations']) && c['quotations'].every(isAnchor)),
  );
  if (citation !== -1) return `\`citations[${citation}]\` is not a citation record (\`key\`, \`claim\`, \`file\`, \`text\`, \`cited\`, \`quotations\`)`;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Writes the lock whole or not at all, to `file` (`brief.lock.json`, or a deck's) at `root`. */
export async function writeLock(root: string, lock: Lock, file: string = LOCK_FILE): Promise<void> {
  await writeFileAtomically(join(root, file), serializeLock(lock));
}
