import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { claimIds } from '../src/provenance/lock.ts';
import { hashTree } from './helpers/hash-tree.ts';
import { source } from './helpers/project.ts';
import { noStackTrace, runBriefInProcess, type CliRun } from './helpers/run-cli.ts';
import { tempDirectory } from './helpers/temp-project.ts';

/*
 * `brief review`, `--mark`, and reviews in `brief check`, run in this process
 * (runBriefInProcess): test/cli.test.ts runs the real binary.
 */

const MEMO = source('A Memo', 'The ministry said that “the plan is sound and will be kept” — for now.', 'Costs rose by a third in two years, the memo notes.');
const SLIDES = '---\ntitle: Plans\n---\n\n# The plan stays\n\n- The ministry calls the plan "sound and will be kept" [@memo ¶1]\n- Costs rose by a third [@memo ¶2]\n\nNote:\nSay that costs rose [@memo ¶2].\n';

function project(slides = SLIDES): string {
  const root = tempDirectory('review-');
  mkdirSync(join(root, 'slides'));
  mkdirSync(join(root, 'assets/sources'), { recursive: true });
  writeFileSync(join(root, 'slides/01.md'), slides);
  writeFileSync(join(root, 'assets/sources/memo.md'), MEMO);
  return root;
}

const brief = async (root: string, ...args: string[]): Promise<CliRun> => {
  const run = await runBriefInProcess([...args, '--root', root]);
  noStackTrace(run.stdout + run.stderr);
  return run;
};

/** The claims' ids, in deck order, as `brief review` lists them (computed here, from the files). */
function ids(root: string): string[] {
  const files = (folder: string) => readdirSync(join(root, folder)).sort().map((name) => ({ path: `${folder}/${name}`, text: readFileSync(join(root, folder, name), 'utf8') }));
  return claimIds(checkProject({ slideFiles: files('slides'), sourceFiles: files('assets/sources') }).verification.claims);
}
const lockOf = (root: string) => JSON.parse(readFileSync(join(root, 'brief.lock.json'), 'utf8')) as { reviews: { claim: string; verdict: string; note?: string }[] };

/** Exit 2, nothing on stdout, one `brief: …` line matching `line`. */
function refused(run: CliRun, line: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^brief: [^\n]+\n$/);
  expect(run.stderr).toMatch(line);
}

