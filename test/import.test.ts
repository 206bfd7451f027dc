import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument, type ImportOptions } from '../src/import/import-document.ts';
import { parseSource } from '../src/sources/parse-source.ts';

const FIXTURES = new URL('./fixture/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

async function imported(text: string, options: ImportOptions = { meta: {} }) {
  const result = await importDocument(Buffer.from(text), 'input.txt', options);
  if (result.kind !== 'imported') throw new Error(result.reason);
  const parsed = parseSource({ path: 'assets/sources/x.md', text: result.source.markdown });
  return { ...result.source, source: parsed.source, diagnostics: parsed.diagnostics };
}

describe('brief import on the seed analyses', () => {
  it('finds the three paragraphs, three headings and the title of the first', async () => {
    const { source, meta, diagnostics } = await imported(fixture('seeds/000_05be32e38e33c0c9.txt'));
    expect(diagnostics).toEqual([]);
    expect(meta.title).toBe('China Sides with Russia over Looming Conflict in Ukraine');
    expect(source.paragraphs.map((p) => p.section)).toEqual([
      'Beijing criticizes NATO, backs Russia . . .',
      'Potential implications for China . . .',
      'A new China-Russia rapprochement?',
    ]);
  });

  it('repairs the second: byline, running header, three split paragraphs and the dead links', async () => {
    const { source, meta, repairs } = await imported(fixture('seeds/004_468284d11647a011.txt'));
    expect(meta.author).toBe('Justyna Szczudlik');
    expect(source.paragraphs).toHaveLength(5);
    const kinds = repairs.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'running-header')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'split-paragraph')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'dead-link')).toHaveLength(6);
    const text = source.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toContain('PISM SPOTLIGHT');
    expect(text).not.toContain('](#)');
    expect(source.paragraphs[3]?.text).toContain('On the other hand, Russia’s opposition to AUKUS');
    expect(source.paragraphs[4]?.text).toContain('aggression against Ukraine in 2013-2014');
  });
});

describe('importText repairs', () => {
  it('removes page numbers and footers that repeat, and says where', async () => {
    const text = 'A Title\n\nFirst paragraph ends.\n\nPage 1 of 2\n\nAnalysis Weekly\n\nSecond paragraph ends.\n\n2\n\nAnalysis Weekly\n';
    const { source, repairs } = await imported(text);
    expect(source.paragraphs.map((p) => p.text)).toEqual(['First paragraph ends.', 'Second paragraph ends.']);
    expect(repairs.filter((r) => r.kind !== 'title').map((r) => [r.line, r.kind])).toEqual([
      [5, 'page-number'],
      [7, 'running-header'],
      [11, 'page-number'],
      [13, 'running-header'],
    ]);
  });

  it('removes a header line given with --header even inside a paragraph, and joins what it split', async () => {
    const text = 'A Title\n\nThe sentence runs on\nCONFIDENTIAL BRIEF\nacross the page.\n';
    const { source } = await imported(text, { meta: {}, headers: ['CONFIDENTIAL BRIEF'] });
    expect(source.paragraphs.map((p) => p.text)).toEqual(['The sentence runs on\nacross the page.']);
  });

  it('keeps a paragraph that ends a sentence apart from the next', async () => {
    const { source } = await imported('A Title\n\nOne sentence.\n\nAnother one starts here.\n');
    expect(source.paragraphs).toHaveLength(2);
  });

  it('keeps Markdown headings, lists and code as they are', async () => {
    const text = '# Report\n\n## Part\n\n- a point\n- another\n\n```\ncode\n```\n\nText.\n';
    const { source, markdown } = await imported(text);
    expect(markdown).toContain('## Part\n\n- a point\n- another\n\n```\ncode\n```');
    expect(source.paragraphs).toHaveLength(3);
  });

  it('lets the command line set the title and author', async () => {
    const { meta } = await imported('Some Heading\n\nText.\n', { meta: { title: 'The Real Title', author: 'A. Writer' } });
    expect(meta).toEqual({ title: 'The Real Title', author: 'A. Writer' });
  });
});

