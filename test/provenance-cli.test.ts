import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTree } from './helpers/hash-tree.ts';
import { source } from './helpers/project.ts';
import { noStackTrace, runBriefInProcess } from './helpers/run-cli.ts';
import { tempDirectory, tempProject } from './helpers/temp-project.ts';

/*
 * `brief lock`, drift in `brief check`, `--fix` and `brief sources diff`, run
 * in this process (runBriefInProcess): test/cli.test.ts runs the real binary.
 */

const P = [
  'All human beings are born free and equal in dignity and rights.',
  'Everyone is entitled to all the rights and freedoms set forth in this Declaration, without distinction of any kind.',
  'Everyone has the right to life, liberty and security of person.',
];
const SLIDES = '# Rights\n\n- Born "free and equal in dignity" [@u ¶1]\n- No distinction [@u ¶2]\n- Life and liberty [@u ¶3]\n\nNote:\nSay it.\n';
const INSERTED = source('U', 'A preamble, added after the lock.', ...P);

function project(slides = SLIDES): string {
  const root = tempDirectory('provenance-');
  mkdirSync(join(root, 'slides'));
  mkdirSync(join(root, 'assets/sources'), { recursive: true });
  writeFileSync(join(root, 'slides/01.md'), slides);
  writeFileSync(join(root, 'assets/sources/u.md'), source('U', ...P));
  return root;
}

const brief = async (root: string, ...args: string[]) => {
  const run = await runBriefInProcess([...args, '--root', root]);
  noStackTrace(run.stdout + run.stderr);
  return run;
};
const read = (root: string, file: string) => readFileSync(join(root, file));
const edit = (root: string, file: string, text: string) => writeFileSync(join(root, file), text);

describe('brief lock', () => {
  it('records what each citation points at, and a check without a lock says once that provenance is not locked', async () => {
    const root = project();
    const unlocked = await brief(root, 'check');
    expect(unlocked.code).toBe(0);
    expect(unlocked.stdout.trimEnd().split('\n').at(-1)).toBe(
      'Provenance is not locked: `brief lock` records what each citation points at, so that `brief check` finds it when a source changes.',
    );
    expect(unlocked.stdout.match(/not locked/g)).toHaveLength(1);
    const json = (await brief(root, 'check', '--format', 'json')).stdout;
    expect(() => JSON.parse(json)).not.toThrow();
    expect((await brief(root, 'check', '--format', 'github')).stdout).not.toContain('locked');

    const locked = await brief(root, 'lock');
    expect(locked).toMatchObject({ code: 0, stdout: 'Locked 3 citations (to 3 paragraphs, 1 quotation anchored) and 1 source in brief.lock.json.\n' });
    const lock = JSON.parse(read(root, 'brief.lock.json').toString());
    expect(lock.citations.map((c: { text: string }) => c.text).sort()).toEqual(['[@u ¶1]', '[@u ¶2]', '[@u ¶3]']);
    expect(lock.sources[0].paragraphs.map((p: { text: string }) => p.text)).toEqual(P);
    const after = await brief(root, 'check');
    expect(after.code).toBe(0);
    expect(after.stdout).not.toContain('not locked');
  });

  it('is refused while the project has errors, and leaves the lock as it was', async () => {
    const root = project();
    await brief(root, 'lock');
    const before = hashTree(root);
    edit(root, 'assets/sources/u.md', INSERTED);
    const refused = await brief(root, 'lock');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'brief: Not locked: the project has 3 errors, listed above. Fix them first (`brief check --fix` rewrites the citations whose paragraphs moved), then run `brief lock` again.\n',
    );
    expect(hashTree(root)['brief.lock.json']).toBe(before['brief.lock.json']);
  });

  it('keeps the reviewers\' verdicts', async () => {
    const root = project();
    await brief(root, 'lock');
    const lock = JSON.parse(read(root, 'brief.lock.json').toString());
    const review = { claim: lock.citations[0].claim, verdict: 'supported', text: 'Born free and equal in dignity', paragraphs: [], at: '2026-01-01T00:00:00.000Z' };
    edit(root, 'brief.lock.json', JSON.stringify({ ...lock, reviews: [review] }));
    expect((await brief(root, 'lock')).code).toBe(0);
    expect(JSON.parse(read(root, 'brief.lock.json').toString()).reviews).toEqual([review]);
  });

  it('reports a lock it cannot read once, naming the file, with exit 2', async () => {
    const root = project();
    edit(root, 'brief.lock.json', '{"version": 1, "sources": [');
    const run = await brief(root, 'check');
    expect(run.code).toBe(2);
    expect(run.stdout.match(/BRF307/g)).toHaveLength(1);
    expect(run.stdout).toContain('brief.lock.json - error BRF307: The provenance lock `brief.lock.json` cannot be read: it is not valid JSON');
    edit(root, 'brief.lock.json', '{"version": 1, "sources": [{"id": "u"}], "citations": [], "reviews": []}');
    expect((await brief(root, 'check')).stdout).toContain('cannot be read: `sources[0]` is not a source record');
  });
});

