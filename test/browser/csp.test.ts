import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumForFile, type FileBrowser } from '../helpers/chromium.ts';
import { sharedFixtureDeck } from '../helpers/built-deck.ts';

type Violations = { __violations: string[] };

/** The built deck's Content-Security-Policy holds, and costs the deck nothing. */
describe.runIf(browserAvailable())('the deck under its Content-Security-Policy', () => {
  let browser: FileBrowser;
  let context: BrowserContext;
  let url: string;

  beforeAll(async () => {
    url = await sharedFixtureDeck();
    browser = await chromiumForFile();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() => {
      const record = window as unknown as Violations;
      record.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => record.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const violations = (page: Page) => page.evaluate(() => (window as unknown as Violations).__violations);

  it('declares a policy without unsafe-eval that loads nothing from outside', async () => {
    const page = await context.newPage();
    await page.goto(url);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    await page.close();
  });

  it('raises no violation in the deck, the source reader or the speaker view', async () => {
    const page = await context.newPage();
    await page.goto(`${url}#/2`);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    await page.locator('section.present a.citation').first().click();
    await page.keyboard.press('Escape');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect.poll(() => speaker.locator('.speaker-controls-notes .value').textContent(), { timeout: 10_000 }).toContain('The review opens');
    expect(await violations(page)).toEqual([]);
    expect(await violations(speaker)).toEqual([]);
    await page.close();
  });

  it('raises no violation in the print view', async () => {
    const page = await context.newPage();
    await page.goto(`${url}?print-pdf`);
    await page.waitForFunction(() => document.documentElement.dataset['pdfReady'] === 'true');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('blocks an injected inline script (control: the policy is in force from file://)', async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.appendChild(script);
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringContaining('script-src')]);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.close();
  });
});
