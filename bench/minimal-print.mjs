import { pathToFileURL } from 'node:url';
import { findBrowser } from '../lib/pdf/find-browser.js';
import { launchChromium } from '../lib/pdf/launch-chromium.js';

/**
 * The baseline a PDF export is compared with, run as its own process like
 * `brief pdf`, and like it from the compiled kit: reveal's `?print-pdf` view
 * of the same built deck in headless Chromium, launched the same way,
 * waiting only for its print layout, then one `page.pdf`. No fonts or images
 * waited for, no appendix, no metadata, no progress.
 *
 * Usage: node bench/minimal-print.mjs DIST_INDEX_HTML OUT_PDF
 */
const [page, out] = process.argv.slice(2);
const lookup = findBrowser(undefined);
if (!page || !out || 'missing' in lookup) throw new Error('usage: node bench/minimal-print.mjs DIST_INDEX_HTML OUT_PDF (with Chromium installed)');
const browser = await launchChromium(lookup.path);
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await tab.goto(`${pathToFileURL(page).href}?print-pdf`);
  // reveal moves every slide into a .pdf-page when its print layout is done.
  await tab.waitForFunction(() => document.querySelector('.pdf-page') !== null && document.querySelector('.reveal .slides > section') === null, null, { timeout: 120_000 });
  await tab.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
} finally {
  await browser.close();
}
