import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumForFile, type FileBrowser } from '../helpers/chromium.ts';
import { sharedFixtureDeck } from '../helpers/built-deck.ts';

/**
 * Repeated citations on a slide, shortened to their paragraphs (`[¶2]`), in
 * the built fixture deck: slide 2 cites the Harbour Review in three bullets
 * running, then the Towns Brief.
 */
describe.runIf(browserAvailable())('shortened citation markers in the built deck', () => {
  let browser: FileBrowser;
  let page: Page;

  beforeAll(async () => {
    const url = await sharedFixtureDeck();
    browser = await chromiumForFile();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${url}#/1`);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('names the source once, then shows only the paragraphs, each short marker visible and narrower than the full one', async () => {
    const markers = page.locator('section.present li .citation-marker');
    expect(await markers.allTextContents()).toEqual(['[Harbour Review ¶1]', '[¶2]', '[¶2-3]', '[Towns Brief ¶1]']);
    const widths: number[] = [];
    for (const marker of await markers.all()) {
      expect(await marker.isVisible()).toBe(true);
      widths.push((await marker.boundingBox())?.width ?? 0);
    }
    const [full, short, range] = widths as [number, number, number];
    expect(short).toBeGreaterThan(0);
    expect(short).toBeLessThan(full / 3);
    expect(range).toBeLessThan(full / 2);
  });

  it('gives each short marker an accessible name with the source in full, and a link that opens the reader at its paragraphs', async () => {
    // Chromium's own accessible names: a screen reader hears the source, not a bare ¶.
    const slide = page.locator('section.present');
    expect(await slide.getByRole('link', { name: '¶2: Harbour Review, paragraph 2', exact: true }).textContent()).toBe('¶2');
    const range = slide.getByRole('link', { name: '¶2-3: Harbour Review, paragraphs 2 to 3', exact: true });
    expect(await range.textContent()).toBe('¶2-3');
    expect(await range.getAttribute('title')).toBe('The Kessel Harbour Dispute — A Review of the Authority\'s Case, ¶2-3');

    await range.click();
    await expect.poll(() => page.locator('#source-reader').isVisible()).toBe(true);
    expect(await page.locator('.source-paragraph.is-target').evaluateAll((els) => els.map((e) => e.id))).toEqual(['harbour-review-p2', 'harbour-review-p3']);
    expect(await page.locator('#harbour-review-p3').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#source-reader').isVisible()).toBe(false);
    expect(await page.evaluate(() => window.Reveal?.getIndices().h)).toBe(1);
  });
});
