import { diagnose } from '../diagnostics/diagnose.ts';
import type { CheckInput, Diagnostic } from '../types.ts';
import { LOCK_FILE } from './lock.ts';
import type { LockRead } from './lock-file.ts';

/**
 * What a check takes from the project's lock, read at the edge: the lock; or,
 * for a lock that cannot be read, the project's read problems and one more
 * naming the file (a configuration problem: exit 2); or, with no lock, nothing.
 */
export function lockInput(read: LockRead, readDiagnostics: readonly Diagnostic[] = [], file: string = LOCK_FILE): Pick<CheckInput, 'lock' | 'readDiagnostics'> {
  if (read.kind === 'read') return { lock: read.lock };
  if (read.kind === 'missing') return {};
  return { readDiagnostics: [...readDiagnostics, diagnose('BRF307', { file, reason: read.reason }, { path: file })] };
}
