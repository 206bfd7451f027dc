import { SLIDES_DECK, type DeckFolder } from '../project/decks.ts';
import { readProject, type ProjectFiles } from '../project/read-project.ts';
import { readLock, type LockRead } from './lock-file.ts';
import { lockInput } from './lock-input.ts';

export interface LockedProject {
  /** The project's files; with its lock, or the lock's problem among its read diagnostics: what `checkProject` takes. */
  project: ProjectFiles;
  lock: LockRead;
}

/** Reads a deck's files (by default `slides/`) and its lock together, for the commands that compare the two. */
export async function readLockedProject(root: string, deck: DeckFolder = SLIDES_DECK): Promise<LockedProject> {
  const [files, lock] = await Promise.all([readProject(root, deck.slides), readLock(root, deck.lock)]);
  return { project: { ...files, ...lockInput(lock, files.readDiagnostics, deck.lock) }, lock };
}
