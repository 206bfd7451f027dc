import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { REPO } from './helpers/temp-project.ts';

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * What tsc learnt in the last run (which files it checked, and what it found in each), so that a run
 * re-checks only what changed and what depends on it, and reports again what it found before: about
 * 6 s of CPU instead of 18 when nothing changed. In node_modules, so `npm ci` starts afresh.
 */
const TYPECHECK_STATE = `${REPO}/node_modules/.cache/briefing-kit/typecheck.tsbuildinfo`;

/**
 * `tsc --noEmit` under strict, over src, test, bench and docs: a test like
 * the others, run beside them rather than before them (`npm test` compiles
 * lib/ without checking it first, so this is where a type error fails it).
 */
it('type-checks the kit, its tests and its benchmark under strict', { timeout: 180_000 }, async () => {
  const args = [TSC, '--noEmit', '--incremental', '--tsBuildInfoFile', TYPECHECK_STATE, '-p', REPO];
  const run = await promisify(execFile)(process.execPath, args, { cwd: REPO, encoding: 'utf8' }).catch(
    (failed: { stdout: string; stderr: string }) => failed,
  );
  expect(`${run.stdout}${run.stderr}`).toBe('');
});
