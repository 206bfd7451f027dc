import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noStackTrace, runBrief } from './helpers/run-cli.ts';

const FIXTURE = new URL('./fixture/', import.meta.url).pathname;

const brief = (args: string[], cwd = FIXTURE) => runBrief(args, { cwd });

describe('brief check', () => {
  it('exits 0 on a clean project and ends with the summary line (and, with no lock, a line saying so)', () => {
    const run = brief(['check', '--root', 'clean']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').slice(-2)).toEqual([
      '2 slides, 3 citations to 1 of 1 source (2 of 2 paragraphs cited, 2 quotations verified): 0 errors, 0 warnings',
      'Provenance is not locked: `brief lock` records what each citation points at, so that `brief check` finds it when a source changes.',
    ]);
  });

  it('exits 1 on errors and prints file:line:col, the line, a squiggle and a hint', () => {
    const run = brief(['check', '--root', 'broken']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('slides/01.md:3:20 - error BRF101: Unknown source `mem`');
    expect(run.stdout).toContain('3 - Unknown source [@mem ¶1]\n                     ~~~\n  hint: Did you mean `memo`?');
    expect(run.stdout.trim().split('\n').at(-2)).toMatch(/: 3 errors, 2 warnings$/);
  });

  it('prints exactly one JSON object with 1-based positions relative to the root', () => {
    const run = brief(['check', '--root', 'broken', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.diagnostics.map((d: { code: string; file: string; line: number; column: number }) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'slides/01.md:3:20 BRF101',
      'slides/01.md:4:23 BRF102',
      'slides/01.md:5:13 BRF104',
      'slides/01.md:6:16 BRF105',
      'slides/01.md:13:1 BRF106',
    ]);
    expect(report.diagnostics[1]).toMatchObject({ severity: 'error', message: 'Paragraph `¶3` is out of range: `memo` has 2 paragraphs.' });
    expect(report.summary).toMatchObject({ slides: 2, errors: 3, warnings: 2 });
  });

  it('prints GitHub annotations', () => {
    const run = brief(['check', '--root', 'broken', '--format', 'github']);
    expect(run.stdout.split('\n')[0]).toMatch(/^::error file=slides\/01\.md,line=3,col=20,endLine=3,endColumn=23,title=BRF101::Unknown source/);
    expect(run.stdout).toContain('::warning file=slides/01.md,line=13,col=1');
  });

  it('exits 2 for a project without slides or sources, and for usage mistakes, without a stack trace', () => {
    const empty = mkdtempSync(join(tmpdir(), 'brief-'));
    for (const run of [brief(['check'], empty), brief(['check', '--format', 'xml'], FIXTURE), brief(['chek']), brief(['check', '--nope'])]) {
      expect(run.code).toBe(2);
      noStackTrace(run.stdout + run.stderr);
    }
    expect(brief(['check'], empty).stdout).toContain('slides - error BRF001: Folder `slides/` does not exist.');
  });

  it('reports a file that is not UTF-8 at the byte at fault', () => {
    const root = mkdtempSync(join(tmpdir(), 'brief-'));
    cpSync(join(FIXTURE, 'clean'), root, { recursive: true });
    writeFileSync(join(root, 'slides/02-latin1.md'), Buffer.from('# Caf\xe9\n\nline two\n', 'latin1'));
    const run = brief(['check', '--root', root, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics[0]).toMatchObject({ code: 'BRF004', file: 'slides/02-latin1.md', line: 1, column: 6 });
  });
});

describe('brief import', () => {
  const seed = new URL('./fixture/seeds/004_468284d11647a011.txt', import.meta.url).pathname;

  it('writes the source, lists its repairs, and refuses to overwrite without --force', () => {
    const root = mkdtempSync(join(tmpdir(), 'brief-'));
    mkdirSync(join(root, 'slides'));
    const first = brief(['import', seed, '--id', 'pism-xi-putin-meeting', '--short', 'PISM'], root);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/004_468284d11647a011\.txt:25: removed running header "PISM SPOTLIGHT"/);
    expect(first.stdout).toContain('5 paragraphs');
    const written = readFileSync(join(root, 'assets/sources/pism-xi-putin-meeting.md'), 'utf8');
    expect(written).toMatch(/^---\ntitle: Xi-Putin Meeting —China’s Open Support for Russia’s Policy Objectives\nauthor: Justyna Szczudlik\nshort: PISM\n---\n/);

    const again = brief(['import', seed, '--id', 'pism-xi-putin-meeting'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists: pass `--force`');
    expect(brief(['import', seed, '--id', 'pism-xi-putin-meeting', '--force'], root).code).toBe(0);
  });

  it('exits 2 with a message for a bad id, a missing file, or standard input with no id', () => {
    const root = mkdtempSync(join(tmpdir(), 'brief-'));
    for (const run of [brief(['import', seed, '--id', 'Bad_ID'], root), brief(['import', 'missing.txt', '--id', 'x'], root), brief(['import', '-'], root)]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^brief: /);
      noStackTrace(run.stderr);
    }
    expect(existsSync(join(root, 'assets'))).toBe(false);
  });
});

describe('brief rehearse', () => {
  it('prints the script as Markdown, or writes it as HTML', () => {
    const md = brief(['rehearse', '--root', 'clean']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## 2. The plan stays');
    expect(md.stdout).toContain('[Memo ¶2]');
    const out = join(mkdtempSync(join(tmpdir(), 'brief-')), 'script.html');
    const html = brief(['rehearse', '--root', 'clean', '--format', 'html', '--out', out]);
    expect(html.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('exits 2 for a bad pace or format', () => {
    for (const run of [brief(['rehearse', '--root', 'clean', '--wpm', 'fast']), brief(['rehearse', '--root', 'clean', '--format', 'pdf']), brief(['check', '--root', 'clean', '--wpm', '0'])]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^brief: /);
    }
  });
});
