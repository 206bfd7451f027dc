import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledKitIsFresh } from '../kit/compiled-kit.js';
import { REPO, tempDirectory } from './helpers/temp-project.ts';


function kit(): { src: string; lib: string } {
  const root = tempDirectory('kit-');
  const src = join(root, 'src');
  const lib = join(root, 'lib');
  for (const folder of [join(src, 'cli'), join(src, 'text'), join(lib, 'cli'), join(lib, 'text')]) mkdirSync(folder, { recursive: true });
  const files: [string, string][] = [
    ['cli/main.ts', 'cli/main.js'],
    ['text/lex-worker.mjs', 'text/lex-worker.mjs'],
  ];
  for (const [source, compiled] of files) {
    writeFileSync(join(src, source), '');
    writeFileSync(join(lib, compiled), '');
    setAge(join(src, source), 60);
  }
  // Neither is compiled: they need no copy in lib/.
  writeFileSync(join(src, 'globals.d.ts'), '');
  writeFileSync(join(src, 'text/theme.css'), '');
  return { src, lib };
}

function setAge(path: string, secondsAgo: number): void {
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, when, when);
}

describe('the compiled kit (lib/)', () => {
  it('is fresh when every module has a copy written after it', () => {
    const { src, lib } = kit();
    expect(compiledKitIsFresh(src, lib)).toBe(true);
  });

  it('is stale once a module changes after it was compiled', () => {
    const { src, lib } = kit();
    setAge(join(lib, 'cli/main.js'), 120);
    expect(compiledKitIsFresh(src, lib)).toBe(false);
  });

  it('is stale when a module has no compiled copy, or there is no lib/ at all', () => {
    const { src, lib } = kit();
    writeFileSync(join(src, 'cli/new-command.ts'), '');
    expect(compiledKitIsFresh(src, lib)).toBe(false);
    expect(compiledKitIsFresh(src, join(lib, 'missing'))).toBe(false);
  });

  it('the CLI and the Vite plugins run from src/ through tsx when lib/ is missing', () => {
    const kitCopy = tempDirectory('kit-');
    for (const path of ['bin', 'kit', 'package.json', 'index.html', 'vite.config.ts']) cpSync(join(REPO, path), join(kitCopy, path), { recursive: true });
    for (const folder of ['src', 'node_modules']) symlinkSync(join(REPO, folder), join(kitCopy, folder));
    // The kit's own layout: the briefing beside the code.
    cpSync(join(REPO, 'test/fixture/clean'), kitCopy, { recursive: true });
    const run = spawnSync(process.execPath, [join(kitCopy, 'bin/brief.js'), 'build'], { cwd: kitCopy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 errors, 0 warnings');
    expect(existsSync(join(kitCopy, 'dist/index.html'))).toBe(true);
  });
});
