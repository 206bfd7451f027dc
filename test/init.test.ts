import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTree } from './helpers/hash-tree.ts';
import { noStackTrace, runBriefInProcess } from './helpers/run-cli.ts';
import { REPO, tempDirectory } from './helpers/temp-project.ts';

const SEED = join(REPO, 'test/fixture/seeds/004_468284d11647a011.txt');

/** `brief init ARGS` in a fresh temporary folder: the run, and the folder the briefing was to be made in. */
async function init(args: string[], prepare?: (briefing: string) => void) {
  const around = tempDirectory('init-');
  const briefing = join(around, 'new-briefing');
  prepare?.(briefing);
  const run = await runBriefInProcess(['init', 'new-briefing', ...args], { cwd: around });
  noStackTrace(run.stderr);
  return { run, briefing };
}

describe('brief init', { timeout: 60_000 }, () => {
  it('makes a briefing that checks at once, locked, with its own title and a package that runs brief', async () => {
    const { run, briefing } = await init(['--kit', 'github:example/briefing-kit']);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(briefing).sort()).toEqual(['.gitignore', 'README.md', 'assets', 'brief.lock.json', 'package.json', 'slides']);
    expect(readFileSync(join(briefing, 'slides/01-title.md'), 'utf8')).toMatch(/^---\ntitle: "New briefing"\n/);
    // A spec that names no path on disk is written as given.
    expect(JSON.parse(readFileSync(join(briefing, 'package.json'), 'utf8'))).toMatchObject({ name: 'new-briefing', private: true, dependencies: { 'briefing-kit': 'github:example/briefing-kit' } });
    const check = await runBriefInProcess(['check'], { cwd: briefing });
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/^2 slides, 3 citations to 1 of 1 source \(2 of 3 paragraphs cited, 2 quotations verified\), 0 of 3 claims reviewed \(0 stale, 0 disputed\): 0 errors, 0 warnings$/m);
    // Locked: nothing new to it, nothing drifted.
    expect(check.stdout).not.toContain('not in the lock');
  });

  it('without --kit, depends on the kit that ran it, by a path from the briefing', async () => {
    const { run, briefing } = await init([]);
    expect(run.code, run.stderr).toBe(0);
    const spec = (JSON.parse(readFileSync(join(briefing, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies['briefing-kit'] ?? '';
    expect(spec).toMatch(/^file:(\.\.\/)+/);
    expect(readFileSync(join(briefing, spec.slice('file:'.length), 'package.json'), 'utf8')).toContain('"name": "briefing-kit"');
  });

  it('--source imports the documents given in place of the example, and the example slide cites the first', async () => {
    const { run, briefing } = await init(['--source', SEED]);
    expect(run.code, run.stderr).toBe(0);
    // Repairs are listed as `brief import` lists them.
    expect(run.stderr).toMatch(/004_468284d11647a011\.txt:\d+/);
    expect(readdirSync(join(briefing, 'assets/sources'))).toEqual(['004-468284d11647a011.md']);
    expect(readFileSync(join(briefing, 'slides/02-example.md'), 'utf8')).toContain('[@004-468284d11647a011 ¶1]');
    expect((await runBriefInProcess(['check'], { cwd: briefing })).code).toBe(0);
  });

  it('refuses a document with nothing to cite, and writes nothing', async () => {
    const empty = join(tempDirectory('init-'), 'empty.txt');
    writeFileSync(empty, 'Only a title\n');
    const { run, briefing } = await init(['--source', empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brief: No paragraph to cite in `.*empty\.txt`/m);
    expect(existsSync(briefing)).toBe(false);
  });

  it('with --add, writes no slides into a project that has a deck, and replaces nothing', async () => {
    const { run, briefing } = await init(['--add'], (folder) => cpSync(join(REPO, 'test/fixture/clean'), folder, { recursive: true }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('The project has a deck already: no slides written.');
    expect(readdirSync(join(briefing, 'slides'))).toEqual(['01-title.md']);
    expect(readdirSync(join(briefing, 'assets/sources'))).toEqual(['memo.md']);
    expect(existsSync(join(briefing, 'brief.lock.json'))).toBe(false);
    const before = hashTree(briefing);
    expect((await runBriefInProcess(['init', '--add'], { cwd: briefing })).stdout).toContain('Nothing to add to .:');
    expect(hashTree(briefing)).toEqual(before);
  });

  it('refuses a file, naming it', async () => {
    const { run } = await init([], (path) => writeFileSync(path, 'not a folder\n'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('brief: Cannot start a briefing in `new-briefing`: it is a file, not a folder. Choose a new folder.\n');
  });
});
