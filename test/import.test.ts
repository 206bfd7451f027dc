import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/import/import-text.ts';
import { parseSource } from '../src/sources/parse-source.ts';

const SEEDS = new URL('./fixture/seeds/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, SEEDS), 'utf8');

function imported(text: string, options: Parameters<typeof importText>[1] = { meta: {} }) {
  const result = importText(text, options);
  const parsed = parseSource({ path: 'assets/sources/x.md', text: result.markdown });
  return { ...result, source: parsed.source, diagnostics: parsed.diagnostics };
}

describe('brief import on the seed analyses', () => {
  it('finds the three paragraphs, three headings and the title of the first', () => {
    const { source, meta, diagnostics } = imported(seed('000_05be32e38e33c0c9.txt'));
    expect(diagnostics).toEqual([]);
    expect(meta.title).toBe('China Sides with Russia over Looming Conflict in Ukraine');
    expect(source?.paragraphs.map((p) => p.section)).toEqual([
      'Beijing criticizes NATO, backs Russia . . .',
      'Potential implications for China . . .',
      'A new China-Russia rapprochement?',
    ]);
  });

  it('repairs the second: byline, running header, three split paragraphs and the dead links', () => {
    const { source, meta, repairs } = imported(seed('004_468284d11647a011.txt'));
    expect(meta.author).toBe('Justyna Szczudlik');
    expect(source?.paragraphs).toHaveLength(5);
    const kinds = repairs.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'running-header')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'split-paragraph')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'dead-link')).toHaveLength(6);
    const text = source?.paragraphs.map((p) => p.text).join('\n') ?? '';
    expect(text).not.toContain('PISM SPOTLIGHT');
    expect(text).not.toContain('](#)');
    expect(source?.paragraphs[3]?.text).toContain('On the other hand, Russia’s opposition to AUKUS');
    expect(source?.paragraphs[4]?.text).toContain('aggression against Ukraine in 2013-2014');
  });
});

describe('importText repairs', () => {
  it('removes page numbers and footers that repeat, and says where', () => {
    const text = 'A Title\n\nFirst paragraph ends.\n\nPage 1 of 2\n\nAnalysis Weekly\n\nSecond paragraph ends.\n\n2\n\nAnalysis Weekly\n';
    const { source, repairs } = imported(text);
    expect(source?.paragraphs.map((p) => p.text)).toEqual(['First paragraph ends.', 'Second paragraph ends.']);
    expect(repairs.filter((r) => r.kind !== 'title').map((r) => [r.line, r.kind])).toEqual([
      [5, 'page-number'],
      [7, 'running-header'],
      [11, 'page-number'],
      [13, 'running-header'],
    ]);
  });

  it('removes a header line given with --header even inside a paragraph, and joins what it split', () => {
    const text = 'A Title\n\nThe sentence runs on\nCONFIDENTIAL BRIEF\nacross the page.\n';
    const { source } = imported(text, { meta: {}, headers: ['CONFIDENTIAL BRIEF'] });
    expect(source?.paragraphs.map((p) => p.text)).toEqual(['The sentence runs on\nacross the page.']);
  });

  it('keeps a paragraph that ends a sentence apart from the next', () => {
    const { source } = imported('A Title\n\nOne sentence.\n\nAnother one starts here.\n');
    expect(source?.paragraphs).toHaveLength(2);
  });

  it('keeps Markdown headings, lists and code as they are', () => {
    const text = '# Report\n\n## Part\n\n- a point\n- another\n\n```\ncode\n```\n\nText.\n';
    const { source, markdown } = imported(text);
    expect(markdown).toContain('## Part\n\n- a point\n- another\n\n```\ncode\n```');
    expect(source?.paragraphs).toHaveLength(3);
  });

  it('lets the command line set the title and author', () => {
    const { meta } = imported('Some Heading\n\nText.\n', { meta: { title: 'The Real Title', author: 'A. Writer' } });
    expect(meta).toEqual({ title: 'The Real Title', author: 'A. Writer' });
  });
});