describe('drift found by brief check, and brief check --fix', () => {
  it('finds the moved citations, lists the fix, makes it, and checks clean; the source is untouched', async () => {
    const root = project();
    await brief(root, 'lock');
    edit(root, 'assets/sources/u.md', INSERTED);
    const sourceBytes = read(root, 'assets/sources/u.md');

    const drifted = await brief(root, 'check');
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain('slides/01.md:5:24 - error BRF301: `u` ¶3 is now ¶4 (a paragraph was inserted above it).');
    expect(drifted.stdout).not.toContain('BRF104');

    const tree = hashTree(root);
    const dryRun = await brief(root, 'check', '--fix', '--dry-run');
    expect(dryRun).toMatchObject({
      code: 1,
      stdout: 'slides/01.md:3:40 ¶1 → ¶2\nslides/01.md:4:22 ¶2 → ¶3\nslides/01.md:5:24 ¶3 → ¶4\n3 citations would be rewritten; nothing was written (--dry-run).\n',
    });
    expect(hashTree(root)).toEqual(tree);

    const fixed = await brief(root, 'check', '--fix');
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toMatch(/^slides\/01\.md:3:40 ¶1 → ¶2\nslides\/01\.md:4:22 ¶2 → ¶3\nslides\/01\.md:5:24 ¶3 → ¶4\nRewrote 3 citations in 1 slide file; updated brief\.lock\.json\.\n/);
    expect(fixed.stdout).toContain(': 0 errors, 0 warnings');
    expect(read(root, 'slides/01.md').toString()).toBe(SLIDES.replace('¶3', '¶4').replace('¶2', '¶3').replace('¶1', '¶2'));
    expect(read(root, 'assets/sources/u.md').equals(sourceBytes)).toBe(true);
    const again = await brief(root, 'check');
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/BRF30|not in the lock/);
  });

  it('keeps every other byte of a slide file: its byte order mark and CRLF line endings', async () => {
    const crlf = `\uFEFF${SLIDES.replace(/\n/g, '\r\n')}`;
    const root = project(crlf);
    await brief(root, 'lock');
    edit(root, 'assets/sources/u.md', INSERTED);
    expect((await brief(root, 'check', '--fix')).code).toBe(0);
    const expected = Buffer.from(crlf.replace('¶3', '¶4').replace('¶2', '¶3').replace('¶1', '¶2'), 'utf8');
    expect(read(root, 'slides/01.md').equals(expected)).toBe(true);
  });

  it('leaves what it cannot fix for certain, says so, and keeps reporting it', async () => {
    const root = project();
    await brief(root, 'lock');
    edit(root, 'assets/sources/u.md', source('U', 'A preamble, added after the lock.', P[0] as string, P[1] as string, (P[2] as string).replace('liberty', 'freedom')));
    const fixed = await brief(root, 'check', '--fix');
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toContain('slides/01.md:5:24 - error BRF304: `u` ¶3 has changed and moved: it is most like ¶4 now.');
    expect(fixed.stdout).toContain('[-liberty-] {+freedom+}');
    expect(read(root, 'slides/01.md').toString()).toContain('- Life and liberty [@u ¶3]');
    expect((await brief(root, 'check')).stdout).toContain('BRF304');
  });

  it('prints the list of rewrites on stderr when the report is JSON', async () => {
    const root = project();
    await brief(root, 'lock');
    edit(root, 'assets/sources/u.md', INSERTED);
    const run = await brief(root, 'check', '--fix', '--format', 'json');
    expect(JSON.parse(run.stdout).summary.errors).toBe(0);
    expect(run.stderr).toContain('slides/01.md:3:40 ¶1 → ¶2');
  });

  it('needs a lock, and --dry-run needs --fix', async () => {
    const root = project();
    expect(await brief(root, 'check', '--fix')).toMatchObject({ code: 2, stderr: 'brief: Nothing to fix against: there is no `brief.lock.json` yet. `brief lock` records what each citation points at.\n' });
    expect((await brief(root, 'check', '--dry-run')).code).toBe(2);
  });

  it('says when citations were written since the lock', async () => {
    const root = project();
    await brief(root, 'lock');
    edit(root, 'slides/01.md', `${SLIDES.replace('Note:', '- A new claim [@u ¶3]\n\nNote:')}`);
    expect((await brief(root, 'check')).stdout).toContain('1 citation is not in the lock yet (new, or in a reworded claim): `brief lock` records it');
  });
});

