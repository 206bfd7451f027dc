import { access } from 'node:fs/promises';

/** Whether something is at `path` (a link, followed, must lead somewhere). */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
