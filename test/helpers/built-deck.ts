import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { BIN } from './run-cli.ts';
import { copyFixtureBriefing } from './temp-project.ts';

type Outcome = { kind: 'built'; url: string } | { kind: 'failed'; output: string };

/**
 * The fixture briefing, built once per test run for the browser tests that
 * only read the build, and the file:// URL of its page. The first test file
 * to ask builds it, with `brief build` as a user would; the others, in other
 * workers, wait for that build.
 */
export async function sharedFixtureDeck(): Promise<string> {
  const folder = join(inject('runFolder'), 'shared-deck');
  const outcomeFile = join(folder, 'outcome.json');
  if (claim(folder)) {
    // Written whole, then moved into place: a reader never sees half of it.
    writeFileSync(`${outcomeFile}.part`, JSON.stringify(build(join(folder, 'project'))));
    renameSync(`${outcomeFile}.part`, outcomeFile);
  }
  while (!existsSync(outcomeFile)) await new Promise((resolve) => setTimeout(resolve, 100));
  const outcome = JSON.parse(readFileSync(outcomeFile, 'utf8')) as Outcome;
  if (outcome.kind === 'failed') throw new Error(`The fixture briefing did not build:\n${outcome.output}`);
  return outcome.url;
}

/** Whether this caller is the one to build: creating the folder succeeds for exactly one. */
function claim(folder: string): boolean {
  try {
    mkdirSync(folder);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function build(root: string): Outcome {
  mkdirSync(root);
  copyFixtureBriefing(root);
  const run = spawnSync(process.execPath, [BIN, 'build', '--root', root], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (run.status !== 0) return { kind: 'failed', output: `${run.stdout}${run.stderr}` };
  return { kind: 'built', url: pathToFileURL(join(root, 'dist/index.html')).href };
}
