import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumForFile, type FileBrowser } from '../helpers/chromium.ts';
import { sharedFixtureDeck } from '../helpers/built-deck.ts';

describe.runIf(browserAvailable())('rehearsing with the built deck', () => {
  let browser: FileBrowser;
  let url: string;

  beforeAll(async () => {
    url = await sharedFixtureDeck();
    browser = await chromiumForFile();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(hash = '', { clock = false } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    // The page's clock is Playwright's, moved by the test: the times recorded do not depend on how loaded the machine is.
    if (clock) await page.clock.install();
    await page.goto(url + hash);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    // Stopped, it moves only when the test moves it.
    if (clock) await page.clock.pauseAt(new Date('2030-01-01T09:00:00Z'));
    return page;
  }

  it('the speaker view opens from file:// with the slide\'s notes, a running timer and pacing against the slide targets', async () => {
    const page = await open('#/2');
    // What the speaker view logs or requests from its first moment: errors, and anything but the deck's own files.
    const problems: string[] = [];
    page.context().on('page', (opened) => {
      opened.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      opened.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      opened.on('request', (request) => {
        if (!/^(?:file|about|data):/.test(request.url())) problems.push(`request: ${request.url()}`);
      });
    });
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await expect.poll(() => speaker.locator('.speaker-controls-notes .value').textContent(), { timeout: 10_000 }).toContain('The review opens the Authority');
    // From file:// there is no server to connect to, and the speaker view needs none.
    expect(await speaker.locator('#connection-status').isVisible()).toBe(false);
    await expect.poll(() => speaker.locator('.speaker-controls-time .timer .seconds-value').textContent(), { timeout: 10_000 }).not.toBe(':00');
    await expect.poll(() => speaker.locator('.speaker-controls-time .pacing').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await speaker.locator('.pacing-title').textContent()).toContain('Pacing');
    // Every slide carries a target, so reveal divides nothing by guesswork.
    expect(await page.evaluate(() => window.Reveal?.getSlides().every((s) => Number(s.getAttribute('data-timing')) > 0))).toBe(true);
    expect(await page.evaluate(() => (window.Reveal?.getConfig() as { totalTime?: number }).totalTime)).toBe(300);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lists the rehearsal key in reveal\'s help overlay', async () => {
    const page = await open();
    await page.keyboard.press('Shift+Slash');
    await expect.poll(() => page.evaluate(() => document.querySelector('.r-overlay-help')?.textContent ?? '')).toContain('Start or stop a timed rehearsal');
    await page.context().close();
  });

  it('records a run-through and reports target, actual and over/under per slide, as a table, CSV and JSON', async () => {
    const page = await open('', { clock: true });
    const stays = [1.2, 0.6, 1.5];
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('.rehearsal-badge').isVisible()).toBe(true);
    for (const [i, seconds] of stays.entries()) {
      await page.clock.runFor(seconds * 1000);
      await page.keyboard.press(i < stays.length - 1 ? 'ArrowRight' : 'r');
    }
    const report = page.locator('.rehearsal-report');
    await expect.poll(() => report.isVisible()).toBe(true);

    const rows = await report.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows).toHaveLength(7);
    expect(rows[0]?.slice(0, 2)).toEqual(['1. The Kessel Harbour Dispute', '0:20']);
    expect(rows[3]?.[2]).toBe('0:00');

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), report.getByText('Download CSV').click()]);
    const csv = readFileSync(await csvDownload.path(), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('slide,title,target_seconds,actual_seconds,difference_seconds');
    stays.forEach((seconds, i) => {
      const [, , target, actual, difference] = (csv[i + 1] ?? '').split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      expect(Number(actual)).toBeCloseTo(seconds, 1);
      expect(Number(difference)).toBeCloseTo(Number(actual) - Number(target), 1);
    });
    expect(csv).toHaveLength(1 + 7 + 1);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), report.getByText('Download JSON').click()]);
    const run = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
    expect(run.slides.slice(0, 3).map((s: { actual: number }) => s.actual)).toEqual(csv.slice(1, 4).map((line) => Number(line.split(',')[3])));
    expect(run.actualTotal).toBeCloseTo(stays.reduce((a, b) => a + b, 0), 1);

    // A second run is compared with the first.
    await page.keyboard.press('Escape');
    await page.keyboard.press('r');
    await page.clock.runFor(300);
    await page.keyboard.press('r');
    await expect.poll(() => report.locator('thead th').count()).toBe(5);
    await page.context().close();
  });
});