describe('brief review', { timeout: 60_000 }, () => {
  it('lists every claim, on the slides and in the notes, with its id, place and status, beside the paragraphs it cites', async () => {
    const root = project();
    const run = await brief(root, 'review');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Review: Plans\n\n3 claims: 3 unreviewed, 0 stale, 0 unsupported, 0 overstated, 0 supported\.\n/);
    expect(run.stdout).toMatch(/### c[0-9a-f]{8} · unreviewed\n\n`slides\/01\.md:7:1`\n\n> - The ministry calls the plan "sound and will be kept" \[@memo ¶1\]\n/);
    expect(run.stdout).toContain('  > The ministry said that “the plan is **sound and will be kept**” — for now.');
    expect(run.stdout).toContain('`slides/01.md:11:1`, in the speaker notes');
    expect([...run.stdout.matchAll(/^### (c[0-9a-f]{8}) · unreviewed$/gm)].map((m) => m[1])).toEqual(ids(root));
  });

  it('records a verdict with --mark once there is a lock, and shows it', async () => {
    const root = project();
    const [first, second] = ids(root);
    refused(await brief(root, 'review', '--mark', `${first}=supported`), /^brief: There is no `brief\.lock\.json` yet, .*run `brief lock` to create it/);

    expect((await brief(root, 'lock')).code).toBe(0);
    const marked = await brief(root, 'review', '--mark', `${first}=supported`, '--note', 'the memo says so');
    expect(marked).toMatchObject({ code: 0, stdout: `Marked ${first} supported (was unreviewed): The ministry calls the plan "sound and will be kept"\n` });
    expect((await brief(root, 'review', '--mark', `${second}=overstated`)).code).toBe(0);
    expect(lockOf(root).reviews.map((r) => [r.claim, r.verdict, r.note])).toEqual(
      [
        [first, 'supported', 'the memo says so'],
        [second, 'overstated', undefined],
      ].sort(),
    );
    const listed = (await brief(root, 'review')).stdout;
    expect(listed).toContain('3 claims: 1 unreviewed, 0 stale, 0 unsupported, 1 overstated, 1 supported.');
    expect(listed).toMatch(new RegExp(`### ${first} · supported\\n[\\s\\S]*?Marked \`supported\` on \\d{4}-\\d\\d-\\d\\d\\. Note: “the memo says so”\\.`));

    const check = await brief(root, 'check');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('2 of 3 claims reviewed (0 stale, 1 disputed): 0 errors');
    const json = JSON.parse((await brief(root, 'check', '--format', 'json')).stdout);
    expect(json.summary).toMatchObject({ claims: 3, claimsReviewed: 2, claimsStale: 0, claimsDisputed: 1, errors: 0 });
    expect(json.diagnostics).toEqual([]);
  });

  it('shows a verdict stale once the claim is edited, and says what changed', async () => {
    const root = project();
    await brief(root, 'lock');
    const [first] = ids(root);
    await brief(root, 'review', '--mark', `${first}=supported`);
    writeFileSync(join(root, 'slides/01.md'), SLIDES.replace('calls the plan', 'calls the whole plan'));
    const listed = (await brief(root, 'review')).stdout;
    expect(listed).toContain('3 claims: 2 unreviewed, 1 stale, 0 unsupported, 0 overstated, 0 supported.');
    expect(listed).toMatch(/· stale\n[\s\S]*?Marked `supported` on [\d-]+; since then its words changed \(it read: “The ministry calls the plan "sound and will be kept"”\)\./);
    expect((await brief(root, 'check')).stdout).toContain('1 of 3 claims reviewed (1 stale, 0 disputed)');
    // Marking it again replaces the stale verdict: one verdict per claim.
    const [edited] = ids(root);
    expect((await brief(root, 'review', '--mark', `${edited}=supported`)).stdout).toMatch(/^Marked c[0-9a-f]+ supported \(was stale supported\)/);
    expect(lockOf(root).reviews.map((r) => r.claim)).toEqual([edited]);
  });

  it('refuses an unknown claim with the nearest id, a bad verdict or a malformed --mark in one line, the lock untouched', async () => {
    const root = project();
    await brief(root, 'lock');
    const [first] = ids(root) as [string];
    const before = hashTree(root);
    const typo = `${first.slice(0, -1)}${first.endsWith('0') ? '1' : '0'}`;
    refused(await brief(root, 'review', '--mark', `${typo}=supported`), new RegExp(`^brief: No claim \`${typo}\` in the deck: did you mean \`${first}\`\\? \`brief review\` lists the claims`));
    refused(await brief(root, 'review', '--mark', `${first}=true`), /^brief: Unknown verdict `true`: use `supported`, `overstated`, `unsupported`\.$/m);
    refused(await brief(root, 'review', '--mark', first), /is not `CLAIM=VERDICT`/);
    refused(await brief(root, 'review', '--note', 'why'), /`--note` goes with `--mark`/);
    refused(await brief(root, 'review', '--format', 'pdf'), /Unknown format `pdf`/);
    expect(hashTree(root)).toEqual(before);
  });

  it('writes a self-contained page with --format html --out, through the output guard', async () => {
    const root = project();
    const out = join(root, 'review.html');
    const run = await brief(root, 'review', '--format', 'html', '--out', out);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: `Wrote ${out}: 3 claims.\n` });
    const html = readFileSync(out, 'utf8');
    expect(html.split('\n').slice(0, 2)).toEqual(['<!doctype html>', '<!-- Written by briefing-kit (brief review); brief replaces this file when asked to write it again. -->']);
    const page = new JSDOM(html).window.document;
    expect(page.querySelectorAll('article.claim')).toHaveLength(3);
    expect(page.querySelector('mark')?.textContent).toBe('sound and will be kept');
    expect(page.querySelectorAll('script, form')).toHaveLength(0);
    // Its own file it replaces; another is refused without --force, a slide even with it.
    expect((await brief(root, 'review', '--format', 'html', '--out', out)).code).toBe(0);
    writeFileSync(join(root, 'mine.html'), 'my notes');
    refused(await brief(root, 'review', '--format', 'html', '--out', join(root, 'mine.html')), /the file exists and briefing-kit did not write it/);
    refused(await brief(root, 'review', '--out', join(root, 'slides/review.md'), '--force'), /it lies inside `[^`]*slides\/`/);
    expect(readFileSync(join(root, 'mine.html'), 'utf8')).toBe('my notes');
  });
});

describe('review: required', { timeout: 60_000 }, () => {
  const required = SLIDES.replace('title: Plans\n', 'title: Plans\nreview: required\n');

  it('turns every claim without a current `supported` verdict into an error at the claim, exit 1, until all are supported', async () => {
    const root = project(required);
    await brief(root, 'lock');
    const unreviewed = await brief(root, 'check');
    expect(unreviewed.code).toBe(1);
    expect(unreviewed.stdout.match(/^slides\/01\.md:\d+:\d+ - error BRF310/gm)).toEqual(['slides/01.md:8:1 - error BRF310', 'slides/01.md:9:1 - error BRF310', 'slides/01.md:12:1 - error BRF310']);
    const github = await brief(root, 'check', '--format', 'github');
    expect(github.code).toBe(1);
    expect(github.stdout).toContain('::error file=slides/01.md,line=8,col=1');

    const [first, second, third] = ids(root) as [string, string, string];
    await brief(root, 'review', '--mark', `${first}=supported`);
    await brief(root, 'review', '--mark', `${second}=unsupported`, '--note', 'the memo says two years');
    const disputed = await brief(root, 'check', '--format', 'json');
    expect(disputed.code).toBe(1);
    expect(JSON.parse(disputed.stdout).diagnostics.map((d: { code: string; line: number; message: string }) => `${d.code} ${d.line}`)).toEqual(['BRF313 9', 'BRF310 12']);

    await brief(root, 'review', '--mark', `${second}=supported`);
    await brief(root, 'review', '--mark', `${third}=supported`);
    const passed = await brief(root, 'check');
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain('3 of 3 claims reviewed (0 stale, 0 disputed): 0 errors');
  });

  it('is only counted without it: no diagnostic, exit 0', async () => {
    const root = project();
    await brief(root, 'lock');
    const run = await brief(root, 'check');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('BRF31');
    expect(run.stdout).toContain('0 of 3 claims reviewed (0 stale, 0 disputed)');
  });
});
