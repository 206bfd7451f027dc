import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { removeAbandonedStaging } from '../src/build/replace-directory.ts';
import { BUILD_MARKER } from '../src/build/output-guard.ts';
import { claimOutputFile, KIT_OUTPUT_LINE } from '../src/cli/output-file.ts';
import { writePdfMetadata } from '../src/pdf/pdf-metadata.ts';
import { producedByKit } from '../src/pdf/pdf-producer.ts';
import { hashTree, servedBuild } from './helpers/hash-tree.ts';
import { BIN, runBriefInProcess } from './helpers/run-cli.ts';
import { copyFixtureBriefing, REPO, tempDirectory, tempProject } from './helpers/temp-project.ts';

interface Run {
  code: number | null;
  stderr: string;
}

/** Starts `brief`, not waiting for it (tests of refusals run side by side). */
function start(args: string[], cwd: string, as: SpawnOptions = {}): { pid: number | undefined; done: Promise<Run> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], ...as });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { pid: child.pid, done: new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr }))) };
}

const brief = (args: string[], cwd: string, as: SpawnOptions = {}): Promise<Run> => start(args, cwd, as).done;

/** Exit 2 and one line, `brief: …`, naming what was refused. */
function expectRefused(run: Run, named: string): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(/^brief: [^\n]+\n$/);
  expect(run.stderr).toContain(`\`${named}\``);
}

/**
 * A project inside a folder of its own, so that what lies around it is
 * hashed too: a refused command may not create anything beside the project
 * (a staging folder, say) or above it. The project has what a real one has:
 * a `.git/`, a folder of the user's notes, a loose file, an old build that
 * carries no marker, and a link to its slides.
 */
