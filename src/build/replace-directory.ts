import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const OLD_SUFFIX = '.brief-old-';

/**
 * Puts a finished build in place of the old one. The old folder is renamed
 * aside first, then the new one renamed in, then the old one removed, so at
 * every moment either the previous complete build or the new one is there
 * (or, between the two renames, the previous one under its aside name, which
 * `recoverInterruptedReplace` puts back).
 */
export async function replaceDirectory(staging: string, target: string): Promise<void> {
  const aside = `${target}${OLD_SUFFIX}${process.pid}`;
  const hadTarget = await exists(target);
  if (hadTarget) await rename(target, aside);
  await rename(staging, target);
  if (hadTarget) await rm(aside, { recursive: true, force: true });
}

/** After a build killed mid-replace: brings back the previous build if the target is missing, and clears leftovers. */
export async function recoverInterruptedReplace(target: string): Promise<void> {
  const folder = dirname(target);
  const prefix = `${basename(target)}${OLD_SUFFIX}`;
  const names = await readdir(folder).catch(() => [] as string[]);
  const leftovers = names.filter((name) => name.startsWith(prefix)).map((name) => join(folder, name));
  for (const leftover of leftovers) {
    if (!(await exists(target))) await rename(leftover, target);
    else await rm(leftover, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
