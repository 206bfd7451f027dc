import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchFullChromium } from '../helpers/chromium.ts';
import { hashTree } from '../helpers/hash-tree.ts';
import { BIN, noStackTrace } from '../helpers/run-cli.ts';
import { REPO, tempDirectory } from '../helpers/temp-project.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command as a stranger's shell would: without the `npm_*` variables
 * `npm test` sets, which a nested npm would take for its own configuration.
 */
function run(command: string, args: readonly string[], cwd: string): Run {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const ran = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

/**
 * The kit as a stranger gets it: packed into a tarball (from the lib/ that
 * `npm test` compiles first), `brief init` in an empty folder, the tarball
 * installed there from the npm cache the kit's own install filled, and then
 * the briefing checked, built, opened from file:// and printed, with the
 * installed `brief` and nothing of the kit's repository.
 */
describe.runIf(browserAvailable())('the packed kit, installed into a new briefing', { timeout: 180_000 }, () => {
  let work: string;
  let briefing: string;
  let tarball: string;
  let installed: Run;
  let browser: Browser | undefined;

  beforeAll(() => {
    work = tempDirectory('package-');
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO);
    expect(packed.code, packed.stderr).toBe(0);
    tarball = join(work, (JSON.parse(packed.stdout) as { filename: string }[])[0]?.filename ?? '');
    briefing = join(work, 'water-briefing');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('holds what a briefing needs at run time, and none of the tests', () => {
    const listed = run('tar', ['-tzf', tarball], work).stdout.split('\n');
    for (const path of ['package/bin/brief.js', 'package/kit/load-kit.js', 'package/lib/cli/main.js', 'package/src/deck/main.ts', 'package/index.html']) expect(listed).toContain(path);
    expect(listed.some((path) => path.startsWith('package/test/'))).toBe(false);
  });

  it('brief init refuses a folder that is not empty, adds only what is missing with --add, and never replaces a file', () => {
    mkdirSync(briefing);
    writeFileSync(join(briefing, 'README.md'), 'My own notes on water policy.\n');
    const before = hashTree(briefing);
    const refused = run(process.execPath, [BIN, 'init', briefing], work);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^brief: `.*water-briefing\/` is not empty \(it holds 1 entry\)/);
    expect(hashTree(briefing)).toEqual(before);

    const added = run(process.execPath, [BIN, 'init', 'water-briefing', '--add', '--kit', tarball], work);
    noStackTrace(added.stderr);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Kept, as they were: README.md.');
    expect(added.stdout).toMatch(/^Locked 3 citations .* in brief\.lock\.json\.$/m);
    const made = hashTree(briefing);
    expect(made['README.md']).toBe(before['README.md']);
    expect(Object.keys(made)).toEqual(
      expect.arrayContaining(['.gitignore', 'package.json', 'brief.lock.json', 'slides/01-title.md', 'slides/02-example.md', 'assets/sources/udhr.md']),
    );
    const pkg = JSON.parse(readFileSync(join(briefing, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.dependencies['briefing-kit']).toMatch(/^file:\.\.\/briefing-kit-\d+\.\d+\.\d+\.tgz$/);
    expect(pkg.scripts).toMatchObject({ check: 'brief check', build: 'brief build', dev: 'brief dev', pdf: 'brief pdf', rehearse: 'brief rehearse' });

    const again = run(process.execPath, [BIN, 'init', 'water-briefing', '--add'], work);
    expect(again.code, again.stderr).toBe(0);
    expect(hashTree(briefing)).toEqual(made);
  });

  it('installs from the tarball with nothing to puzzle over, and gives a working brief', () => {
    installed = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], briefing);
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.stderr).toBe('');
    const help = run(join(briefing, 'node_modules/.bin/brief'), ['--help'], briefing);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^brief\/\d+\.\d+\.\d+/);
    expect(help.stdout).toContain('init [dir]');
  });

  it('checks and builds the new briefing with the installed kit alone', () => {
    expect(existsSync(join(briefing, 'node_modules/briefing-kit/lib/cli/main.js'))).toBe(true);
    const check = run(process.execPath, ['node_modules/.bin/brief', 'check'], briefing);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/^2 slides, 3 citations to 1 of 1 source \(2 of 3 paragraphs cited, 2 quotations verified\).*: 0 errors, 0 warnings$/m);
    const build = run('npm', ['run', 'build', '--silent'], briefing);
    noStackTrace(build.stderr);
    expect(build.code, build.stderr).toBe(0);
    expect(readdirSync(briefing).sort()).toEqual(['.gitignore', 'README.md', 'assets', 'brief.lock.json', 'dist', 'node_modules', 'package-lock.json', 'package.json', 'slides']);
  });

  // In the full browser where one is installed: the deck as a person opens it (the kit's own commands prefer the headless shell).
  it('opens from file:// in Chromium: the deck runs, and a citation opens the source reader at its paragraph', async () => {
    browser = await launchFullChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file://') && !request.url().startsWith('data:')) problems.push(`request: ${request.url()}`);
    });
    await page.goto(`${pathToFileURL(join(briefing, 'dist/index.html')).href}#/1`);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    // The title, the example and the sources slide the kit adds.
    expect(await page.evaluate(() => window.Reveal?.getTotalSlides())).toBe(3);
    await page.locator('section.present a.citation').first().click();
    await expect.poll(() => page.locator('#source-reader').isVisible()).toBe(true);
    expect(await page.locator('.source-paragraph.is-target').evaluateAll((els) => els.map((el) => el.id))).toEqual(['udhr-p1']);
    expect(problems).toEqual([]);
  });

  it('prints the read-ahead PDF', () => {
    const pdf = run(process.execPath, ['node_modules/.bin/brief', 'pdf'], briefing);
    noStackTrace(pdf.stderr);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.stdout).toMatch(/^Wrote briefing\.pdf: \d+ pages/);
    expect(readFileSync(join(briefing, 'briefing.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