function guardedProject(): { around: string; project: string } {
  const around = tempDirectory('guards-');
  const project = join(around, 'project');
  mkdirSync(project);
  copyFixtureBriefing(project);
  mkdirSync(join(project, '.git'));
  writeFileSync(join(project, '.git/HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(join(project, 'notes'));
  writeFileSync(join(project, 'notes/ideas.md'), 'My own notes.\n');
  writeFileSync(join(project, 'notes.md'), 'Written by hand.\n');
  writeFileSync(join(project, 'report.txt'), 'A report.\n');
  mkdirSync(join(project, 'old-build'));
  writeFileSync(join(project, 'old-build/index.html'), '<!doctype html><title>Old</title>\n');
  symlinkSync('slides', join(project, 'slides-link'));
  symlinkSync('slides/01-opening.md', join(project, 'opening-link.md'));
  symlinkSync('gone', join(project, 'dangling'));
  return { around, project };
}

describe('brief build --out-dir: a folder is replaced only when it is missing, empty or an earlier build', () => {
  let around: string;
  let project: string;
  beforeAll(() => {
    ({ around, project } = guardedProject());
  });

  // [--out-dir, the name the message gives, why]
  const refused: [string, (around: string) => string, RegExp][] = [
    ['.', () => '.', /it is the project folder/],
    ['..', (a) => `${a}/`, /it contains the project folder/],
    ['../..', (a) => `${dirname(a)}/`, /it contains the project folder/],
    ['slides', () => 'slides/', /that folder holds the slides/],
    ['slides/out', () => 'slides/out/', /lies inside `slides\/`, which holds the slides: no build goes there/],
    ['slides-link', () => 'slides-link/', /that folder holds the slides/],
    ['assets', () => 'assets/', /that folder holds the sources and images/],
    ['assets/sources', () => 'assets/sources/', /that folder holds the source documents/],
    ['assets/img', () => 'assets/img/', /lies inside `assets\/`/],
    ['src', () => 'src/', /that folder holds the kit's code/],
    ['node_modules', () => 'node_modules/', /installed packages/],
    ['.git', () => '.git/', /git repository/],
    ['.git/dist', () => '.git/dist/', /lies inside `.git\/`/],
    ['notes', () => 'notes/', /no build of briefing-kit wrote/],
    ['old-build', () => 'old-build/', /no build of briefing-kit wrote .*no `\.briefing-kit-build` marker/],
    ['report.txt', () => 'report.txt', /it is a file, not a folder/],
    ['report.txt/dist', () => 'report.txt/dist/', /`report.txt` is a file, not a folder/],
    ['dangling', () => 'dangling', /a symbolic link to nothing/],
  ];
  it.each(refused)('refuses --out-dir %s with exit 2 and one line, touching nothing', async (outDir, named, why) => {
    const before = hashTree(around);
    const run = await runBriefInProcess(['build', '--out-dir', outDir], { cwd: project });
    expectRefused(run, named(around));
    expect(run.stderr).toMatch(why);
    expect(hashTree(around)).toEqual(before);
  });

  it('builds into a missing folder, an empty one, and over its own earlier build (its stray files removed), leaving the marker', async () => {
    const { project } = guardedProject();
    mkdirSync(join(project, 'empty'));
    for (const outDir of ['fresh/deck', 'empty', 'empty']) {
      const stray = join(project, outDir, 'stray.txt');
      // The third time, `empty` holds the second build, with a file left in it by hand.
      if (existsSync(join(project, outDir, BUILD_MARKER))) writeFileSync(stray, 'left by hand in a build');
      const run = await brief(['build', '--out-dir', outDir], project);
      expect(run.code, run.stderr).toBe(0);
      expect(servedBuild(join(project, outDir))).not.toMatchObject({ MISSING: expect.anything() });
      expect(JSON.parse(readFileSync(join(project, outDir, BUILD_MARKER), 'utf8'))).toMatchObject({ builtBy: 'briefing-kit' });
      expect(existsSync(stray)).toBe(false);
    }
    expect(readdirSync(project).filter((name) => name.includes('.brief-staging-'))).toEqual([]);
  }, 60_000);
});

describe('brief build over a build from before the marker', () => {
  it('knows it by the deck settings only the kit writes into index.html, and replaces it', async () => {
    const { project } = guardedProject();
    mkdirSync(join(project, 'dist'));
    writeFileSync(join(project, 'dist/index.html'), '<!doctype html><script type="application/json" id="briefing-settings">{"title":"Old"}</script>\n');
    const run = await brief(['build'], project);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(project, 'dist', BUILD_MARKER), 'utf8'))).toMatchObject({ builtBy: 'briefing-kit' });
  }, 60_000);
});

