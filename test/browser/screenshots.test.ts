import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyBriefing } from '../../bench/generate-project.ts';
import { browserAvailable } from '../helpers/chromium.ts';
import { hashTree } from '../helpers/hash-tree.ts';
import { noStackTrace, runBrief, type CliRun } from '../helpers/run-cli.ts';
import { REPO, tempDirectory } from '../helpers/temp-project.ts';

/**
 * A deck of five slides: one that fits, one with a picture larger than the
 * slide that reveal scales to fit, a vertical stack whose second slide has
 * sixteen bullets, and one with a word wider than the slide. The build adds
 * a sixth, the sources slide.
 */
const FIXTURE = join(REPO, 'test/fixture/overflow');

function overflowProject(): string {
  return copyBriefing(FIXTURE, tempDirectory('screenshots-'));
}

/** A PNG's width and height, from its IHDR chunk, which always comes first. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Each BRF150 as `file:line:col message`. */
const located = (run: CliRun) => [...run.stdout.matchAll(/^(\S+:\d+:\d+) - error (BRF150: .*)$/gm)].map((m) => `${m[1]} ${m[2]}`);

describe.runIf(browserAvailable())('brief screenshots', () => {
  let root: string;
  let first: CliRun;

  beforeAll(() => {
    root = overflowProject();
    // No dist/ yet: the command builds first.
    first = runBrief(['screenshots'], { cwd: root });
  }, 120_000);

  it('reports each slide that overflows, below or past the right edge, at its first line, and exits 1', () => {
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toContain('building first');
    const found = located(first);
    expect(found).toEqual([
      expect.stringMatching(/^slides\/02-too-long\.md:10:1 BRF150: Slide 4's content runs \d+ px below the slide\.$/),
      expect.stringMatching(/^slides\/03-too-wide\.md:1:1 BRF150: Slide 5's content runs \d+ px past the slide's right edge\.$/),
    ]);
    for (const line of found) expect(Number(/runs (\d+) px/.exec(line)?.[1])).toBeGreaterThan(100);
    expect(first.stdout).toContain('`screenshots/slide-03-2.png` shows it');
    expect(first.stdout).toContain('`screenshots/slide-04.png` shows it');
    expect(first.stdout).toMatch(/Wrote 6 screenshots to screenshots\/: 2 slides run past 1280×720\.\n$/);
    noStackTrace(first.stdout + first.stderr);
  });

  it('writes one 1280×720 PNG per slide, a vertical slide named after its stack, and its marker', () => {
    const folder = join(root, 'screenshots');
    const names = readdirSync(folder).sort();
    expect(names).toEqual(['.briefing-kit-screenshots', 'slide-01.png', 'slide-02.png', 'slide-03-2.png', 'slide-03.png', 'slide-04.png', 'slide-05.png']);
    for (const name of names.filter((n) => n.endsWith('.png'))) expect(pngSize(join(folder, name))).toEqual({ width: 1280, height: 720 });
  });

  it('replaces its own screenshots when run again on the built deck, with the same verdict', () => {
    writeFileSync(join(root, 'screenshots/slide-09.png'), 'a screenshot of a slide since removed');
    const again = runBrief(['screenshots'], { cwd: root });
    expect(again.code, again.stderr).toBe(1);
    expect(again.stderr).not.toContain('building first');
    expect(located(again)).toEqual(located(first));
    expect(existsSync(join(root, 'screenshots/slide-09.png'))).toBe(false);
    expect(readdirSync(join(root, 'screenshots'))).toHaveLength(7);
  }, 60_000);

  it('takes the deck --deck names in a project of several, from its own build in dist/NAME/, into --out-dir', () => {
    const project = overflowProject();
    mkdirSync(join(project, 'decks/fit'), { recursive: true });
    renameSync(join(project, 'slides/01-fits.md'), join(project, 'decks/fit/01-fits.md'));
    renameSync(join(project, 'slides'), join(project, 'decks/tall'));
    const unchosen = runBrief(['screenshots'], { cwd: project });
    expect(unchosen.code).toBe(2);
    expect(unchosen.stderr).toMatch(/^brief: `brief screenshots` works on one deck, and this project has 2: choose one with `--deck NAME`\./);
    const run = runBrief(['screenshots', '--deck', 'fit', '--out-dir', 'shots'], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(project, 'dist/fit/index.html'))).toBe(true);
    expect(readdirSync(join(project, 'shots')).filter((name) => name.endsWith('.png'))).toHaveLength(3);
    expect(run.stdout).toMatch(/Wrote 3 screenshots to shots\/: every slide fits in 1280×720\.\n$/);
  }, 120_000);

  it('refuses a folder holding files it did not write, exit 2 and one line, and leaves the project untouched', () => {
    const project = overflowProject();
    mkdirSync(join(project, 'mine'));
    writeFileSync(join(project, 'mine/notes.md'), 'My own notes.\n');
    const before = hashTree(project);
    const run = runBrief(['screenshots', '--out-dir', 'mine'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brief: Cannot write screenshots into `mine\/`: it holds files no run of `brief screenshots` wrote [^\n]+\n$/);
    expect(run.stdout).toBe('');
    // Refused before anything is built or written: no dist/, no staging folder, the user's file as it was.
    expect(hashTree(project)).toEqual(before);
  });
});
