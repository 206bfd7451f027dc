import { readProject, type ProjectFiles } from '../project/read-project.ts';
import { readLock, type LockRead } from './lock-file.ts';
import { lockInput } from './lock-input.ts';

export interface LockedProject {
  /** The project's files; with its lock, or the lock's problem among its read diagnostics: what `checkProject` takes. */
  project: ProjectFiles;
  lock: LockRead;
}

/** Reads a project's files and its `brief.lock.json` together, for the commands that compare the two. */
export async function readLockedProject(root: string): Promise<LockedProject> {
  const [files, lock] = await Promise.all([readProject(root), readLock(root)]);
  return { project: { ...files, ...lockInput(lock, files.readDiagnostics) }, lock };
}