describe('brief rehearse --out and brief pdf --out: never a slide or source, never a file the kit did not write without --force', () => {
  let around: string;
  let project: string;
  beforeAll(() => {
    ({ around, project } = guardedProject());
  });

  const refused: [string, string[], string, RegExp][] = [
    ['rehearse', ['--out', 'slides/01-opening.md'], 'slides/01-opening.md', /lies inside `slides\/`/],
    ['rehearse', ['--out', 'slides/01-opening.md', '--force'], 'slides/01-opening.md', /lies inside `slides\/`/],
    ['rehearse', ['--out', 'slides/new.md'], 'slides/new.md', /lies inside `slides\/`/],
    ['rehearse', ['--out', 'assets/sources/harbour-review.md', '--force'], 'assets/sources/harbour-review.md', /lies inside `assets\/sources\/`/],
    ['rehearse', ['--out', 'opening-link.md', '--force'], 'opening-link.md', /is a link to a file inside `slides\/`/],
    ['rehearse', ['--out', 'slides-link/script.md', '--force'], 'slides-link/script.md', /lies inside `slides\/`/],
    ['rehearse', ['--out', 'notes.md'], 'notes.md', /briefing-kit did not write it\. Pass `--force`/],
    ['rehearse', ['--out', 'notes'], 'notes', /it is a folder/],
    ['rehearse', ['--out', 'dangling'], 'dangling', /briefing-kit did not write it/],
    ['pdf', ['--out', 'slides/01-opening.md'], 'slides/01-opening.md', /lies inside `slides\/`/],
    ['pdf', ['--out', 'assets/sources/x.pdf', '--force'], 'assets/sources/x.pdf', /lies inside `assets\/sources\/`/],
    ['pdf', ['--out', 'notes.md'], 'notes.md', /briefing-kit did not write it/],
    ['pdf', ['--out', 'report.txt'], 'report.txt', /briefing-kit did not write it/],
  ];
  it.each(refused)('refuses brief %s %j with exit 2 and one line, touching nothing', async (command, args, named, why) => {
    const before = hashTree(around);
    const run = await runBriefInProcess([command, ...args], { cwd: project });
    expectRefused(run, named);
    expect(run.stderr).toMatch(why);
    expect(hashTree(around)).toEqual(before);
  });

  it('replaces its own script without asking, and the user\'s file only with --force', async () => {
    const { project } = guardedProject();
    for (let run = 0; run < 2; run++) expect((await brief(['rehearse', '--out', 'script.md'], project)).code).toBe(0);
    expect(readFileSync(join(project, 'script.md'), 'utf8').split('\n')[0]).toBe(KIT_OUTPUT_LINE);
    expect((await brief(['rehearse', '--out', 'script.md', '--format', 'html'], project)).code).toBe(0);
    expect(readFileSync(join(project, 'script.md'), 'utf8').split('\n').slice(0, 2)).toEqual(['<!doctype html>', KIT_OUTPUT_LINE]);
    expect((await brief(['rehearse', '--out', 'script.md'], project)).code).toBe(0);
    expect((await brief(['rehearse', '--out', 'notes.md', '--force'], project)).code).toBe(0);
    expect(readFileSync(join(project, 'notes.md'), 'utf8')).toContain('# Rehearsal script');
  });
});

describe('knowing a PDF the kit wrote', () => {
  async function pdf(options: { kit: boolean; useObjectStreams: boolean }): Promise<string> {
    const document = await PDFDocument.create();
    document.addPage([960, 540]).drawText('Slide one');
    const path = join(tempDirectory(), `${options.kit ? 'kit' : 'other'}-${options.useObjectStreams}.pdf`);
    writeFileSync(path, await document.save({ useObjectStreams: options.useObjectStreams }));
    if (options.kit) await writePdfMetadata(path, { title: 'A briefing' });
    return path;
  }

  // Without object streams the kit appends its metadata; with them, it rewrites the file with pdf-lib.
  it.each([false, true])('reads briefing-kit as the Producer, appended or rewritten (object streams: %s)', async (useObjectStreams) => {
    const kit = await pdf({ kit: true, useObjectStreams });
    expect(await producedByKit(kit)).toBe(true);
    expect(await claimOutputFile(REPO, kit, false)).toBe(kit);
    const other = await pdf({ kit: false, useObjectStreams });
    expect(await producedByKit(other)).toBe(false);
    await expect(claimOutputFile(REPO, other, false)).rejects.toThrow(/did not write it/);
    expect(await claimOutputFile(REPO, other, true)).toBe(other);
  });

  it('takes a file that is not a PDF for someone else\'s', async () => {
    const path = join(tempDirectory(), 'text.pdf');
    writeFileSync(path, 'plain text named .pdf');
    expect(await producedByKit(path)).toBe(false);
  });
});

