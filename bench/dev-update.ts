import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { findBrowser } from '../src/pdf/find-browser.ts';
import { launchChromium } from '../src/pdf/launch-chromium.ts';

/**
 * Save-to-screen in the dev server: opens the deck at its middle slide in
 * headless Chromium, rewrites that slide's heading in its file, and times
 * from the write until the page shows the new heading. Prints the times in
 * milliseconds as JSON.
 *
 * Usage: tsx bench/dev-update.ts ROOT SAVES
 */
const [root, saves = '5'] = process.argv.slice(2);
const lookup = findBrowser(undefined);
if (!root || 'missing' in lookup) throw new Error('usage: tsx bench/dev-update.ts ROOT SAVES (with Chromium installed)');

const files = readdirSync(join(root, 'slides')).filter((name) => name.endsWith('.md')).sort();
const middleFile = join(root, 'slides', files[Math.floor(files.length / 2)] as string);
const original = readFileSync(middleFile, 'utf8');
const heading = /^## (Slide \d+):.*$/m.exec(original);
if (!heading) throw new Error(`no generated slide heading in ${middleFile}`);
const slideNumber = Number(heading[1]?.split(' ')[1]);

const server = await createServer({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', server: { port: 0, fs: { strict: false } } });
await server.listen();
const browser = await launchChromium(lookup.path);
const times: number[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.resolvedUrls?.local[0]}#/${slideNumber - 1}`);
  await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true', null, { timeout: 120_000 });
  const save = (marker: string) => writeFileSync(middleFile, original.replace(heading[0], `## ${heading[1]}: ${marker}`));
  const shown = (marker: string, timeout: number) =>
    page.waitForFunction((text) => window.Reveal?.getCurrentSlide()?.querySelector('h2')?.textContent?.includes(text) === true, marker, { polling: 'raf', timeout });
  // An untimed first save, repeated until it shows: a fresh server may still be scanning files or optimizing dependencies (and reloading the page).
  for (let attempt = 0; ; attempt++) {
    save(`Warm-up ${attempt}`);
    const warm = await shown(`Warm-up ${attempt}`, 5_000).then(() => true, () => false);
    if (warm) break;
    if (attempt === 10) throw new Error('the dev server never showed a save');
  }
  for (let i = 0; i < Number(saves); i++) {
    const marker = `Edited ${i} ${Date.now()}`;
    const started = performance.now();
    save(marker);
    await shown(marker, 60_000);
    times.push(performance.now() - started);
  }
} finally {
  writeFileSync(middleFile, original);
  await browser.close();
  await server.close();
}
process.stdout.write(`${JSON.stringify(times)}\n`);
