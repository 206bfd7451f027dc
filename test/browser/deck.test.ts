import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumForFile, type FileBrowser } from '../helpers/chromium.ts';
import { sharedFixtureDeck } from '../helpers/built-deck.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The fixture briefing, built once and opened from disk as a briefer would: no server. */
describe.runIf(browserAvailable())('the built deck, opened from file://', () => {
  let browser: FileBrowser;
  let context: BrowserContext;
  let url: string;
  const problems: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    url = await sharedFixtureDeck();
    browser = await chromiumForFile();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openDeck(hash = '', options: { bypassCSP?: boolean } = {}): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
    const page = await context.newPage();
    watch(page);
    context.on('page', watch);
    await page.goto(url + hash);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    return page;
  }

  function watch(page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file://') && !r.url().startsWith('about:') && !r.url().startsWith('data:')) foreignRequests.push(r.url());
    });
  }

  it('initialises reveal, exposes window.Reveal, and every slide can be reached', async () => {
    const page = await openDeck();
    const total = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
    // Six across, one of them with a slide below it.
    expect(total).toBe(7);
    const title = () => page.evaluate(() => window.Reveal?.getCurrentSlide().querySelector('h1, h2')?.textContent ?? '');
    // Space steps through every slide, down into vertical ones, and through each fragment on the way.
    const titles = [await title()];
    for (let step = 0; step < 2 * total && !(await page.evaluate(() => window.Reveal?.isLastSlide())); step++) {
      await page.keyboard.press('Space');
      const shown = await title();
      if (shown !== titles[titles.length - 1]) titles.push(shown);
    }
    expect(titles).toHaveLength(total);
    expect(new Set(titles).size).toBe(total);
    expect(titles[total - 1]).toBe('Sources');
    expect(await page.evaluate(() => window.Reveal?.isLastSlide())).toBe(true);
    await context.close();
  });

  it('shows the cited paragraph highlighted, with its verified quotation marked, and returns to the same slide', async () => {
    const page = await openDeck('#/2');
    const citation = page.locator('section.present a.citation').first();
    const target = `#${await citation.getAttribute('data-source')}-p${await citation.getAttribute('data-paragraphs')}`;
    await citation.click();
    await expect.poll(() => page.locator('#source-reader').isVisible()).toBe(true);
    expect(await page.locator('.source-paragraph.is-target').evaluateAll((els) => els.map((e) => `#${e.id}`))).toEqual([target]);
    expect(await page.locator(`${target} mark.quoted`).count()).toBeGreaterThan(0);
    expect(await page.locator(target).isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight'); // must not move the deck behind the reader
    await page.keyboard.press('Escape');
    expect(await page.locator('#source-reader').isVisible()).toBe(false);
    expect(await page.evaluate(() => window.Reveal?.getIndices().h)).toBe(2);
    await context.close();
  });

  it('leads from the source reader\'s back-links to the slides that cite a paragraph', async () => {
    const page = await openDeck();
    await page.evaluate(() => (document.querySelector('a.citation') as HTMLElement).click());
    const backLinks = page.locator('#harbour-review-p4 .back-links a');
    expect(await backLinks.count()).toBeGreaterThan(1);
    const second = backLinks.nth(1);
    const h = Number(await second.getAttribute('data-h'));
    await page.evaluate(() => document.getElementById('harbour-review-p4')?.scrollIntoView());
    await second.click();
    expect(await page.locator('#source-reader').isVisible()).toBe(false);
    expect(await page.evaluate(() => window.Reveal?.getIndices().h)).toBe(h);
    const cites = await page.evaluate(() =>
      [...(window.Reveal?.getCurrentSlide().querySelectorAll('a.citation') ?? [])].some(
        (a) => a.getAttribute('data-source') === 'harbour-review' && (a.getAttribute('data-paragraphs') ?? '').split(' ').includes('4'),
      ),
    );
    expect(cites).toBe(true);
    await context.close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    // axe is injected as an inline script, which the deck's own policy rightly refuses (see csp.test.ts).
    const page = await openDeck('', { bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      // axe's CSS preload fetches stylesheets by XHR, which file:// forbids; the rendered styles are what it checks anyway.
      const result = await axe.run(document, { preload: false });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('logged no console error and made no request outside the file', () => {
    expect(problems, problems.join('\n')).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
