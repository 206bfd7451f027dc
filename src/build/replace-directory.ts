import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { exists } from '../project/exists.ts';

/** The page whose replacement switches the build from old to new. */
const ENTRY = 'index.html';

/**
 * Puts a finished build in place of the old one so that, whenever the process
 * is stopped, `index.html` and every file it refers to form a complete build:
 * the previous one or the new one.
 *
 * With no previous build, the staging folder is renamed into place (one
 * atomic step); a folder already there (empty, or the remains of an
 * interrupted build) is first moved aside whole, so that no stop leaves it
 * half-deleted, without the marker that lets the next build replace it
 * (output-guard.ts). Otherwise the new build's assets, whose names carry a
 * hash of their content, are moved in beside the old ones first; then
 * `index.html` is replaced by rename, the one atomic switch; then the old
 * build's files are removed. Stopped before the switch, the old page is served with its own
 * assets; stopped after it, the new one is. Old files an interrupted run left
 * behind are unreferenced, and the next build removes them.
 */
export async function replaceDirectory(staging: string, target: string): Promise<void> {
  if (!(await exists(join(target, ENTRY)))) {
    // Named after the staging folder, so that removeAbandonedStaging finds it if this process is stopped.
    const aside = `${staging}.old`;
    await rename(target, aside).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, target);
    await rm(aside, { recursive: true, force: true });
    return;
  }
  const files = await listFiles(staging);
  for (const file of files.filter((f) => f !== ENTRY)) {
    await mkdir(dirname(join(target, file)), { recursive: true });
    await rename(join(staging, file), join(target, file));
  }
  await rename(join(staging, ENTRY), join(target, ENTRY));
  const keep = new Set(files);
  for (const file of await listFiles(target)) {
    if (!keep.has(file)) await rm(join(target, file), { force: true });
  }
  await removeEmptyFolders(target);
}

/**
 * Removes staging folders left by builds that were stopped before they
 * finished: those named `<target><stagingMarker><pid>` (and `….old`) whose
 * process has gone. A build still running, started a moment before this one,
 * keeps its own. (A pid the system has since given to another process keeps its folder
 * too, until that process ends: a folder left over, never a build lost.)
 */
export async function removeAbandonedStaging(target: string, stagingMarker: string): Promise<void> {
  const folder = dirname(target);
  const prefix = `${basename(target)}${stagingMarker}`;
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(prefix))) {
    const owner = /^\d+/.exec(name.slice(prefix.length))?.[0];
    if (owner && !processIsRunning(Number(owner))) await rm(join(folder, name), { recursive: true, force: true });
  }
}

/** Whether a process with this id exists. Signal 0 only asks; EPERM means it exists but belongs to another user. */
function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
}

async function removeEmptyFolders(root: string): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const folders = entries.filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name));
  // Deepest first, so a folder emptied by removing its children is removed too.
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    if ((await readdir(folder)).length === 0) await rm(folder, { recursive: true });
  }
}
