import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';

/** The deck's own size (deck/reveal-config.ts): each screenshot is one slide, pixel for pixel. */
const VIEWPORT = { width: 1280, height: 720 };
const LOAD_TIMEOUT_MS = 120_000;

/** How far a slide's content runs past its box, in the slide's own pixels (0 when it fits). */
export interface Overflow {
  below: number;
  right: number;
}

/** One slide's screenshot and measurement. `h` and `v` are reveal's indices (0-based). */
export interface SlideShot {
  h: number;
  v: number;
  /** The PNG's name in the output folder: `slide-01.png`, `slide-03-2.png` for the second slide of a vertical stack. */
  file: string;
  overflow: Overflow;
}

export interface CaptureOptions {
  browser: Browser;
  /** The built deck's `index.html`. */
  page: string;
  /** Where the PNGs are written. */
  folder: string;
  progress?: (message: string) => void;
}

/**
 * Opens the built deck in Chromium at 1280×720 and, slide by slide, measures
 * how far its content runs past the slide's box and writes a PNG of it.
 * Every slide is shown in its final state (all fragments), without
 * transitions, and with no margin round it, so the screenshot is the slide
 * at its own size: content that overflows is cut off at the PNG's edge.
 */
export async function captureSlides(options: CaptureOptions): Promise<SlideShot[]> {
  const page = await options.browser.newPage({ viewport: VIEWPORT });
  // Nothing outside the deck's own files may load, as in `brief pdf`.
  await page.route(/^(?!file:|data:|about:)/, (route) => route.abort());
  options.progress?.('opening the deck');
  await page.goto(pathToFileURL(options.page).href);
  await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true', null, { timeout: LOAD_TIMEOUT_MS });
  const slides = await page.evaluate(async () => {
    window.Reveal?.configure({ margin: 0, transition: 'none', backgroundTransition: 'none', fragments: false });
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    return [...document.querySelectorAll('.reveal .slides > section')].flatMap((section, h) => {
      const stack = section.querySelectorAll(':scope > section');
      return stack.length === 0 ? [{ h, v: 0 }] : [...stack].map((_, v) => ({ h, v }));
    });
  });
  const digits = Math.max(2, String(new Set(slides.map((slide) => slide.h)).size).length);
  const shots: SlideShot[] = [];
  for (const { h, v } of slides) {
    const overflow = await page.evaluate(measureOverflow, { h, v });
    const file = `slide-${String(h + 1).padStart(digits, '0')}${v > 0 ? `-${v + 1}` : ''}.png`;
    await page.screenshot({ path: join(options.folder, file) });
    shots.push({ h, v, file, overflow });
  }
  options.progress?.(`captured ${shots.length} slides`);
  await page.close();
  return shots;
}

/**
 * Runs in the page: shows slide `h`/`v` and measures its content against the
 * slide's box (`.slides`, the deck's 1280×720 area, however reveal scales
 * it). The content is everything the slide lays out, text and boxes, found as
 * the bounding rectangle of a range over the slide's contents: that takes in
 * a word or table wider than its column and a list taller than the slide,
 * and leaves out what is not shown (notes, print footnotes). An image scaled
 * down to fit counts at the size it is shown. Measured in the slide's own
 * pixels, rounded.
 */
function measureOverflow(where: { h: number; v: number }): Overflow {
  const deck = window.Reveal;
  if (!deck) throw new Error('The page has no window.Reveal: it was not built by briefing-kit.');
  deck.slide(where.h, where.v);
  const slide = deck.getCurrentSlide();
  const area = (document.querySelector('.reveal .slides') as HTMLElement).getBoundingClientRect();
  const scale = area.width / Number(deck.getConfig().width);
  const range = document.createRange();
  range.selectNodeContents(slide);
  const content = range.getBoundingClientRect();
  // No named helper functions in here: a compiler that keeps function names (tsx) would call its own helper, which the page lacks.
  return {
    below: Math.max(0, Math.round((content.bottom - area.bottom) / scale)),
    right: Math.max(0, Math.round((content.right - area.right) / scale)),
  };
}
