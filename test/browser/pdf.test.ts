import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/check/check-project.ts';
import { readProject } from '../../src/project/read-project.ts';
import { sourceLabel } from '../../src/render/citation-label.ts';
import { browserAvailable, fullChromiumBesideDefault } from '../helpers/chromium.ts';
import { hasPoppler, inkCoverage, pdfFonts, pdfInfo, pdfText } from '../helpers/poppler.ts';
import { tempProject } from '../helpers/temp-project.ts';

const BIN = new URL('../../bin/brief.js', import.meta.url).pathname;

function brief(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

function requirePoppler(): boolean {
  if (hasPoppler()) return true;
  if (process.env['CI']) throw new Error('pdfinfo/pdftotext not found (apt-get install poppler-utils): CI must run the PDF tests.');
  console.warn('\n!!! poppler-utils not found: PDF TESTS ARE SKIPPED. !!!\n');
  return false;
}

describe.runIf(browserAvailable() && requirePoppler())('brief pdf on the fixture briefing', () => {
  let root: string;
  let pdf: string;
  let run: ReturnType<typeof brief>;
  let pages: string[];
  const slides = async () => checkProject(await readProject(root));

  beforeAll(() => {
    root = tempProject();
    pdf = join(root, 'read-ahead.pdf');
    // No dist/ yet: the command must build first.
    run = brief(['pdf', '--root', root, '--out', pdf]);
    const count = Number(pdfInfo(pdf)['Pages']);
    pages = Array.from({ length: count }, (_, i) => pdfText(pdf, i + 1));
  }, 120_000);

  it('builds first, shows progress, and writes the PDF', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('building first');
    expect(run.stderr).toContain(`page ${pages.length} of ${pages.length}`);
  });

  it('has one page per slide, then the appendix pages, 16:9, with the deck\'s title and author', async () => {
    const { deck } = await slides();
    const appendix = pages.filter((text) => text.includes('Appendix: the cited paragraphs'));
    expect(appendix.length).toBeGreaterThan(0);
    expect(pages.length).toBe(deck.slides.length + appendix.length);
    const info = pdfInfo(pdf);
    expect(info['Title']).toBe(deck.settings.title);
    expect(info['Author']).toBe(deck.settings.author);
    const [width, height] = (info['Page size'] ?? '').split(/\s+x\s+|\s+/).map(Number);
    expect((width ?? 0) / (height ?? 1)).toBeCloseTo(16 / 9, 2);
  });

  it('keeps every slide title as selectable text, with fonts embedded', async () => {
    const { deck } = await slides();
    deck.slides.forEach((slide, i) => expect(pages[i]?.replace(/\s+/g, ' ')).toContain(slide.title));
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('prints every citation as a footnote on its slide\'s page: short title and ¶', async () => {
    const { verification, sources } = await slides();
    for (const citation of verification.citations.filter((c) => c.part === 'body')) {
      for (const ref of citation.paragraphs) {
        const source = sources.get(ref.sourceId);
        const page = (pages[citation.slide - 1] ?? '').replace(/\s+/g, ' ');
        expect(page).toMatch(new RegExp(`${sourceLabel(source!)}, (¶\\d+(-\\d+)?, )*¶${ref.paragraph}|${sourceLabel(source!)}, ¶\\d+-\\d+`));
      }
    }
    expect(pages[1]?.replace(/\s+/g, ' ')).toContain('Harbour Review, ¶2: “cannot be kept open on the dues of a quieter decade”');
  });

  it('ends with every cited paragraph in full, in source order', async () => {
    const { sources, verification } = await slides();
    const cited = new Set(verification.citations.flatMap((c) => c.paragraphs.map((ref) => `${ref.sourceId} ${ref.paragraph}`)));
    const appendix = pages.filter((text) => text.includes('Appendix: the cited paragraphs')).join('\n').replace(/\s+/g, ' ');
    let at = -1;
    for (const source of sources.values()) {
      for (const paragraph of source.paragraphs.filter((p) => cited.has(`${source.id} ${p.number}`))) {
        const where = appendix.indexOf(`${sourceLabel(source)}, ¶${paragraph.number}`);
        expect(where).toBeGreaterThan(at);
        at = where;
        expect(appendix).toContain(paragraph.text.replace(/\s+/g, ' ').slice(-60));
      }
    }
  });

  it('renders pages that are not blank', () => {
    expect(inkCoverage(pdf, 2)).toBeGreaterThan(0.02);
    expect(inkCoverage(pdf, pages.length)).toBeGreaterThan(0.02);
  });

  // The kit prints with Chromium's headless shell when it is installed; a person's full browser must print the same pages.
  const fullBrowser = fullChromiumBesideDefault();
  it.runIf(fullBrowser)('prints the same pages with the full browser as with the headless shell', () => {
    const withFull = join(root, 'full-browser.pdf');
    const result = brief(['pdf', '--root', root, '--out', withFull, '--chrome', fullBrowser as string]);
    expect(result.code, result.stderr).toBe(0);
    expect(pdfInfo(withFull)['Pages']).toBe(String(pages.length));
    // Line breaks may fall a word apart between the two: the text, spaces aside, is the same.
    const letters = (text: string) => text.replace(/\s+/g, '');
    expect(pages.map((_, i) => letters(pdfText(withFull, i + 1)))).toEqual(pages.map(letters));
  });

  it('prints the speaker notes with --notes', async () => {
    const withNotes = join(root, 'rehearsal.pdf');
    const result = brief(['pdf', '--root', root, '--out', withNotes, '--notes']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('building first');
    // The count the command reports is the count of pages printed, notes pages included.
    expect(result.stdout).toContain(`: ${pdfInfo(withNotes)['Pages']} pages`);
    const text = pdfText(withNotes).replace(/\s+/g, ' ');
    const { deck } = await slides();
    for (const slide of deck.slides.filter((s) => s.notes)) {
      const firstWords = (slide.notes?.markdown ?? '').replace(/\[@[^\]]*\]/g, '').trim().split(/\s+/).slice(0, 6).join(' ');
      expect(text).toContain(firstWords);
    }
  });

  it('prints one page per fragment step with --fragments, and the final state without', () => {
    // The fixture has one fragment, on the slide "What to watch": the read-ahead shows it, --fragments adds the step before it.
    const fragment = 'Then: whether the Authority accepts a joint board with open accounts';
    const steps = join(root, 'steps.pdf');
    expect(brief(['pdf', '--root', root, '--out', steps, '--fragments']).code).toBe(0);
    expect(Number(pdfInfo(steps)['Pages'])).toBe(pages.length + 1);
    const watch = pages.findIndex((text) => text.includes('What to watch'));
    expect(pages[watch]?.replace(/\s+/g, ' ')).toContain(fragment);
    expect([pdfText(steps, watch + 1), pdfText(steps, watch + 2)].map((text) => text.replace(/\s+/g, ' ').includes(fragment))).toEqual([false, true]);
  });

  it('writes no PDF, exits 1 with the located error, and ends (Chromium closed) when the build it needs fails', () => {
    const broken = tempProject();
    const slide = join(broken, 'slides/02-positions.md');
    writeFileSync(slide, readFileSync(slide, 'utf8').replace('[@harbour-review ¶2]', '[@harbour-review ¶9]'));
    const out = join(broken, 'never.pdf');
    const failed = brief(['pdf', '--root', broken, '--out', out]);
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stderr).toMatch(/slides\/02-positions\.md:\d+:\d+ - error BRF102/);
    expect(failed.stderr).toContain('No PDF written: fix the errors above.');
    expect(existsSync(out)).toBe(false);
    // A browser left running would hold the process open until spawnSync gave up and killed it.
    expect(failed.signal).toBeNull();
  });

  it('says how to get a browser, and exits 2, when none is found', () => {
    const missing = brief(['pdf', '--root', root, '--chrome', '/nonexistent/chrome']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('apt-get install chromium');
    const badEnv = brief(['pdf', '--root', root], { ...process.env, CHROME_PATH: '/nonexistent/chrome' });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).not.toMatch(/\n\s+at /);
  });
});
