import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SLIDES_DIR, SOURCES_DIR } from '../project/read-project.ts';

/** What a build is made from, besides the deck's slides: when any of it is newer than `dist/index.html`, the build is stale. */
const INPUTS = [SOURCES_DIR, 'index.html', 'vite.config.ts', 'src'];

/** Whether the built deck is missing or older than anything it is built from: its slides (`slides/`, or a deck's folder) and the rest. */
export async function buildIsStale(root: string, builtPage: string, slidesDir: string = SLIDES_DIR): Promise<boolean> {
  let built: number;
  try {
    built = (await stat(builtPage)).mtimeMs;
  } catch {
    return true;
  }
  for (const input of [slidesDir, ...INPUTS]) {
    if ((await newestModification(join(root, input))) > built) return true;
  }
  return false;
}

async function newestModification(path: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestModification(join(path, entry)));
  return newest;
}
