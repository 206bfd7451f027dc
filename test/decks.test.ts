import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashTree } from './helpers/hash-tree.ts';
import { BIN, noStackTrace, runBriefInProcess, type CliRun } from './helpers/run-cli.ts';
import { REPO, tempDirectory } from './helpers/temp-project.ts';

const CLEAN = join(REPO, 'test/fixture/clean');

/**
 * A project of two decks, `decks/alpha/` and `decks/beta/`, citing one
 * library of sources, and nothing else: no `slides/`, no `index.html` or
 * Vite config (the kit supplies them). `beta` has a title of its own and
 * a bullet with a quotation the source does not hold, when asked.
 */
function twoDecks(options: { brokenBeta?: boolean } = {}): string {
  const root = tempDirectory('decks-');
  cpSync(join(CLEAN, 'assets'), join(root, 'assets'), { recursive: true });
  for (const name of ['alpha', 'beta']) cpSync(join(CLEAN, 'slides'), join(root, 'decks', name), { recursive: true });
  const beta = join(root, 'decks/beta/01-title.md');
  let text = readFileSync(beta, 'utf8').replace('title: Fixture Deck', 'title: Beta Deck');
  if (options.brokenBeta) text = text.replace('- Costs rose by a third [@memo ¶2]', '- Costs rose by a third [@memo ¶2]\n- Costs "fell by half" [@memo ¶2]');
  writeFileSync(beta, text);
  return root;
}

/** `brief ARGS` run in the project's folder, as its author would (in this process: `brief dev` below runs the real binary). */
async function brief(args: string[], root: string): Promise<CliRun> {
  const run = await runBriefInProcess(args, { cwd: root });
  noStackTrace(run.stderr);
  return run;
}

