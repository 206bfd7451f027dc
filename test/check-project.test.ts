import { describe, expect, it } from 'vitest';
import { check, SOURCE_A, source } from './helpers/project.ts';

const deck = (body: string) => ({ 'slides/01.md': body, 'assets/sources/a.md': SOURCE_A });

describe('checkProject: diagnostics at the citation or quotation at fault', () => {
  it.each([
    ['a valid deck', '# T\n\n- Claim [@a ¶1]\n', []],
    ['an unknown source, with the nearest id', '# T\n\n- Claim [@b ¶1]\n', ['slides/01.md:3:11 BRF101']],
    ['a paragraph out of range', '# T\n\n- Claim [@a ¶1, ¶9]\n', ['slides/01.md:3:17 BRF102']],
    ['a paragraph 0', '# T\n\n- Claim [@a ¶0]\n', ['slides/01.md:3:13 BRF102']],
    ['a malformed citation', '# T\n\nClaim [@a p4]\n', ['slides/01.md:3:7 BRF103']],
    ['a quotation found', '# T\n\n- He said “NATO should abandon” [@a ¶1]\n', []],
    ['a quotation not found', '# T\n\n- He said "NATO must abandon" [@a ¶1]\n', ['slides/01.md:3:11 BRF104']],
    ['a quotation in another cited paragraph', '# T\n\n- "expanding military blocs" [@a ¶1-2]\n', []],
    ['an unattributed quotation', '# T\n\n- A "Cold War mentality" [@a ¶1]\n- Another "one"\n', ['slides/01.md:4:11 BRF105']],
    ['a quotation in a table cell', '# T\n\n| who | said |\n|---|---|\n| Zhao | "outdated Cold War mentality" [@a ¶1] |\n', []],
    ['a wrong quotation in a table cell', '# T\n\n| who | said |\n|---|---|\n| Zhao | "new Cold War" [@a ¶1] |\n', ['slides/01.md:5:10 BRF104']],
    ['a blockquote quoted whole', '# T\n\n> NATO should abandon the outdated Cold War mentality\n> — Zhao Lijian [@a ¶1]\n', []],
    ['a blockquote that is not in the source', '# T\n\n> NATO should join the alliance\n> [@a ¶1]\n', ['slides/01.md:3:1 BRF104']],
    ['a citation in speaker notes', '# T\n\n- Claim [@a ¶1]\n\nNote:\nAs "second paragraph says" [@a ¶2].\n', []],
    ['a wrong quotation in speaker notes', '# T\n\n- Claim [@a ¶1]\n\nNote:\nAs "the third paragraph says" [@a ¶2].\n', ['slides/01.md:6:4 BRF104']],
    ['a content slide without citation', '# T\n\nText.\n', ['slides/01.md:1:1 BRF106']],
    ['a title slide that opts out', '<!-- .slide: data-citations="none" -->\n\n# T\n\nBy me.\n', []],
    ['a divider slide: a heading alone', '# Part two\n', []],
    ['an empty slide', '# T\n\n- Claim [@a ¶1]\n\n---\n\n---\n\n# U\n', ['slides/01.md:7:1 BRF107']],
    ['a bad data-timing', '<!-- .slide: data-timing="soon" -->\n# T\n\n- Claim [@a ¶1]\n', ['slides/01.md:1:14 BRF112']],
    ['nesting marked cannot parse', `# T\n\n${'>'.repeat(5000)} deep [@a ¶1]\n`, ['slides/01.md:3:1 BRF108']],
  ])('%s', (_, slides, expected) => {
    expect(check(deck(slides)).located).toEqual(expected);
  });

  it('hints where an exact quotation does occur, and the closest passage in the cited one', () => {
    const diagnostic = check(deck('# T\n\n- "regional security cannot be guaranteed" [@a ¶1]\n')).diagnostics.find((d) => d.code === 'BRF104');
    expect(diagnostic?.code).toBe('BRF104');
    expect(diagnostic?.hint).toContain('`a ¶2`');
    expect(check(deck('# T\n\n- "NATO must abandon" [@a ¶1]\n')).diagnostics.find((d) => d.code === 'BRF104')?.hint).toContain('`NATO should abandon`');
  });

  it('suggests the nearest source id', () => {
    expect(check(deck('# T\n\n- Claim [@aa ¶1]\n')).diagnostics.find((d) => d.code === 'BRF101')?.hint).toBe('Did you mean `a`?');
  });

  it('takes deck settings from the first file and warns about front matter in later ones', () => {
    const result = check({
      'slides/01.md': '---\ntitle: Deck\nduration: 15\n---\n\n# T\n\n- Claim [@a ¶1]\n',
      'slides/02.md': '---\ntitle: Other\n---\n\n# U\n\n- Claim [@a ¶2]\n',
      'assets/sources/a.md': SOURCE_A,
    });
    expect(result.deck.settings).toEqual({ title: 'Deck', duration: 15 });
    expect(result.located).toEqual(['slides/02.md:1:1 BRF111']);
    expect(result.deck.slides.map((s) => [s.file, s.number, s.title])).toEqual([
      ['slides/01.md', 1, 'T'],
      ['slides/02.md', 2, 'U'],
    ]);
  });

  it('reports a duration that is not a number of minutes', () => {
    expect(check({ 'slides/01.md': '---\nduration: soon\n---\n\n# T\n', 'assets/sources/a.md': SOURCE_A }).located).toEqual(['slides/01.md:2:1 BRF109']);
  });

  it('reports sources with the same id or the same text', () => {
    const result = check({
      'slides/01.md': '# T\n',
      'assets/sources/a.md': SOURCE_A,
      'assets/sources/a.markdown': SOURCE_A,
      'assets/sources/b.md': SOURCE_A,
    });
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['BRF206', 'BRF207']);
  });

  it('counts slides, citations, sources and paragraphs for the summary', () => {
    const result = check({
      'slides/01.md': '# T\n\n- "NATO should abandon" [@a ¶1]\n- More [@a ¶1-2; @b ¶1]\n\nNote:\nSay it.\n\n---\n\n# U\n\nNote:\nsee [@a ¶4]\n',
      'assets/sources/a.md': SOURCE_A,
      'assets/sources/b.md': source('B', 'one', 'two'),
    });
    expect(result.summary).toEqual({
      slides: 2,
      citations: 3,
      sources: 2,
      sourcesCited: 2,
      paragraphs: 6,
      paragraphsCited: 4,
      quotationsVerified: 1,
      briefersVoice: 0,
      errors: 0,
      warnings: 0,
      accepted: 0,
    });
  });
});
