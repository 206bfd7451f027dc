/**
 * The README's pictures of each layout class, in each theme: builds the
 * appearance fixture (test/fixture/appearance: every layout, code and
 * math) once per theme with `brief build`, opens it from disk in headless
 * Chromium, and writes docs/layouts/LAYOUT-THEME.png at half the deck's
 * size. Run it after changing a theme: `npm run layout-screenshots`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findBrowser } from '../../src/pdf/find-browser.ts';
import { launchChromium } from '../../src/pdf/launch-chromium.ts';
import { LAYOUT_CLASSES, THEMES } from '../../src/slides/appearance.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO = join(HERE, '../..');
const FIXTURE = join(REPO, 'test/fixture/appearance');
/** Half of 1280×720: reveal scales the slide to fit, and the PNGs stay small. */
const VIEWPORT = { width: 640, height: 360 };
/** The fixture's slide of code and math, shown beside the layouts. */
const CODE_AND_MATH = 'code-and-math';

function build(theme: string): string {
  const root = mkdtempSync(join(tmpdir(), `layouts-${theme}-`));
  cpSync(FIXTURE, root, { recursive: true });
  const slides = join(root, 'slides/01-deck.md');
  writeFileSync(slides, readFileSync(slides, 'utf8').replace(/^theme: .*$/m, `theme: ${theme}`));
  const run = spawnSync(process.execPath, [join(REPO, 'bin/brief.js'), 'build', '--root', root], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`brief build failed for ${theme}`);
  return root;
}

const browserPath = findBrowser(undefined);
if (!('path' in browserPath)) throw new Error('Chromium not found: apt-get install chromium, or set CHROME_PATH.');
const browser = await launchChromium(browserPath.path);
try {
  for (const theme of THEMES) {
    const root = build(theme);
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(pathToFileURL(join(root, 'dist/index.html')).href);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    await page.evaluate(() => window.Reveal?.configure({ transition: 'none', backgroundTransition: 'none', controls: false, progress: false }));
    const slides = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].map((s) => ({ classes: [...s.classList], code: s.querySelector('pre') !== null })));
    for (const [h, slide] of slides.entries()) {
      const name = slide.code ? CODE_AND_MATH : slide.classes.find((c) => (LAYOUT_CLASSES as readonly string[]).includes(c));
      if (!name) continue;
      await page.evaluate(async (index) => {
        window.Reveal?.slide(index, 0);
        await document.fonts.ready;
      }, h);
      const file = join(HERE, `${name}-${theme}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file.slice(REPO.length + 1)}`);
    }
    await page.close();
    rmSync(root, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}