describe('brief build with a lock', () => {
  it('does not build a deck whose citations drifted', async () => {
    const root = tempProject();
    expect((await brief(root, 'lock')).code).toBe(0);
    const file = join(root, 'assets/sources/port-towns-brief.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n---\n\n', '\n---\n\nA paragraph added at the top, after the lock.\n\n'));
    const run = await brief(root, 'build');
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('BRF301');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});

describe('brief sources diff ID', () => {
  it('lists what changed since the lock, paragraph by paragraph, with the slides that cite each', async () => {
    const root = project();
    await brief(root, 'lock');
    edit(root, 'assets/sources/u.md', source('U', 'A preamble, added after the lock.', P[0] as string, (P[2] as string).replace('liberty', 'freedom')));
    const run = await brief(root, 'sources', 'diff', 'u');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      '`u` since the lock: 1 added, 1 edited, 1 moved, 1 removed, 0 unchanged (3 paragraphs now).',
      'new ¶1\tadded\tA preamble, added after the lock.\tcited at slides/01.md:3',
      '¶1 → ¶2\tmoved\tAll human beings are born free and equal\tcited at slides/01.md:3',
      `¶2\tremoved\t${(P[1] as string).slice(0, 89)}…\tcited at slides/01.md:4`,
      '¶3\tedited\t… the right to life, [-liberty-] {+freedom+} and security of person.\tcited at slides/01.md:5',
      '',
    ]);
  });

  it('without a lock, says there is nothing to compare with', async () => {
    const run = await brief(project(), 'sources', 'diff', 'u');
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'brief: Nothing to compare `u` with: there is no `brief.lock.json` yet; `brief lock` records the sources as they are.\n' });
  });

  it('still lists sources and shows one', async () => {
    const root = project();
    expect((await brief(root, 'sources')).stdout).toBe('u\t3 paragraphs\tU\n');
    expect((await brief(root, 'sources', 'u')).stdout.split('\n')[0]).toMatch(/^¶1\t[0-9a-f]{10}\tAll human beings/);
    expect((await brief(root, 'sources', 'u', 'extra')).code).toBe(2);
  });
});