const HALF = 'The first half of a long sentence in a report, which a page break cut in two';

describe('joining paragraphs only where a page broke', () => {
  it('leaves clean text as it is: the Universal Declaration’s preamble keeps its eight clauses', async () => {
    const text = fixture('import/udhr-preamble.txt');
    const { source, repairs, meta } = await imported(text);
    expect(meta.title).toBe('Universal Declaration of Human Rights');
    expect(repairs.map((r) => r.kind)).toEqual(['title', 'heading']);
    expect(source.paragraphs).toHaveLength(8);
    expect(source.paragraphs.every((p) => p.section === 'Preamble')).toBe(true);
    const clauses = text.split('\n\n').slice(2).map((clause) => clause.trim());
    expect(source.paragraphs.map((p) => p.text)).toEqual(clauses);
  });

  it.each([
    ['a form feed', `Title Line\n\n${HALF}, so the rest of it\n\fRuns on the next page.\n`],
    ['a page number line', `Title Line\n\n${HALF},\n\n12\n\nAnd the rest of it runs on the next page.\n`],
    ['a second half in lower case', `Title Line\n\n${HALF},\n\nwhich the page cut.\n`],
    ['a first half that ends in a bare word', `Title Line\n\n${HALF} after the word\n\nParis and the rest.\n`],
  ])('joins the halves of a sentence on evidence of a page break: %s', async (_, text) => {
    const { source, repairs } = await imported(text);
    expect(source.paragraphs).toHaveLength(1);
    expect(repairs.some((r) => r.kind === 'split-paragraph')).toBe(true);
  });

  it('does not join a clause that ends in a comma to the next when nothing shows a page break', async () => {
    const { source } = await imported('Title Line\n\nThe first clause of the text,\n\nThe second clause of the text.\n');
    expect(source.paragraphs).toHaveLength(2);
  });
});

describe('title, byline and dateline', () => {
  it.each([
    ['Energy in the North\nBy Jane Doe\n\nText.\n', { title: 'Energy in the North', author: 'Jane Doe' }],
    ['Energy in the North\n4 February 2022\n\nText.\n', { title: 'Energy in the North', date: '4 February 2022' }],
    ['Energy in the North\nJane Doe, March 3, 2023\n\nText.\n', { title: 'Energy in the North', author: 'Jane Doe', date: 'March 3, 2023' }],
    ['Energy in the North\n\nJane Doe\n\nPublished 2023-03-03\n\nText.\n', { title: 'Energy in the North', author: 'Jane Doe', date: '2023-03-03' }],
  ])('reads %j', async (text, meta) => {
    const result = await imported(text);
    expect(result.meta).toEqual(meta);
    expect(result.source.paragraphs.map((p) => p.text)).toEqual(['Text.']);
  });

  it('takes the title lines out of the body when --title names the title', async () => {
    const { meta, source } = await imported('Energy in the North\nBy Jane Doe\n\nText.\n', { meta: { title: 'Energy' } });
    expect(meta.title).toBe('Energy');
    expect(source.paragraphs.map((p) => p.text)).toEqual(['Text.']);
  });
});

describe('--no-repair', () => {
  it('imports the text as it is: every block a paragraph, nothing removed, joined or moved', async () => {
    const text = fixture('seeds/004_468284d11647a011.txt');
    const { source, repairs, meta } = await imported(text, { meta: { title: 'As it is' }, repair: false });
    expect(repairs).toEqual([]);
    expect(meta).toEqual({ title: 'As it is' });
    expect(source.paragraphs.map((p) => p.markdown)).toEqual(text.split('\n\n').map((b) => b.trim()).filter(Boolean));
  });
});

describe('the same input gives the same output', () => {
  it('byte for byte', async () => {
    const text = fixture('seeds/004_468284d11647a011.txt');
    expect((await imported(text)).markdown).toBe((await imported(text)).markdown);
  });
});
