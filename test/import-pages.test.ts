import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { parseSource } from '../src/sources/parse-source.ts';
import { render } from './helpers/render.ts';
import { textFiles, type Files } from './helpers/project.ts';
import { runBrief } from './helpers/run-cli.ts';
import { tempProject } from './helpers/temp-project.ts';

const pagesOf = (body: string) =>
  parseSource({ path: 'assets/sources/x.md', text: `---\ntitle: X\n---\n\n${body}\n` }).source.paragraphs.map((p) => [p.text, p.pages ? `${p.pages.from}-${p.pages.to}` : '-']);

describe('page markers in a source', () => {
  it.each([
    ['a marker names the next paragraph’s page', '<!-- p. 3 -->\nOne.', [['One.', '3-3']]],
    ['paragraphs after it stay on that page', '<!-- p. 3 -->\nOne.\n\nTwo.', [['One.', '3-3'], ['Two.', '3-3']]],
    ['a paragraph over a page break, then the page it ends on', '<!-- pp. 3-4 -->\nOne.\n\nTwo.', [['One.', '3-4'], ['Two.', '4-4']]],
    ['an en dash, no spaces, "page"', '<!--pp.3\u20134-->\nOne.\n\n<!-- page 9 -->\nTwo.', [['One.', '3-4'], ['Two.', '9-9']]],
    ['a marker before a heading names the paragraph under it', '<!-- p. 2 -->\n## Part\n\nOne.', [['One.', '2-2']]],
    ['paragraphs before the first marker have no page', 'Zero.\n\n<!-- p. 1 -->\nOne.', [['Zero.', '-'], ['One.', '1-1']]],
    ['other comments are paragraphs, as before', '<!-- a note to self -->\n\nOne.', [['<!-- a note to self -->', '-'], ['One.', '-']]],
  ])('%s', (_, body, expected) => {
    expect(pagesOf(body)).toEqual(expected);
  });

  it('does not change a paragraph’s hash: the text is what is cited, not where it was printed', () => {
    const [withPage] = parseSource({ path: 'assets/sources/x.md', text: '---\ntitle: X\n---\n\n<!-- p. 3 -->\nOne.\n' }).source.paragraphs;
    const [without] = parseSource({ path: 'assets/sources/x.md', text: '---\ntitle: X\n---\n\nOne.\n' }).source.paragraphs;
    expect(withPage?.hash).toBe(without?.hash);
  });
});

const PAGED: Files = {
  'slides/01.md': '# Supply\n\n- Gas comes by ship [@report ¶2]\n- Storage is full [@report ¶2-3]\n',
  'assets/sources/report.md': '---\ntitle: Energy Report\nshort: Report\n---\n\n<!-- p. 1 -->\nThe first paragraph.\n\n<!-- pp. 1-2 -->\nGas comes by ship now.\n\nStorage is full.\n',
};

async function rendered(files: Files, kept: string[] = []) {
  const result = checkProject({
    slideFiles: textFiles(files, 'slides'),
    sourceFiles: textFiles(files, 'assets/sources'),
    fileExists: (path) => kept.includes(path),
  });
  expect(result.summary.errors).toBe(0);
  return render(result);
}

describe('pages in the deck', () => {
  it('the source reader shows each paragraph’s page', async () => {
    const deck = await rendered(PAGED);
    const reader = new JSDOM(deck.reader).window.document;
    expect([...reader.querySelectorAll('.source-paragraph')].map((p) => p.querySelector('.paragraph-page')?.textContent)).toEqual(['p. 1', 'pp. 1–2', 'p. 2']);
    expect(reader.querySelector('.paragraph-page a')).toBeNull();
  });

  it('links each page to the original PDF kept beside the source', async () => {
    const deck = await rendered(PAGED, ['assets/sources/report.pdf']);
    const links = [...new JSDOM(deck.reader).window.document.querySelectorAll('.paragraph-page a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['assets/sources/report.pdf#page=1', 'assets/sources/report.pdf#page=1', 'assets/sources/report.pdf#page=2']);
  });

  it('the printed footnotes and the appendix give the pages', async () => {
    const deck = await rendered(PAGED);
    const footnotes = new JSDOM(deck.sections[0] as string).window.document.querySelectorAll('.print-footnotes li');
    expect([...footnotes].map((li) => li.textContent)).toEqual(['Report, ¶2 (pp. 1–2)', 'Report, ¶2-3 (pp. 1–2)']);
    const appendix = new JSDOM(deck.appendix).window.document.querySelector('template')?.content;
    expect([...(appendix?.querySelectorAll('.appendix-number') ?? [])].map((n) => n.textContent)).toEqual(['Report, ¶2, pp. 1–2', 'Report, ¶3, p. 2']);
  });
});

describe('brief build with an original PDF kept beside a source', () => {
  it('bundles the PDF into dist/ and links the reader’s pages to it', () => {
    const root = tempProject();
    for (const [path, text] of Object.entries(PAGED)) if (path.startsWith('assets/')) writeFileSync(join(root, path), text);
    writeFileSync(join(root, 'slides/04-pages.md'), '---\n\n## Supply\n\n- Gas comes by ship [@report ¶2]\n');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(8000, 0x20), Buffer.from('\n%%EOF\n')]);
    writeFileSync(join(root, 'assets/sources/report.pdf'), pdf);
    const run = runBrief(['build', '--root', root]);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const page = readFileSync(join(root, 'dist/index.html'), 'utf8');
    const href = new JSDOM(page).window.document.querySelector('#report-p2 .paragraph-page a')?.getAttribute('href') ?? '';
    expect(href).toMatch(/^\.\/assets\/report-[\w-]+\.pdf#page=1$/);
    const bundled = join(root, 'dist', href.replace(/#.*$/, ''));
    expect(readdirSync(join(root, 'dist/assets'))).toContain(bundled.slice(bundled.lastIndexOf('/') + 1));
    expect(readFileSync(bundled).equals(pdf)).toBe(true);
  });
});
