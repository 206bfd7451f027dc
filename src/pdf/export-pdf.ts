import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { writePdfMetadata } from './pdf-metadata.ts';
import { plural } from '../text/plural.ts';
import type { DeckRuntimeSettings } from '../types.ts';

export interface ExportOptions {
  /** The built deck's `index.html`. */
  page: string;
  out: string;
  /** Chromium, launched (or launching) by the caller; closed when the export ends. */
  browser: Promise<Browser>;
  notes: boolean;
  fragments: boolean;
  /** Told each stage and, while printing, the pages done so far. */
  progress?: (message: string) => void;
  /**
   * Pages printed per call to Chromium. Each call lays the whole document out
   * again and the batches are then merged with pdf-lib: at 500 pages a batch,
   * a 2,000-slide deck took 2.1x a single print; in one call, 1.2x. So
   * batches are kept only for decks too long to print in one call.
   * @default 5000
   */
  pagesPerBatch?: number;
}

export interface ExportResult {
  pages: number;
  /** The last pages: the appendix of cited paragraphs. */
  appendixPages: number;
}

const LAYOUT_TIMEOUT_MS = 120_000;
const PAGES_PER_BATCH = 5000;

/**
 * Prints the built deck through reveal's print view in headless Chromium.
 * It waits for everything a complete page needs: reveal's `pdf-ready`, the
 * fonts, every image decoded. The PDF is written to a temporary file and
 * moved into place only when complete.
 */
export async function exportPdf(options: ExportOptions): Promise<ExportResult> {
  const browser = await options.browser;
  const temporary = join(dirname(options.out), `.${process.pid}.brief-pdf.tmp`);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // Nothing outside the deck's own files may load: a read-ahead must not depend on the network.
    await page.route(/^(?!file:|data:|about:)/, (route) => route.abort());
    const query = new URLSearchParams({ 'print-pdf': '', ...(options.notes ? { notes: 'separate-page' } : {}), ...(options.fragments ? { fragments: '1' } : {}) });
    options.progress?.('laying out the deck for print');
    await page.goto(`${pathToFileURL(options.page).href}?${query.toString().replace('print-pdf=', 'print-pdf')}`);
    await waitUntilComplete(page);
    const layout = await page.evaluate(() => ({
      pages: document.querySelectorAll('.reveal .slides > .pdf-page, .reveal .slides > .speaker-notes-pdf').length,
      appendix: Number(document.documentElement.dataset['appendixPages'] ?? 0),
      settings: document.getElementById('briefing-settings')?.textContent ?? '{}',
    }));
    options.progress?.(`laid out ${plural(layout.pages, 'page')}`);
    await printInBatches(page, layout.pages, temporary, options.pagesPerBatch ?? PAGES_PER_BATCH, options.progress);
    const settings = JSON.parse(layout.settings) as DeckRuntimeSettings;
    const metadata = {
      title: settings.title,
      ...(settings.author ? { author: settings.author } : {}),
      ...(settings.subtitle ? { subject: settings.subtitle } : {}),
    };
    // The browser is done with: it shuts down while the file is finished.
    await Promise.all([writePdfMetadata(temporary, metadata), browser.close()]);
    await rename(temporary, options.out);
    return { pages: layout.pages, appendixPages: layout.appendix };
  } finally {
    await rm(temporary, { force: true });
    // Closing a closed browser does nothing.
    await browser.close();
  }
}

async function waitUntilComplete(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset['pdfReady'] === 'true', null, { timeout: LAYOUT_TIMEOUT_MS });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  });
}

/** Prints the laid-out pages to `path`: in one call when they fit in a batch, else batch by batch, merged with pdf-lib. */
async function printInBatches(page: Page, total: number, path: string, pagesPerBatch: number, progress: ExportOptions['progress']): Promise<void> {
  if (total <= pagesPerBatch) {
    progress?.(`printing pages 1-${total}`);
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    progress?.(`page ${total} of ${total}`);
    return;
  }
  const { PDFDocument } = await import('pdf-lib');
  const merged = await PDFDocument.create();
  for (let first = 1; first <= total; first += pagesPerBatch) {
    const last = Math.min(total, first + pagesPerBatch - 1);
    const chunk = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true, pageRanges: `${first}-${last}` }));
    for (const copied of await merged.copyPages(chunk, chunk.getPageIndices())) merged.addPage(copied);
    progress?.(`page ${last} of ${total}`);
  }
  await writeFile(path, await merged.save());
}
