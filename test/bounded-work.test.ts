import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import type { Diagnostic, TextFile } from '../src/types.ts';
import { MAX_FILE_BYTES, PATHOLOGICAL, pathologicalInputs } from './helpers/pathological.ts';
import { source, SOURCE_A } from './helpers/project.ts';
import { render, sanitizer } from './helpers/render.ts';
import { BIN } from './helpers/run-cli.ts';
import { tempDirectory } from './helpers/temp-project.ts';
import { fileOf, spanOf } from '../src/diagnostics/diagnose.ts';
import { applyAcceptances } from '../src/check/acceptances.ts';
import { citationsInHtml, withCitationMarkers } from '../src/render/raw-html.ts';
import { parseDeck } from '../src/slides/parse-deck.ts';
import { readSlideAttributes } from '../src/slides/slide-attributes.ts';
import { maskNonProse } from '../src/text/mask.ts';

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
  const result = checkProject(project);
  if (result.summary.errors === 0) await render(result);
  return { diagnostics: result.diagnostics, file: project.file, length: markdown.length };
}

function expectLocatedInside(diagnostics: readonly Diagnostic[], textLengths: ReadonlyMap<string, number>) {
  for (const d of diagnostics) {
    const span = spanOf(d);
    if (!span) continue;
    const length = textLengths.get(span.file);
    expect(length, `${d.code} points into an unknown file ${span.file}`).toBeDefined();
    expect(span.offset).toBeGreaterThanOrEqual(0);
    expect(span.offset + span.length).toBeLessThanOrEqual(length as number);
  }
}

/** The pathological inputs that pass one of marked's limits, and the diagnostic that says so; the rest stay within them. */
const OVER_A_LIMIT: Record<string, string> = {
  'nested blockquotes': 'BRF108',
  'nested blockquotes with spaces': 'BRF108',
  'nested lists': 'BRF108',
  'nested ordered lists': 'BRF108',
  'emphasis openers': 'BRF116',
  'strong openers': 'BRF116',
  'mixed emphasis delimiters': 'BRF116',
  'underscore runs': 'BRF116',
  'math among emphasis': 'BRF116',
  'exclamation marks': 'BRF116',
  'exclamation marks in words': 'BRF116',
  'http inside words': 'BRF116',
};

