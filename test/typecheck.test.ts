import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { REPO } from './helpers/temp-project.ts';

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * `tsc --noEmit` under strict, over src, test, bench and docs: a test like
 * the others, run beside them rather than before them (`npm test` compiles
 * lib/ without checking it first, so this is where a type error fails it).
 */
it('type-checks the kit, its tests and its benchmark under strict', { timeout: 180_000 }, async () => {
  const run = await promisify(execFile)(process.execPath, [TSC, '--noEmit', '-p', REPO], { cwd: REPO, encoding: 'utf8' }).catch(
    (failed: { stdout: string; stderr: string }) => failed,
  );
  expect(`${run.stdout}${run.stderr}`).toBe('');
});
