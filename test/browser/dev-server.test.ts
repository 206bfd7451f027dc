import { readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumForFile, type FileBrowser } from '../helpers/chromium.ts';
import { REPO, tempProject } from '../helpers/temp-project.ts';

describe.runIf(browserAvailable())('the dev server', () => {
  let root: string;
  let server: ViteDevServer;
  let browser: FileBrowser;
  let page: Page;
  let slide: string;
  let original: string;
  /** What the server said in its terminal, warnings and news alike. */
  const said: string[] = [];

  beforeAll(async () => {
    root = tempProject();
    slide = join(root, 'slides/02-positions.md');
    original = readFileSync(slide, 'utf8');
    server = await createServer({
      root,
      configFile: join(root, 'vite.config.ts'),
      customLogger: recordingLogger(said),
      // The project's code is linked from the repo, outside the temporary root.
      server: { port: 0, fs: { allow: [root, REPO] } },
    });
    await server.listen();
    browser = await chromiumForFile();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.resolvedUrls?.local[0]}#/2`);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
  });

  // Apart, so that a hook that times out names what did not close; vitest runs them last first: the pages close, then the server.
  afterAll(async () => {
    await server?.close();
  });
  afterAll(async () => {
    writeFileSync(slide, original);
    await browser?.close();
  });

  const heading = () => page.evaluate(() => window.Reveal?.getCurrentSlide().querySelector('h2')?.textContent);

  it('listens on 127.0.0.1 only', () => {
    expect(server.resolvedUrls?.local[0]).toMatch(/^http:\/\/(127\.0\.0\.1|localhost):\d+\/$/);
    expect(server.resolvedUrls?.network).toEqual([]);
  });

  it('refuses a request whose Host is not this machine (DNS rebinding)', async () => {
    const { port } = new URL(server.resolvedUrls?.local[0] ?? '');
    const status = (host: string) =>
      new Promise<number>((done, fail) => {
        const request = httpRequest({ host: '127.0.0.1', port, path: '/', headers: { Host: host } }, (response) => {
          response.resume();
          done(response.statusCode ?? 0);
        });
        request.on('error', fail);
        request.end();
      });
    expect(await status('evil.example')).toBe(403);
    expect(await status(`localhost:${port}`)).toBe(200);
  });

  it('shows an edited slide without a reload and stays on the current slide', async () => {
    expect(await heading()).toBe("The Authority's case");
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const firstSection = () => page.evaluate(() => (document.querySelector('.reveal .slides > section') as (Element & { kept?: boolean }) | null)?.kept);
    await page.evaluate(() => Object.assign(document.querySelector('.reveal .slides > section') ?? {}, { kept: true }));
    writeFileSync(slide, original.replace("## The Authority's case", '## The Authority argues'));
    await expect.poll(heading, { timeout: 10_000 }).toBe('The Authority argues');
    expect(await page.evaluate(() => window.Reveal?.getIndices().h)).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    // Only the edited slide was sent and replaced: the title slide is the same element.
    expect(await firstSection()).toBe(true);
  });

  it('shows the last of two saves made a few milliseconds apart (the watcher reports only the first)', async () => {
    writeFileSync(slide, original.replace("## The Authority's case", '## First of two saves'));
    await new Promise((done) => setTimeout(done, 5));
    writeFileSync(slide, original.replace("## The Authority's case", '## Second of two saves'));
    await expect.poll(heading, { timeout: 10_000 }).toBe('Second of two saves');
    writeFileSync(slide, original);
    await expect.poll(heading, { timeout: 10_000 }).toBe("The Authority's case");
  });

  it('shows an added slide, and the deck after it, without a reload', async () => {
    const count = () => page.evaluate(() => window.Reveal?.getTotalSlides());
    const before = await count();
    writeFileSync(slide, `${original.trimEnd()}\n\n---\n\n## An added slide\n\n- Claim [@port-towns-brief ¶2]\n`);
    await expect.poll(count, { timeout: 10_000 }).toBe((before ?? 0) + 1);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.evaluate(() => [...document.querySelectorAll('.reveal .slides h2')].some((h) => h.textContent === 'An added slide'))).toBe(true);
    writeFileSync(slide, original);
    await expect.poll(count, { timeout: 10_000 }).toBe(before);
  });

  it('shows a broken citation in the error overlay with its location, and clears it when fixed', async () => {
    writeFileSync(slide, original.replace('[@harbour-review ¶2]', '[@harbour-review ¶9]'));
    const overlay = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
    await expect.poll(overlay, { timeout: 10_000 }).toContain('BRF102');
    expect(await overlay()).toMatch(/slides\/02-positions\.md:\d+:\d+/);
    expect(await overlay()).toContain('`harbour-review` has 4 paragraphs');

    writeFileSync(slide, original);
    await expect.poll(() => page.evaluate(() => document.querySelector('vite-error-overlay') === null), { timeout: 10_000 }).toBe(true);
    await expect.poll(heading, { timeout: 10_000 }).toBe("The Authority's case");
  });

  it("re-checks the deck when the project's stylesheet is created or changes: a class it comes to define is no longer unknown", async () => {
    const opening = join(root, 'slides/01-opening.md');
    const openingText = readFileSync(opening, 'utf8');
    const stylesheet = join(root, 'custom.css');
    // The report of the latest re-check that rendered: what the server said before its last 'deck updated'.
    const latestReport = () => said.slice(0, said.lastIndexOf('deck updated')).slice(-1).join('');
    said.length = 0;
    writeFileSync(opening, openingText.replace('theme: briefing\n', 'theme: briefing\ncss: custom.css\n'));
    writeFileSync(slide, original.replace('<!-- .slide: ', '<!-- .slide: class="harbour-map" '));
    await expect.poll(() => said.some((line) => line.includes('BRF122')), { timeout: 10_000 }).toBe(true);

    writeFileSync(stylesheet, '.other { color: teal; }\n');
    await expect.poll(latestReport, { timeout: 10_000 }).toMatch(/BRF121.*harbour-map/);

    writeFileSync(stylesheet, '.harbour-map { color: teal; }\n');
    await expect.poll(latestReport, { timeout: 10_000 }).not.toContain('harbour-map');
    expect(latestReport()).toContain('BRF130');

    writeFileSync(opening, openingText);
    writeFileSync(slide, original);
  });
});

/** A Vite logger that keeps what it is given to print. */
function recordingLogger(lines: string[]) {
  const logger = createLogger('info');
  const record = (message: string) => void lines.push(message);
  return { ...logger, info: record, warn: record, warnOnce: record, error: record };
}