describe('bounded work on pathological Markdown', () => {
  beforeAll(async () => {
    await sanitizer.sanitizeAll(['<p>ready</p>']);
  });

  /**
   * Each input at full size as a slide, where work that grows faster than
   * the text would show; as notes and as a source, the same input at a
   * quarter of the size, enough to overflow a stack or pass a limit, for
   * the verdicts and locations of those paths.
   */
  const quarterSize = pathologicalInputs((MAX_FILE_BYTES - 1024) / 4);
  const cases = Object.entries(PATHOLOGICAL).flatMap(([name, markdown]) => [
    [name, 'slide', markdown] as const,
    [name, 'notes', quarterSize[name] as string] as const,
    [name, 'source', quarterSize[name] as string] as const,
  ]);

  // Verdicts, not speed: the timeout only stops a run that never ends, so a busy machine does not fail a 256 KB input.
  it.each(cases)('%s as a %s checks and renders, or fails with located errors', { timeout: 300_000 }, async (name, placement, markdown) => {
    expect(markdown.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const run = await checkAndRender(markdown, placement);
    const project = projectWith(markdown, placement);
    expectLocatedInside(run.diagnostics, new Map([...project.slideFiles, ...project.sourceFiles].map((f) => [f.path, f.text.length])));
    const limits = run.diagnostics.filter((d) => d.code === 'BRF108' || d.code === 'BRF116').map((d) => d.code);
    const expected = OVER_A_LIMIT[name];
    expect(new Set(limits)).toEqual(new Set(expected ? [expected] : []));
    for (const d of run.diagnostics.filter((d) => d.code === 'BRF108' || d.code === 'BRF116')) expect(fileOf(d)).toBe(run.file);
  });

  it('reports text over the emphasis limit as BRF116 at the paragraph that holds it, and checks the rest', async () => {
    const slow = `# Fine\n\nA short paragraph.\n\n${PATHOLOGICAL['underscore runs']}\n\nA quote "that is not there" [@a ¶2]\n`;
    const run = await checkAndRender(slow, 'slide');
    const overLimit = run.diagnostics.find((d) => d.code === 'BRF116');
    expect(overLimit && spanOf(overLimit)?.offset).toBe(slow.indexOf('a_a_'));
    expect(overLimit?.message).toMatch(/emphasis marks .* more than the 500/);
    expect(run.diagnostics.map((d) => d.code)).toContain('BRF104');
  });

  it('never throws and reports inside the files on random Markdown (fast-check)', async () => {
    const pieces = ['*', '**', '_', '__', '[', ']', '(', ')', '![', '[@a ¶2]', '[@', '>', '> ', '- ', '1. ', '#', '`', '```', '<a ', '<!--', '-->', '"', '“', '”', '|', '---', '\n', '\n\n', 'Note:', '  ', 'word', '\\', '&#', '<http://'];
    const markdown = fc.array(fc.constantFrom(...pieces), { maxLength: 4000 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(markdown, fc.constantFrom<Placement>('slide', 'notes', 'source'), async (text, placement) => {
        const run = await checkAndRender(text, placement);
        const project = projectWith(text, placement);
        const lengths = new Map([...project.slideFiles, ...project.sourceFiles].map((f) => [f.path, f.text.length]));
        expectLocatedInside(run.diagnostics, lengths);
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * Text of comment openings that never close, 16 times the largest file: a
 * scan that reads on from each `<!--` to the end of the text would take
 * minutes to hours on it (its work grows with the square of the length), one
 * that reads the text once takes a fraction of a second. The timeout only
 * tells the first from the second.
 */
const UNCLOSED_COMMENTS_BYTES = 16 * MAX_FILE_BYTES;
const unclosed = (unit: string) => unit.repeat(Math.floor(UNCLOSED_COMMENTS_BYTES / unit.length));

describe('HTML comments that never close are read once', () => {
  it.each<[string, () => void]>([
    [
      'masking what is not prose',
      () => {
        const text = unclosed('<!-- "quoted" ');
        expect(maskNonProse(text)).toBe(text);
      },
    ],
    [
      'citation markers in raw HTML',
      () => {
        const unit = '<!-- <b>x</b> [@a ¶1] ';
        const html = unclosed(unit);
        expect(citationsInHtml(html)).toHaveLength(html.length / unit.length);
        expect(withCitationMarkers(html, () => '')).toBe(html.replaceAll('[@a ¶1]', ''));
      },
    ],
    ['slide attributes', () => expect(readSlideAttributes(unclosed('<!-- .slide: class="x" '))).toEqual({ attributes: {}, places: {} })],
    [
      'acceptances',
      () => {
        const { deck } = parseDeck([{ path: 'slides/01.md', text: unclosed('<!-- brief-accept BRF130: why ') }]);
        expect(applyAcceptances(deck, [])).toEqual([]);
      },
    ],
  ])('%s', { timeout: 60_000 }, (_, run) => run());
});

describe('brief check on large slide files', () => {
  function projectWithSlide(name: string, slides: string): string {
    const root = tempDirectory(`bounded-${name}-`);
    mkdirSync(join(root, 'slides'), { recursive: true });
    mkdirSync(join(root, 'assets/sources'), { recursive: true });
    writeFileSync(join(root, 'assets/sources/a.md'), source('A', 'Words.'));
    writeFileSync(join(root, 'slides/01.md'), slides);
    return root;
  }
  const uncoloured = { ...process.env, NO_COLOR: '1' };
  const brief = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: uncoloured });

  /**
   * `brief ARGS`, stopped (SIGSTOP) for 30 ms after every 10 ms it runs: the same work over four times the
   * wall-clock time, as on a loaded machine, where a limit kept by the clock would cut it short. Pausing
   * takes no CPU from the tests running beside it, as burning it would.
   */
  function briefStuttering(args: string[]): Promise<{ status: number | null; stdout: string; pauses: number }> {
    const child = spawn(process.execPath, [BIN, ...args], { env: uncoloured, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    let pauses = 0;
    let timer: NodeJS.Timeout | undefined;
    const resume = () => {
      child.kill('SIGCONT');
      timer = setTimeout(pause, 10);
    };
    const pause = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGSTOP');
      pauses++;
      timer = setTimeout(resume, 30);
    };
    timer = setTimeout(pause, 10);
    return new Promise((done, fail) => {
      child.on('error', fail);
      child.on('close', (status) => {
        clearTimeout(timer);
        done({ status, stdout, pauses });
      });
    });
  }

  it('exits 1 with BRF116 at its line and column, without a stack trace', () => {
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
    expect(run.stdout).toMatch(/: 130,?5\d\d errors, /);
  });

  it('gives a 1 MB file of every pathological input the same verdict when paused three quarters of the time', async () => {
    const slides = Object.values(PATHOLOGICAL)
      .map((markdown) => `# Slide\n\nWords [@a ¶1]\n\n${markdown.slice(0, 36 * 1024)}\n`)
      .join('\n---\n\n');
    expect(slides.length).toBeGreaterThan(1000 * 1024);
    const root = projectWithSlide('loaded', slides);
    const quiet = brief(['check', '--root', root, '--format', 'json']);
    const loaded = await briefStuttering(['check', '--root', root, '--format', 'json']);
    expect(loaded.pauses).toBeGreaterThan(10);
    expect(loaded.status).toBe(quiet.status);
    expect(loaded.stdout).toBe(quiet.stdout);
    const codes = new Set((JSON.parse(quiet.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code));
    expect(codes).toContain('BRF108');
    expect(codes).toContain('BRF116');
  });
});
