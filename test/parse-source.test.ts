import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/sources/parse-source.ts';
import { SOURCE_A } from './helpers/project.ts';

describe('parseSource', () => {
  it('numbers every block but headings, in order, and keeps the section title', () => {
    const { source, diagnostics } = parseSource({ path: 'assets/sources/a.md', text: SOURCE_A });
    expect(diagnostics).toEqual([]);
    expect(source?.meta).toEqual({ title: 'Source A' });
    expect(source?.paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
      [1, 'First section', 'Zhao Lijian said that “NATO should abandon the outdated Cold War mentality” — and more.'],
      [2, 'First section', 'The second paragraph says regional security cannot be guaranteed by expanding military blocs.'],
      [3, 'First section', 'a listed point\nanother point'],
      [4, 'First section', 'a quoted passage in the source'],
    ]);
  });

  it('points each paragraph at its Markdown in the file', () => {
    const { source } = parseSource({ path: 'assets/sources/a.md', text: SOURCE_A });
    for (const p of source?.paragraphs ?? []) expect(SOURCE_A.slice(p.span.offset, p.span.offset + p.span.length)).toBe(p.markdown);
  });

  it('hashes the normalised text, so re-wrapping a paragraph keeps its hash and editing it does not', () => {
    const hashOf = (body: string) => parseSource({ path: 'assets/sources/a.md', text: `---\ntitle: T\n---\n${body}` }).source?.paragraphs[0]?.hash;
    expect(hashOf('one two\nthree')).toBe(hashOf('one   two three'));
    expect(hashOf('one two three')).not.toBe(hashOf('one two four'));
    expect(hashOf('x')).toMatch(/^[0-9a-f]{10}$/);
  });

  it('shows HTML in a source as text: its paragraph text keeps the tags', () => {
    const { source } = parseSource({ path: 'assets/sources/a.md', text: '---\ntitle: T\n---\n<script>alert(1)</script>\n\nA &amp; B' });
    expect(source?.paragraphs.map((p) => p.text)).toEqual(['<script>alert(1)</script>', 'A & B']);
  });

  it.each([
    ['no front matter', 'Just text.', 'BRF201'],
    ['bad YAML', '---\ntitle: [unclosed\n---\ntext', 'BRF202'],
    ['no title', '---\nauthor: X\n---\ntext', 'BRF203'],
    ['a title that is a list', '---\ntitle: [a, b]\n---\ntext', 'BRF204'],
    ['an unknown key', '---\ntitle: T\nautor: X\n---\ntext', 'BRF110'],
    ['no paragraphs', '---\ntitle: T\n---\n## Only a heading\n', 'BRF208'],
  ])('reports %s', (_, text, code) => {
    const { diagnostics } = parseSource({ path: 'assets/sources/a.md', text });
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
  });
});
