import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_CLASSES, THEMES } from '../../src/slides/appearance.ts';
import { browserAvailable, chromiumForFile, type FileBrowser } from '../helpers/chromium.ts';
import { pdfText } from '../helpers/poppler.ts';
import { runBrief } from '../helpers/run-cli.ts';
import { REPO, tempDirectory } from '../helpers/temp-project.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURE = join(REPO, 'test/fixture/appearance');

/** The appearance fixture (every layout, code, math, a task list, a stylesheet and a logo of its own) built in `theme`. */
function buildIn(theme: string): string {
  const root = tempDirectory(`theme-${theme}-`);
  cpSync(FIXTURE, root, { recursive: true });
  const slides = join(root, 'slides/01-deck.md');
  writeFileSync(slides, readFileSync(slides, 'utf8').replace(/^theme: .*$/m, `theme: ${theme}`));
  const run = runBrief(['build', '--root', root]);
  if (run.code !== 0) throw new Error(`The appearance fixture did not build in ${theme}:\n${run.stdout}${run.stderr}`);
  return root;
}

interface Opened {
  page: Page;
  /** Every request for anything but the deck's own files. */
  foreign: string[];
}

describe.runIf(browserAvailable())('themes and layouts, built and opened from file://', { timeout: 120_000 }, () => {
  let browser: FileBrowser;
  const roots = new Map<string, string>();

  beforeAll(async () => {
    for (const theme of THEMES) roots.set(theme, buildIn(theme));
    browser = await chromiumForFile();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Each theme's deck, opened once for the tests that look at it: a deck opening costs Chromium about a second of CPU. */
  const opened = new Map<string, Promise<Opened>>();
  function deckIn(theme: string): Promise<Opened> {
    const opening = opened.get(theme) ?? open(theme);
    opened.set(theme, opening);
    return opening;
  }

  async function open(theme: string): Promise<Opened> {
    // axe is injected as an inline script, which the deck's own policy rightly refuses (see csp.test.ts).
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(?:file|data|about|blob):/.test(url)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(roots.get(theme) as string, 'dist/index.html')).href);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    await page.addScriptTag({ content: axeSource });
    // Colours are measured as shown, not halfway through a fade.
    await page.evaluate(() => window.Reveal?.configure({ transition: 'none', backgroundTransition: 'none' }));
    return { page, foreign };
  }

  /** Shows slide `h` (0-based) and waits for its fonts: what is measured is what the audience sees. */
  async function show(page: Page, h: number): Promise<void> {
    await page.evaluate(async (index) => {
      window.Reveal?.slide(index, 0);
      await document.fonts.ready;
    }, h);
  }

  /** Elements of the shown slide that reach past its box, by more than a pixel (code and formulas scroll within their own boxes). */
  function overflowing(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const slide = document.querySelector('.reveal .slides section.present') as HTMLElement;
      const box = slide.getBoundingClientRect();
      const out: string[] = [];
      for (const element of slide.querySelectorAll('*')) {
        if (element.closest('aside.notes, .print-footnotes, pre > *, .katex-display > *')) continue;
        const r = element.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1) {
          out.push(`${element.tagName.toLowerCase()}.${element.className}: ${Math.round(r.right - box.right)} px right, ${Math.round(r.bottom - box.bottom)} px below`);
        }
      }
      return out;
    });
  }

  function seriousViolations(page: Page): Promise<string[]> {
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Element, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      // axe's CSS preload fetches stylesheets by XHR, which file:// forbids; the rendered styles are what it checks anyway.
      const result = await axe.run(document.querySelector('.reveal .slides section.present') as Element, { preload: false });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  it.each(THEMES)('%s: every slide, each layout class among them, fits its box and passes axe-core', async (theme) => {
    const { page, foreign } = await deckIn(theme);
    const classes = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].map((s) => s.className));
    for (const layout of LAYOUT_CLASSES) expect(classes.some((c) => c.split(' ').includes(layout)), layout).toBe(true);
    for (const [h, className] of classes.entries()) {
      await show(page, h);
      expect(await overflowing(page), `slide ${h + 1} (${className}) in ${theme}`).toEqual([]);
      expect(await seriousViolations(page), `slide ${h + 1} (${className}) in ${theme}`).toEqual([]);
    }
    expect(foreign).toEqual([]);
  });

  it.each(THEMES)('%s: code highlighted, math typeset, task boxes kept, the project\'s stylesheet and logo applied, nothing fetched', async (theme) => {
    const { page, foreign } = await deckIn(theme);
    await show(page, 7);
    const shown = await page.evaluate(async () => {
      const slide = document.querySelector('.reveal .slides section.present') as HTMLElement;
      const colour = (selector: string) => getComputedStyle(slide.querySelector(selector) as Element).color;
      const footer = document.querySelector('.deck-footer-title') as Element;
      const logo = document.querySelector('.deck-footer-logo') as HTMLImageElement;
      return {
        theme: document.documentElement.dataset['theme'],
        background: getComputedStyle(document.body).backgroundColor,
        keyword: slide.querySelector('pre code .hljs-keyword')?.textContent,
        colours: new Set([colour('pre code'), colour('.hljs-keyword'), colour('.hljs-string'), colour('.hljs-comment')]).size,
        formulas: slide.querySelectorAll('.katex').length,
        displayed: slide.querySelectorAll('.katex-display').length,
        rawMath: /\$/.test((slide.querySelector('.katex-html') ? slide.innerText : '$')),
        mathFont: document.fonts.check('20px KaTeX_Main') && [...document.fonts].some((f) => f.family === 'KaTeX_Main' && f.status === 'loaded'),
        logo: logo?.complete && logo.naturalWidth > 0,
        ownStyle: getComputedStyle(footer).fontVariantCaps,
      };
    });
    expect(shown).toMatchObject({ theme, keyword: 'def', colours: 4, formulas: 2, displayed: 1, rawMath: false, mathFont: true, logo: true, ownStyle: 'small-caps' });
    expect(shown.background).toBe(theme === 'briefing-dark' ? 'rgb(18, 22, 28)' : 'rgb(255, 255, 255)');
    await show(page, 6);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides section.present input')].map((box) => [(box as HTMLInputElement).type, (box as HTMLInputElement).disabled, (box as HTMLInputElement).checked]),
    );
    expect(boxes).toEqual([
      ['checkbox', true, true],
      ['checkbox', true, false],
      ['checkbox', true, false],
    ]);
    expect(foreign).toEqual([]);
  });

  it('prints math in the PDF: brief pdf has the typeset symbols', () => {
    const root = roots.get('briefing') as string;
    const out = join(root, 'deck.pdf');
    const run = runBrief(['pdf', '--root', root, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('≈ 16.7%');
    expect(text).toMatch(/E\s*after/);
    expect(text).not.toContain('$$');
    expect(text).not.toContain('\\frac');
  });
});