describe('a project of several decks, one library of sources', { timeout: 60_000 }, () => {
  it('brief check checks every deck, each problem at its file, line and column, with a summary per deck', async () => {
    const root = twoDecks({ brokenBeta: true });
    const run = await brief(['check'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^decks\/beta\/01-title\.md:\d+:\d+ - error BRF104: Quotation `fell by half` does not occur in `memo ¶2`/m);
    expect(run.stdout).toMatch(/^decks\/alpha\/: 2 slides, .*: 0 errors, 0 warnings$/m);
    expect(run.stdout).toMatch(/^decks\/beta\/: 2 slides, .*: 1 error, 0 warnings$/m);

    const json = JSON.parse((await brief(['check', '--format', 'json'], root)).stdout) as {
      diagnostics: { file: string; line: number; code: string }[];
      summary: { decks: number; errors: number };
      decks: { name: string; folder: string; summary: { errors: number } }[];
    };
    expect(json.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([expect.stringMatching(/^decks\/beta\/01-title\.md:\d+ BRF104$/)]);
    expect(json.summary).toMatchObject({ decks: 2, errors: 1 });
    expect(json.decks.map((d) => [d.name, d.folder, d.summary.errors])).toEqual([['alpha', 'decks/alpha/', 0], ['beta', 'decks/beta/', 1]]);

    // --deck chooses one: the other's error is not its concern, and the output is one deck's, as ever.
    const alpha = await brief(['check', '--deck', 'alpha'], root);
    expect(alpha.code).toBe(0);
    expect(alpha.stdout).toMatch(/^2 slides, .*: 0 errors, 0 warnings$/m);
  });

  it('a problem in a source both decks read is reported once', async () => {
    const root = twoDecks();
    writeFileSync(join(root, 'assets/sources/memo.md'), readFileSync(join(root, 'assets/sources/memo.md'), 'utf8').replace('author: A. Writer\n', 'author: A. Writer\nautor: typo\n'));
    const run = await brief(['check'], root);
    expect(run.stdout.match(/BRF110/g)).toHaveLength(1);
  });

  describe('brief build', () => {
    let root: string;
    let run: CliRun;
    beforeAll(async () => {
      root = twoDecks();
      run = await brief(['build'], root);
    });

    it('builds each deck into a folder of its own, with an index page that links them', () => {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/Built dist\/index\.html and 2 decks \(dist\/alpha\/, dist\/beta\/\)/);
      const titles = ['alpha', 'beta'].map((name) => new JSDOM(readFileSync(join(root, 'dist', name, 'index.html'), 'utf8')).window.document.title);
      expect(titles).toEqual(['Fixture Deck', 'Beta Deck']);
      for (const name of ['alpha', 'beta']) {
        const page = new JSDOM(readFileSync(join(root, 'dist', name, 'index.html'), 'utf8')).window.document;
        // Each opens from disk on its own: relative URLs into its own assets.
        for (const el of page.querySelectorAll('script[src], link[href]')) expect(el.getAttribute('src') ?? el.getAttribute('href')).toMatch(/^\.\/assets\//);
        expect(existsSync(join(root, 'dist', name, '.briefing-kit-build'))).toBe(true);
      }
      const index = new JSDOM(readFileSync(join(root, 'dist/index.html'), 'utf8')).window.document;
      expect([...index.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
        ['Fixture Deck', './alpha/index.html'],
        ['Beta Deck', './beta/index.html'],
      ]);
      expect(index.querySelector('script')).toBeNull();
    });

    it('--deck rebuilds that deck alone, in its folder, and leaves the other as it was', async () => {
      const before = hashTree(join(root, 'dist'));
      writeFileSync(join(root, 'decks/beta/01-title.md'), readFileSync(join(root, 'decks/beta/01-title.md'), 'utf8').replace('title: Beta Deck', 'title: Beta Deck, revised'));
      const again = await brief(['build', '--deck', 'beta'], root);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('Built dist/beta/index.html');
      const after = hashTree(join(root, 'dist'));
      const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
      expect(changed.length).toBeGreaterThan(0);
      expect(changed.every((path) => path.startsWith('beta/'))).toBe(true);
      expect(readFileSync(join(root, 'dist/beta/index.html'), 'utf8')).toContain('<title>Beta Deck, revised</title>');
    });
  });

  it('a deck with errors stops the whole build, and the previous one stays as it was', async () => {
    const root = twoDecks({ brokenBeta: true });
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/.briefing-kit-build'), '{"builtBy":"briefing-kit"}\n');
    const run = await brief(['build'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('decks/beta/01-title.md');
    expect(hashTree(join(root, 'dist'))).toEqual({ '.briefing-kit-build': expect.any(String) });
  });

  it('the commands that work on one deck take --deck, and ask for it when the project has several', async () => {
    const root = twoDecks();
    const rehearse = await brief(['rehearse'], root);
    expect(rehearse.code).toBe(2);
    expect(rehearse.stderr).toBe('brief: `brief rehearse` works on one deck, and this project has 2: choose one with `--deck NAME`. The project\'s decks: `alpha` (decks/alpha/), `beta` (decks/beta/).\n');
    expect((await brief(['rehearse', '--deck', 'beta'], root)).stdout).toMatch(/^# Rehearsal script: Beta Deck$/m);
    const unknown = await brief(['check', '--deck', 'gamma'], root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^brief: No deck `gamma`.*The project's decks: `alpha` \(decks\/alpha\/\), `beta` \(decks\/beta\/\)\.\n$/);
  });

  it('each deck has its own lock, in its folder, and its own review', async () => {
    const root = twoDecks();
    const lock = await brief(['lock'], root);
    expect(lock.code, lock.stderr).toBe(0);
    expect(lock.stdout).toContain('in decks/alpha/brief.lock.json');
    expect(lock.stdout).toContain('in decks/beta/brief.lock.json');
    expect(existsSync(join(root, 'brief.lock.json'))).toBe(false);
    const review = await brief(['review', '--deck', 'alpha'], root);
    expect(review.code, review.stderr).toBe(0);
    expect(review.stdout).toContain('decks/alpha/01-title.md');
    expect(review.stdout).not.toContain('decks/beta/');
  });

  it('decks/ is protected like slides/: no build or --out goes in, over or around it', async () => {
    const root = twoDecks();
    const before = hashTree(root);
    const build = await brief(['build', '--out-dir', 'decks/alpha'], root);
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/^brief: Cannot build into `decks\/alpha\/`/);
    const rehearse = await brief(['rehearse', '--deck', 'alpha', '--out', join(root, 'decks/alpha/script.md')], root);
    expect(rehearse.code).toBe(2);
    expect(rehearse.stderr).toContain("which holds the decks' slides");
    expect(hashTree(root)).toEqual(before);
  });

  it('slides/ beside decks/ is the deck `slides`; a decks/slides/ beside it is refused', async () => {
    const root = twoDecks();
    cpSync(join(CLEAN, 'slides'), join(root, 'slides'), { recursive: true });
    const check = await brief(['check', '--format', 'json'], root);
    expect((JSON.parse(check.stdout) as { decks: { name: string }[] }).decks.map((d) => d.name)).toEqual(['slides', 'alpha', 'beta']);
    cpSync(join(CLEAN, 'slides'), join(root, 'decks/slides'), { recursive: true });
    const clash = await brief(['check'], root);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toBe('brief: `decks/slides/` and `slides/` would both be the deck `slides`, and build into the same folder. Rename `decks/slides/`.\n');
  });

  it('brief dev --deck serves that deck, with the page and script the kit supplies', async () => {
    const root = twoDecks();
    const child = spawn(process.execPath, [BIN, 'dev', '--deck', 'beta', '--port', '0'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let said = '';
        child.stdout.on('data', (chunk: Buffer) => {
          said += chunk.toString();
          const found = /Local:\s+(http:\S+)/.exec(said);
          if (found?.[1]) resolve(found[1]);
        });
        child.once('close', () => reject(new Error(`brief dev stopped before serving: ${said}`)));
      });
      const page = await (await fetch(url)).text();
      expect(page).toContain('<title>Beta Deck</title>');
      expect(page).toContain('src="/src/deck/main.ts"');
      const script = await fetch(new URL('/src/deck/main.ts', url));
      expect(script.status).toBe(200);
      expect(await script.text()).toContain('reveal.js');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
