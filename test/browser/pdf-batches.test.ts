import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../src/pdf/export-pdf.ts';
import { producedByKit } from '../../src/pdf/pdf-producer.ts';
import { browserAvailable, launchChromium } from '../helpers/chromium.ts';
import { hasPoppler, pdfInfo, pdfText } from '../helpers/poppler.ts';
import { source } from '../helpers/project.ts';
import { runBrief } from '../helpers/run-cli.ts';
import { REPO, tempDirectory } from '../helpers/temp-project.ts';

function requirePoppler(): boolean {
  if (hasPoppler()) return true;
  if (process.env['CI']) throw new Error('pdfinfo/pdftotext not found (apt-get install poppler-utils): CI must run the PDF tests.');
  console.warn('\n!!! poppler-utils not found: PDF TESTS ARE SKIPPED. !!!\n');
  return false;
}

/** A deck of four slides, citing two paragraphs: five pages or more with the appendix, so batches of two end with a short one. */
function smallProject(): string {
  const root = tempDirectory('pdf-batches-');
  const files: Record<string, string> = {
    'assets/sources/memo.md': source('Budget memo', 'The ministry says the plan is sound and will be kept.', 'Costs rose by a third in two years.'),
    'slides/01-deck.md': [
      '---\ntitle: Batch Deck\nauthor: Test Author\n---\n\n# Batch Deck\n\nNote:\nOpening.',
      '# The plan stays\n\n- The plan is "sound and will be kept" [@memo ¶1]\n\nNote:\nThe plan.',
      '# Costs\n\n- Costs rose by a third [@memo ¶2]\n\nNote:\nThe costs.',
      '# Both\n\n- Plan and costs [@memo ¶1-2]\n\nNote:\nBoth.',
    ].join('\n\n---\n\n'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), `${text}\n`);
  }
  // As the kit's own projects: the page and config copied, the deck's code (index.html loads src/deck/) and packages linked.
  for (const name of ['index.html', 'vite.config.ts']) cpSync(join(REPO, name), join(root, name));
  for (const name of ['src', 'node_modules']) symlinkSync(join(REPO, name), join(root, name));
  return root;
}

interface Printed {
  pages: number;
  text: string[];
  progress: string[];
  path: string;
}

async function print(page: string, out: string, pagesPerBatch?: number): Promise<Printed> {
  const progress: string[] = [];
  const result = await exportPdf({
    page,
    out,
    browser: launchChromium(),
    notes: false,
    fragments: false,
    progress: (message) => progress.push(message),
    ...(pagesPerBatch === undefined ? {} : { pagesPerBatch }),
  });
  const pages = Number(pdfInfo(out)['Pages']);
  expect(pages).toBe(result.pages);
  return { pages, text: Array.from({ length: pages }, (_, i) => pdfText(out, i + 1)), progress, path: out };
}

describe.runIf(browserAvailable() && requirePoppler())('a PDF printed in batches and merged with pdf-lib', { timeout: 120_000 }, () => {
  let whole: Printed;
  let batched: Printed;

  beforeAll(async () => {
    const root = smallProject();
    const build = runBrief(['build', '--root', root]);
    expect(build.code, build.stderr).toBe(0);
    const page = join(root, 'dist/index.html');
    whole = await print(page, join(root, 'whole.pdf'));
    batched = await print(page, join(root, 'batched.pdf'), 2);
  }, 120_000);

  it('has the pages of the single print, each with the same text', () => {
    expect(whole.pages).toBeGreaterThanOrEqual(5);
    expect(batched.pages).toBe(whole.pages);
    expect(batched.text).toEqual(whole.text);
    expect(batched.text[1]).toContain('The plan stays');
  });

  it('prints two pages at a time, the last batch holding what is left', () => {
    const done = (printed: Printed) => printed.progress.filter((message) => /^page \d+ of \d+$/.test(message));
    const total = whole.pages;
    const expected = Array.from({ length: Math.ceil(total / 2) }, (_, i) => `page ${Math.min(total, 2 * (i + 1))} of ${total}`);
    expect(done(batched)).toEqual(expected);
    expect(done(whole)).toEqual([`page ${total} of ${total}`]);
  });

  it('keeps the page size and the metadata the kit writes', async () => {
    const [wholeInfo, batchedInfo] = [pdfInfo(whole.path), pdfInfo(batched.path)];
    for (const key of ['Page size', 'Title', 'Author', 'Producer']) expect(batchedInfo[key], key).toBe(wholeInfo[key]);
    expect(batchedInfo['Title']).toBe('Batch Deck');
    expect(await producedByKit(batched.path)).toBe(true);
  });
});
