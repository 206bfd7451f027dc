import { readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBriefing } from '../../bench/generate-project.ts';
import { browserAvailable, chromiumForFile, type FileBrowser } from '../helpers/chromium.ts';
import { runBrief } from '../helpers/run-cli.ts';
import { REPO, tempDirectory } from '../helpers/temp-project.ts';

/** The clean fixture: a title slide, then a slide with two claims and one in its notes. */
const CLEAN = join(REPO, 'test/fixture/clean');

interface Reply {
  status: number;
  body: string;
}

/** One raw HTTP request to 127.0.0.1:`port`, headers exactly as given (a browser would not let a page set `Host` or `Origin`). */
function send(port: number, method: string, headers: Record<string, string>, body = ''): Promise<Reply> {
  return new Promise((done, fail) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: '/review', method, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', fail);
    request.end(body);
  });
}

describe.runIf(browserAvailable())('the dev server\'s review page', () => {
  let root: string;
  let server: ViteDevServer;
  let browser: FileBrowser;
  let page: Page;
  let base: string;
  let port: number;
  const lock = () => readFileSync(join(root, 'brief.lock.json'), 'utf8');
  const statuses = () => page.locator('article.claim').evaluateAll((claims) => claims.map((claim) => claim.getAttribute('data-status')));

  beforeAll(async () => {
    root = copyBriefing(CLEAN, tempDirectory('review-page-'));
    const locked = runBrief(['lock', '--root', root]);
    expect(locked.code, locked.stderr).toBe(0);
    server = await createServer({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', server: { port: 0, fs: { allow: [root, REPO] } } });
    await server.listen();
    base = server.resolvedUrls?.local[0] as string;
    port = (server.httpServer?.address() as AddressInfo).port;
    browser = await chromiumForFile();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saves a verdict and its note into the lock, shows it after a reload, and shows it stale once the claim is edited', async () => {
    await page.goto(`${base}review`);
    expect(await statuses()).toEqual(['unreviewed', 'unreviewed', 'unreviewed']);
    const first = page.locator('article.claim').first();
    const id = (await first.getAttribute('id'))?.replace(/^claim-/, '');
    await first.locator('input[name=note]').fill('the memo says so, for now');
    await Promise.all([page.waitForURL(`${base}review#claim-${id}`), first.locator('button[value=supported]').click()]);
    expect(await statuses()).toEqual(['supported', 'unreviewed', 'unreviewed']);

    await page.reload();
    expect(await statuses()).toEqual(['supported', 'unreviewed', 'unreviewed']);
    expect(await first.locator('.verdict').textContent()).toMatch(/^Marked supported on \d{4}-\d\d-\d\d\. Note: “the memo says so, for now”\.$/);
    expect(await first.locator('button[aria-pressed=true]').textContent()).toBe('Supported');
    expect(JSON.parse(lock()).reviews).toMatchObject([{ claim: id, verdict: 'supported', note: 'the memo says so, for now', text: 'The ministry calls the plan "sound and will be kept"' }]);

    const slide = join(root, 'slides/01-title.md');
    writeFileSync(slide, readFileSync(slide, 'utf8').replace('calls the plan', 'calls the whole plan'));
    await page.reload();
    expect(await statuses()).toEqual(['stale', 'unreviewed', 'unreviewed']);
    expect(await first.locator('.verdict').textContent()).toContain('since then its words changed (it read: “The ministry calls the plan "sound and will be kept"”)');
    expect(await first.locator('.claim-text').textContent()).toContain('calls the whole plan');
  });

  it('the speaker view says how the slide\'s claims are reviewed; the slide and the print view do not', async () => {
    const deck = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await deck.goto(`${base}#/1`);
    await deck.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    const expected = 'Review: 0 of 3 claims supported; 2 unreviewed, 1 stale.';
    await expect.poll(() => deck.locator('aside.review-status').textContent(), { timeout: 10_000 }).toBe(expected);
    expect(await deck.locator('aside.review-status').isVisible()).toBe(false);
    const [speaker] = await Promise.all([deck.context().waitForEvent('page'), deck.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect.poll(() => notes.textContent(), { timeout: 10_000 }).toContain(expected);
    expect(await notes.textContent()).toContain('Say that');
    await speaker.close();

    await deck.goto(`${base}?print-pdf`);
    await deck.waitForFunction(() => document.documentElement.dataset['pdfReady'] === 'true');
    expect(await deck.locator('aside.review-status').count()).toBe(0);
    expect(await deck.locator('aside.notes').count()).toBeGreaterThan(0);
    await deck.close();
  });

  it('takes a verdict only from its own page: a foreign Origin or Host, or a missing or wrong token, is refused and the lock unchanged', async () => {
    const served = await send(port, 'GET', { Host: `127.0.0.1:${port}` });
    expect(served.status).toBe(200);
    const token = /name="token" value="([^"]+)"/.exec(served.body)?.[1] as string;
    const claim = /id="claim-([^"]+)"/.exec(served.body)?.[1] as string;
    expect(token).toMatch(/^[\w-]{40,}$/);
    const before = lock();
    const own = { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/x-www-form-urlencoded' };
    const form = (fields: Record<string, string>) => new URLSearchParams({ claim, verdict: 'unsupported', ...fields }).toString();

    const attempts: [string, Record<string, string>, string][] = [
      ['a foreign Origin', { ...own, Origin: 'http://evil.example' }, form({ token })],
      ['another port on this machine', { ...own, Origin: 'http://127.0.0.1:1' }, form({ token })],
      ['no Origin', { Host: own.Host, 'Content-Type': own['Content-Type'] }, form({ token })],
      ['Origin null (a sandboxed frame)', { ...own, Origin: 'null' }, form({ token })],
      ['no token', own, form({})],
      ['a wrong token', own, form({ token: `${token.slice(0, -1)}x` })],
      ['a foreign Host (DNS rebinding)', { ...own, Host: 'evil.example', Origin: 'http://evil.example' }, form({ token })],
      ['a Host on another port', { ...own, Host: '127.0.0.1:1', Origin: 'http://127.0.0.1:1' }, form({ token })],
      ['a body that is not a form', { ...own, 'Content-Type': 'text/plain' }, form({ token })],
    ];
    for (const [what, headers, body] of attempts) {
      const reply = await send(port, 'POST', headers, body);
      expect(reply.status, what).toBe(403);
      expect(lock(), what).toBe(before);
    }
    // Nor is the page, with its token, served under another name.
    expect((await send(port, 'GET', { Host: 'evil.example' })).status).toBe(403);

    // A real page on another site that posts the form, with the token even, in the browser: refused.
    const evil: Server = createHttpServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(
        `<form id="f" method="post" action="http://127.0.0.1:${port}/review"><input name="claim" value="${claim}"><input name="verdict" value="unsupported"><input name="token" value="${token}"></form>` +
          '<script>document.getElementById("f").submit()</script>',
      );
    });
    await new Promise<void>((done) => evil.listen(0, '127.0.0.1', done));
    try {
      const attacked = await browser.newPage();
      const response = attacked.waitForResponse((r) => r.url() === `http://127.0.0.1:${port}/review`);
      await attacked.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
      expect((await response).status()).toBe(403);
      await attacked.close();
    } finally {
      evil.close();
    }
    expect(lock()).toBe(before);

    // The same request from the page's own origin, with its token, is taken: the refusals above were the guards'.
    const accepted = await send(port, 'POST', own, form({ token }));
    expect(accepted.status).toBe(303);
    expect(JSON.parse(lock()).reviews.map((r: { verdict: string }) => r.verdict)).toContain('unsupported');
  });
});