describe('builds side by side', () => {
  it('removes only staging folders whose build has ended', async () => {
    const folder = tempDirectory('staging-');
    const ended = spawnSync(process.execPath, ['-e', '']).pid as number;
    const running = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const names = [`dist.brief-staging-${ended}`, `dist.brief-staging-${ended}.old`, `dist.brief-staging-${running.pid}`, `dist.brief-staging-${process.pid}`];
      for (const name of names) mkdirSync(join(folder, name));
      await removeAbandonedStaging(join(folder, 'dist'), '.brief-staging-');
      expect(readdirSync(folder).sort()).toEqual([`dist.brief-staging-${process.pid}`, `dist.brief-staging-${running.pid}`].sort());
    } finally {
      running.kill();
    }
  });

  it('lets a build started while another is building leave the other\'s staging folder alone: both succeed, dist/ whole', async () => {
    const project = tempProject();
    const first = start(['build'], project);
    let firstEnded = false;
    void first.done.then(() => (firstEnded = true));
    const staging = join(project, `dist.brief-staging-${first.pid}`);
    while (!existsSync(staging) && !firstEnded) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(firstEnded, 'the first build ended before its staging folder was seen').toBe(false);
    // Held still, mid-build, while a second build runs from start to end: its clean-up meets the first's staging folder.
    process.kill(first.pid as number, 'SIGSTOP');
    let second: Run;
    try {
      second = await brief(['build'], project);
      expect(existsSync(staging), 'the second build removed the first\'s staging folder').toBe(true);
    } finally {
      process.kill(first.pid as number, 'SIGCONT');
    }
    const results = [await first.done, second];
    expect(results.map((r) => r.code), results.map((r) => r.stderr).join('\n')).toEqual([0, 0]);
    expect(Object.values(servedBuild(join(project, 'dist')) ?? { 'index.html': 'MISSING' })).not.toContain('MISSING');
    expect(readdirSync(project).filter((name) => name.includes('.brief-staging-'))).toEqual([]);
  }, 60_000);
});

/**
 * Folders the command may not write to. Root writes through any mode bits,
 * so as root the command runs as `nobody` (uid 65534) over a world-readable
 * project; as anyone else, mode bits do the job.
 */
describe('a folder the build cannot write to', () => {
  const isRoot = process.getuid?.() === 0;
  const runner: SpawnOptions = isRoot ? { uid: 65534, gid: 65534 } : {};
  const readOnly = (folder: string) => chmodSync(folder, isRoot ? 0o755 : 0o555);
  const writable = (folder: string) => (isRoot ? chownSync(folder, 65534, 65534) : chmodSync(folder, 0o755));

  beforeAll(() => {
    if (!isRoot) return;
    // `nobody` must be able to reach the kit: a checkout under a private folder (`mktemp -d` makes one) would fail these tests for that reason alone.
    const reach = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], runner);
    expect(reach.status, `user nobody cannot read ${BIN}: these tests run brief as nobody, so the folders above the checkout must be readable by others (chmod o+rx)`).toBe(0);
  });

  function readableProject(): { around: string; project: string } {
    const around = tempDirectory('read-only-');
    chmodSync(around, 0o755);
    const project = join(around, 'project');
    mkdirSync(project, { mode: 0o755 });
    copyFixtureBriefing(project);
    return { around, project };
  }

  it('exits 2 with one line, before Vite runs, when the folder the build goes in is read-only', async () => {
    const { around, project } = readableProject();
    readOnly(project);
    try {
      const before = hashTree(around);
      const run = await brief(['build'], project, runner);
      expectRefused(run, 'dist/');
      expect(run.stderr).toMatch(/^brief: Cannot write the build to `dist\/`: permission denied: `\.` is not writable\. Make that folder writable, or build elsewhere with `--out-dir`\.\n$/);
      expect(hashTree(around)).toEqual(before);
    } finally {
      chmodSync(project, 0o755);
    }
  });

  it('exits 2 with one line, leaving the earlier build as it was, when dist/ itself is read-only', async () => {
    const { around, project } = readableProject();
    const built = await brief(['build', '--out-dir', 'out/dist'], project);
    expect(built.code, built.stderr).toBe(0);
    writable(join(project, 'out'));
    readOnly(join(project, 'out/dist'));
    try {
      const before = hashTree(around);
      const run = await brief(['build', '--out-dir', 'out/dist'], project, runner);
      expectRefused(run, 'out/dist/');
      expect(run.stderr).toMatch(/permission denied: `out\/dist\/` is not writable/);
      expect(hashTree(around)).toEqual(before);
    } finally {
      chmodSync(join(project, 'out/dist'), 0o755);
    }
  }, 30_000);
});
