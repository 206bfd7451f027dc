import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../src/import/import-document.ts';
import { detectFormat } from '../src/import/detect-format.ts';
import { writeSource } from '../src/import/write-source.ts';
import { parseSource } from '../src/sources/parse-source.ts';
import { browserAvailable, chromiumForFile, type FileBrowser } from './helpers/chromium.ts';
import { BIN, noStackTrace, runBriefInProcess } from './helpers/run-cli.ts';
import { tempDirectory } from './helpers/temp-project.ts';

const FIXTURES = new URL('./fixture/import/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));

async function imported(bytes: Uint8Array, name: string) {
  const result = await importDocument(bytes, name, { meta: {} });
  if (result.kind !== 'imported') throw new Error(result.reason);
  const { source } = parseSource({ path: 'assets/sources/x.md', text: result.source.markdown });
  return { ...result.source, source };
}

/** The report's paragraphs as `brief sources` numbers them: text and pages. */
const REPORT_PARAGRAPHS = [
  ['The region has depended on imported gas for decades. Its international links were built for one supplier, and the market around them was small.', 'p. 1'],
  ['When the old pipeline closed, the international links had to carry gas the other way, and the well-known terminal on the coast took over most of the supply.¹', 'p. 1'],
  ['¹ The terminal opened in 2016.', 'p. 1'],
  ['Storage filled up through the summer. By the first frost the tanks held enough for a normal winter, though a cold one would still need help from neighbours, who had promised to share what they could spare.', 'p. 1'],
  ['Prices stayed high all the same.', 'p. 1'],
  ['The next step is a cable under the sea. Planning began last year, and the first section is due to be laid before the end of the decade, if the money is found.', 'p. 2'],
  ['Until then, the region will keep buying gas by ship. Every cargo costs more than pipeline gas did, and every delay shows how thin the margin is.', 'p. 2'],
  ['The governments have agreed to review the plan each spring.', 'p. 2'],
];

/** A paragraph of `count` words, the same every time. */
function words(count: number, seed: number): string {
  const pool = 'the harbour patrols kept to their routes while the weather turned and the boats came in late every evening'.split(' ');
  const text = Array.from({ length: count }, (_, i) => pool[(i * 7 + seed) % pool.length]).join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

/** One column, its third paragraph long enough to run on to page 2. */
const LONG_REPORT = `<!doctype html><html><head><meta charset="utf-8"><style>body{font:12pt/1.4 serif;margin:0} h1{font-size:22pt} p{margin:0 0 8pt}</style></head>
<body><h1>Harbour Patrol Review</h1>${[words(120, 1), words(120, 2), words(400, 3), words(60, 4)].map((p) => `<p>${p}</p>`).join('')}</body></html>`;

describe.runIf(browserAvailable())('PDF import (PDFs printed by Chromium from test/fixture/import/two-column-report.html)', () => {
  let browser: FileBrowser;
  const pdfs = new Map<string, Buffer>();

  beforeAll(async () => {
    browser = await chromiumForFile();
    const page = await browser.newPage();
    await page.setContent(fixture('two-column-report.html').toString('utf8'));
    for (const tagged of [false, true]) {
      const pdf = await page.pdf({
        format: 'A4',
        tagged,
        displayHeaderFooter: true,
        margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
        headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">Quarterly Security Review</div>',
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      });
      pdfs.set(tagged ? 'tagged' : 'untagged', pdf);
    }
  });
  afterAll(() => browser?.close());

  it.each(['untagged', 'tagged'])('reads the %s report: columns in order, header, footer and page numbers gone, a hyphen rejoined and one kept, the footnote after its paragraph', async (kind) => {
    const { meta, source, markdown, repairs } = await imported(pdfs.get(kind) as Buffer, 'report.pdf');
    expect(meta).toEqual({ title: 'Energy Security in the Baltic Region', author: 'Anna Kowalska' });
    expect(source.paragraphs.map((p) => [p.text, p.pages && `p. ${p.pages.from}`])).toEqual(REPORT_PARAGRAPHS);
    expect(source.paragraphs.map((p) => p.section)).toEqual([undefined, ...Array(4).fill('Supply routes'), ...Array(3).fill('What comes next')]);
    expect(markdown).not.toMatch(/Quarterly Security Review|Page \d of 2/);
    expect(markdown).toContain('<!-- p. 1 -->\nThe region has depended');
    expect(markdown).toContain('<!-- p. 2 -->\nThe next step');
    const hyphens = repairs.filter((r) => r.kind === 'hyphenation').map((r) => r.description);
    expect(hyphens).toEqual([
      'rejoined "inter-national" as "international" (it occurs elsewhere in the document)',
      'kept the hyphen in "well-known" at a line end: "wellknown" does not occur elsewhere',
    ]);
    expect(repairs.filter((r) => /header|footer|page number|no part of its text/.test(r.description)).map((r) => r.page)).toEqual([1, 1, 2, 2]);
  });

  it.each([false, true])('gives a paragraph that runs over a page break both pages (tagged: %s)', async (tagged) => {
    const page = await browser.newPage();
    await page.setContent(LONG_REPORT);
    const pdf = await page.pdf({ format: 'A4', tagged, margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' } });
    await page.close();
    const { source } = await imported(pdf, 'long.pdf');
    expect(source.paragraphs.map((p) => [p.text.split(' ').length, p.pages && `${p.pages.from}-${p.pages.to}`])).toEqual([
      [120, '1-1'],
      [120, '1-1'],
      [400, '1-2'],
      [60, '2-2'],
    ]);
  });

  it('gives the same source, byte for byte, for the same PDF', async () => {
    const pdf = pdfs.get('untagged') as Buffer;
    expect((await imported(pdf, 'a.pdf')).markdown).toBe((await imported(pdf, 'a.pdf')).markdown);
  });

  it('brief import writes it (and keeps the PDF with --keep-pdf), lists repairs as FILE p.N, and brief sources shows the pages', async () => {
    const root = tempDirectory('import-pdf-');
    const file = join(root, 'report.pdf');
    writeFileSync(file, pdfs.get('untagged') as Buffer);
    const run = await runBriefInProcess(['import', file, '--id', 'baltic-energy', '--keep-pdf', '--root', root]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'assets/sources/baltic-energy.pdf')).equals(pdfs.get('untagged') as Buffer)).toBe(true);
    expect(run.stderr).toContain(`${file} p.1: removed running header "Quarterly Security Review"`);
    expect(run.stdout).toContain('8 paragraphs');
    const listed = await runBriefInProcess(['sources', 'baltic-energy', '--root', root]);
    expect(listed.stdout.split('\n')[5]).toMatch(/^¶6\t\w+\tp\. 2\tThe next step/);
  });
});

describe('HTML import (test/fixture/import/news-article.html)', () => {
  it('keeps the article: title, byline and date from the metadata; navigation, ads, related links, comments and footer left out and listed', async () => {
    const { meta, source, repairs, markdown } = await imported(fixture('news-article.html'), 'news-article.html');
    expect(meta).toEqual({ title: 'Grid operators agree a winter plan', author: 'Maria Lind', date: '2024-03-05' });
    expect(source.paragraphs.map((p) => p.text)).toEqual([
      'The grid operators of the three Baltic states agreed on Tuesday to pool their reserve power for the coming winter, after a week of talks in Riga that ran late into the night. The plan sets out who sends power where when demand peaks.',
      'Under the plan, each operator keeps a tenth of its capacity free for the others. The full text runs to forty pages and will be published next month, once the ministers have signed it.',
      'Last winter two cold snaps came within a fortnight of each other, and for three evenings the region imported more power than it had ever done before. Officials said the plan was drawn up so that would not happen again without warning.',
      '"We cannot plan for the average winter any more," said the chair of the talks. "We have to plan for the worst fortnight."',
      'The plan will be tested in a drill in October, before the first frost.',
    ]);
    expect(source.paragraphs.map((p) => p.section)).toEqual([undefined, undefined, 'Why now', 'Why now', 'Why now']);
    expect(markdown).not.toMatch(/<script|onclick|https:\/\/example\.org|alert/);
    expect(repairs.map((r) => `${r.line}: ${r.description.replace(/ ".*$/, '')}`)).toEqual([
      '13: left out <header>',
      '19: left out <div class="ad-banner">',
      '23: moved the byline',
      '25: kept the text of the link',
      '29: left out <aside>',
      '36: left out <section id="comments">',
      '41: left out <footer>',
    ]);
  });

  it.each([
    ['UTF-8 with no charset named', Buffer.from('<!doctype html><title>Café</title><body><p>Le café est fermé depuis lundi, a dit la mairie dans un communiqué publié hier.</p></body>')],
    ['windows-1252 named by <meta charset>', Buffer.from('<!doctype html><meta charset="windows-1252"><title>Caf\xe9</title><body><p>Le caf\xe9 est ferm\xe9 depuis lundi, a dit la mairie dans un communiqu\xe9 publi\xe9 hier.</p></body>', 'latin1')],
  ])('reads a page in %s', async (_, page) => {
    const { meta, source } = await imported(page, 'page.html');
    expect(meta.title).toBe('Café');
    expect(source.paragraphs.map((p) => p.text)).toEqual(['Le café est fermé depuis lundi, a dit la mairie dans un communiqué publié hier.']);
  });

  it('never runs the page: scripts and handlers stay text in jsdom', async () => {
    const page = Buffer.from('<!doctype html><title>T</title><body><script>globalThis.ran = true</script><img src=x onerror="globalThis.ran = true"><p>Text of the page, long enough to be an article paragraph for the reader.</p></body>');
    await imported(page, 'page.html');
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });
});

describe('Word import (test/fixture/import/memo.docx, written by make-docx.mjs beside it)', () => {
  it('reads headings from styles, the footnote after its paragraph, and each table row as a paragraph', async () => {
    const { meta, source, markdown } = await imported(fixture('memo.docx'), 'memo.docx');
    expect(meta).toEqual({ title: 'Harbour Security Memo', author: 'Tomas Berg' });
    expect(source.paragraphs.map((p) => [p.section, p.text])).toEqual([
      ['Background', 'The harbour authority asked for a review of its patrols after two incidents in the spring.¹ The review covered the outer quays only.'],
      ['Background', '¹ Two boats were damaged; nobody was hurt.'],
      ['Findings', 'Patrols were too predictable: the same routes at the same hours every night.'],
      ['Findings', 'Quay | Patrols a night'],
      ['Findings', 'North | 4'],
      ['Findings', 'South | 2'],
      ['Findings', 'The review recommends random routes from the autumn.'],
    ]);
    expect(markdown).toContain('## Background');
    expect(markdown).toContain('### Findings');
  });
});

describe('plain text from a PDF, web page or Word file is escaped: it reads back as the same words and never becomes Markdown syntax', () => {
  it.each(['1. Introduction', '# not a heading', '- a dash', '> a quote', 'a <b>bold</b> tag, AT&T and &amp;', 'x*y*z _a_ `c` [link](url) ~s~ \\ back', '+ plus', '10) item'])('%j', (text) => {
    const markdown = writeSource({ title: 'X' }, [{ kind: 'paragraph', text }]);
    expect(parseSource({ path: 'assets/sources/x.md', text: markdown }).source.paragraphs.map((p) => p.text)).toEqual([text]);
  });
});

describe('format detection, by content and name', () => {
  it.each([
    ['%PDF-1.7\n…', 'report.txt', 'pdf'],
    ['<!DOCTYPE html><html><body>', 'page.txt', 'html'],
    ['<p>a fragment</p>', 'page.htm', 'html'],
    ['Plain text', 'notes.txt', 'text'],
    ['# Markdown', 'notes.md', 'text'],
  ])('%j named %s is %s', (content, name, format) => {
    expect(detectFormat(Buffer.from(content), name)).toBe(format);
  });

  it('knows a Word file by its zip entry, whatever its name', () => {
    expect(detectFormat(fixture('memo.docx'), 'memo.bin')).toBe('docx');
  });
});

describe('brief import from the command line', () => {
  it('reads standard input with -, and --dry-run prints the paragraphs with their numbers and writes nothing', () => {
    const root = tempDirectory('import-stdin-');
    const run = spawnSync(process.execPath, [BIN, 'import', '-', '--id', 'udhr', '--dry-run', '--root', root], {
      input: fixture('udhr-preamble.txt'),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('stdin:1: moved the title line "Universal Declaration of Human Rights"');
    expect(run.stdout).toMatch(/^---\ntitle: Universal Declaration of Human Rights\n---\n\n## Preamble\n\n¶1  Whereas recognition/);
    expect(run.stdout).toContain('¶8  Now, Therefore THE GENERAL ASSEMBLY');
    expect(run.stderr).toContain('8 paragraphs; nothing written (--dry-run).');
  });

  it('names a file\'s source after the file unless --id is given, and asks standard input for one', async () => {
    const root = tempDirectory('import-default-id-');
    const file = join(root, 'Harbour Memo (final).docx');
    writeFileSync(file, fixture('memo.docx'));
    const run = await runBriefInProcess(['import', file, '--root', root]);
    expect(run.code).toBe(0);
    expect(existsSync(join(root, 'assets/sources/harbour-memo-final.md'))).toBe(true);
    const piped = spawnSync(process.execPath, [BIN, 'import', '-', '--root', root], { input: fixture('udhr-preamble.txt'), encoding: 'utf8' });
    expect(piped.status).toBe(2);
    expect(piped.stderr).toMatch(/^brief: Give a document read from standard input an id: `brief import - --id ID`/);
  });

  it('refuses --keep-pdf for a document that is not a PDF', async () => {
    const root = tempDirectory('import-keep-');
    const run = await runBriefInProcess(['import', fileURLToPath(new URL('udhr-preamble.txt', FIXTURES)), '--id', 'udhr', '--keep-pdf', '--root', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brief: `--keep-pdf` keeps a PDF beside its source, and `.*udhr-preamble\.txt` is not a PDF\.\n$/);
  });

  it('refuses --header for a document that is not text', async () => {
    const root = tempDirectory('import-header-');
    const run = await runBriefInProcess(['import', fileURLToPath(new URL('memo.docx', FIXTURES)), '--id', 'memo', '--header', 'X', '--root', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brief: `--header` names a running header in text, and `.*memo\.docx` is a Word file, whose headers are found without it\.\n$/);
  });

  it('refuses binary data that is no format it reads, without the old iconv advice for a PDF', async () => {
    const root = tempDirectory('import-binary-');
    const file = join(root, 'image.png');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]));
    const run = await runBriefInProcess(['import', file, '--id', 'x', '--root', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brief: Cannot import `.*image\.png`: it is not a PDF, Word \(\.docx\) or HTML file, nor UTF-8 text/);
    noStackTrace(run.stderr);
  });

  it('says that a PDF of scanned pages has no text to read', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const scan = await PDFDocument.create();
    scan.addPage();
    const result = await importDocument(await scan.save(), 'scan.pdf', { meta: {} });
    expect(result).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/^it has no text to read: its pages are images/) });
  });

  it('says why a damaged PDF cannot be read', async () => {
    const root = tempDirectory('import-bad-pdf-');
    const file = join(root, 'broken.pdf');
    writeFileSync(file, '%PDF-1.7\nthis is not a PDF body\n');
    const run = await runBriefInProcess(['import', file, '--id', 'x', '--root', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brief: Cannot import `.*broken\.pdf`: pdf\.js could not read it/);
    expect(run.stderr).not.toContain('iconv');
    noStackTrace(run.stderr);
  });
});
