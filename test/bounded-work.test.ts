import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { renderDeck } from '../src/render/render-deck.ts';
import { sanitizeAll } from '../src/render/sanitizer.ts';
import type { Diagnostic, TextFile } from '../src/types.ts';
import { MAX_FILE_BYTES, PATHOLOGICAL } from './helpers/pathological.ts';
import { source, SOURCE_A } from './helpers/project.ts';
import { REPO } from './helpers/temp-project.ts';

/** What issue 7 allows one file: finish within this, or fail with a located diagnostic. */
const BOUND_MS = 2000;

const SOURCE_FILE: TextFile = { path: 'assets/sources/a.md', text: SOURCE_A };

type Placement = 'slide' | 'notes' | 'source';

/** The same hostile text as a slide, as a slide's notes, and as a source document. */
function projectWith(markdown: string, placement: Placement): { slideFiles: TextFile[]; sourceFiles: TextFile[]; file: string } {
  if (placement === 'source') {
    return {
      slideFiles: [{ path: 'slides/01.md', text: '# Title\n\nClaim [@a ¶2]\n' }],
      sourceFiles: [SOURCE_FILE, { path: 'assets/sources/hostile.md', text: `---\ntitle: Hostile\n---\n${markdown}` }],
      file: 'assets/sources/hostile.md',
    };
  }
  const text = placement === 'slide' ? markdown : `# Title\n\nClaim [@a ¶2]\n\nNote:\n${markdown}`;
  return { slideFiles: [{ path: 'slides/01.md', text }], sourceFiles: [SOURCE_FILE], file: 'slides/01.md' };
}

/** Checks and, when the check passes, renders: everything a build does to the file before Vite. */
async function checkAndRender(markdown: string, placement: Placement) {
  const project = projectWith(markdown, placement);
  const started = performance.now();
  const result = checkProject(project);
  if (result.summary.errors === 0) await renderDeck(result);
  return { elapsed: performance.now() - started, diagnostics: result.diagnostics, file: project.file, length: markdown.length };
}

function expectLocatedInside(diagnostics: readonly Diagnostic[], textLengths: ReadonlyMap<string, number>) {
  for (const d of diagnostics) {
    if (!d.span) continue;
    const length = textLengths.get(d.span.file);
    expect(length, `${d.code} points into an unknown file ${d.span.file}`).toBeDefined();
    expect(d.span.offset).toBeGreaterThanOrEqual(0);
    expect(d.span.offset + d.span.length).toBeLessThanOrEqual(length as number);
  }
}

describe('bounded work on pathological Markdown', () => {
  // The bound is on the work an input causes, not on loading jsdom, which a build starts while it checks.
  beforeAll(async () => {
    await sanitizeAll(['<p>ready</p>']);
  });

  const cases = Object.entries(PATHOLOGICAL).flatMap(([name, markdown]) =>
    (['slide', 'notes', 'source'] as const).map((placement) => [name, placement, markdown] as const),
  );

  it.each(cases)(`%s as a %s checks and renders within ${BOUND_MS} ms or fails with a located error`, async (_name, placement, markdown) => {
    expect(markdown.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const run = await checkAndRender(markdown, placement);
    expect(run.elapsed).toBeLessThan(BOUND_MS);
    const errors = run.diagnostics.filter((d) => d.severity === 'error');
    for (const error of errors) expect(error.span?.file ?? error.path).toBeDefined();
  });

  it('reports Markdown that outruns the parser as BRF116 at the paragraph that caused it', async () => {
    const slow = `# Fine\n\nA short paragraph.\n\n${PATHOLOGICAL['underscore runs']}\n`;
    const run = await checkAndRender(slow, 'slide');
    const tooSlow = run.diagnostics.find((d) => d.code === 'BRF116');
    expect(tooSlow?.span?.offset).toBe(slow.indexOf('a_a_'));
    expect(tooSlow?.message).toMatch(/took longer than \d+ ms to parse/);
  });

  it('never throws and stays bounded on random Markdown (fast-check)', async () => {
    const pieces = ['*', '**', '_', '__', '[', ']', '(', ')', '![', '[@a ¶2]', '[@', '>', '> ', '- ', '1. ', '#', '`', '```', '<a ', '<!--', '-->', '"', '“', '”', '|', '---', '\n', '\n\n', 'Note:', '  ', 'word', '\\', '&#', '<http://'];
    const markdown = fc.array(fc.constantFrom(...pieces), { maxLength: 4000 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(markdown, fc.constantFrom<Placement>('slide', 'notes', 'source'), async (text, placement) => {
        const run = await checkAndRender(text, placement);
        const project = projectWith(text, placement);
        const lengths = new Map([...project.slideFiles, ...project.sourceFiles].map((f) => [f.path, f.text.length]));
        expectLocatedInside(run.diagnostics, lengths);
        expect(run.elapsed).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 100 },
    );
  });
});

describe('brief check on 256 KB slide files', () => {
  function projectWithSlide(name: string, slides: string): string {
    const root = join(REPO, 'test/.tmp', `bounded-${name}-${process.pid}`);
    mkdirSync(join(root, 'slides'), { recursive: true });
    mkdirSync(join(root, 'assets/sources'), { recursive: true });
    writeFileSync(join(root, 'assets/sources/a.md'), source('A', 'Words.'));
    writeFileSync(join(root, 'slides/01.md'), slides);
    return root;
  }
  const brief = (args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin/brief.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('exits 1 with BRF116 at its line and column when the parser cannot finish, without a stack trace', () => {
    const root = projectWithSlide('slow', `# Fine\n\nWords [@a ¶1]\n\n---\n\n${PATHOLOGICAL['emphasis openers']}\n`);
    const run = brief(['check', '--root', root, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const report = JSON.parse(run.stdout) as { diagnostics: { code: string; file: string; line: number; column: number }[] };
    expect(report.diagnostics.filter((d) => d.code === 'BRF116').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['slides/01.md:7:1']);
  });

  it('lists the first 50 of a mistake repeated 130,000 times, counts the rest, and clips the 256 KB line', () => {
    const root = projectWithSlide('flood', PATHOLOGICAL['citation openers'] as string);
    const run = brief(['check', '--root', root]);
    expect(run.status).toBe(1);
    expect(run.stdout.match(/error BRF103/g)).toHaveLength(50);
    expect(run.stdout).toMatch(/error BRF005: 130,5\d\d more BRF103 in this file/);
    expect(run.stdout.length).toBeLessThan(100_000);
    expect(run.stdout.trim().split('\n').pop()).toMatch(/: 130,?5\d\d errors/);
  });
});
