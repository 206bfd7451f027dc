import { describe, expect, it } from 'vitest';
import { lexParts, type Lexed } from '../src/markdown/lex.ts';
import { TokenCache } from '../src/markdown/token-cache.ts';
import { firstTooDeepLine, MAX_INLINE_MARKS, MAX_NESTING, tooManyMarks } from '../src/markdown/limits.ts';
import { spanOf } from '../src/diagnostics/diagnose.ts';

const tokensOf = (lexed: Lexed | undefined) => (lexed?.kind === 'lexed' ? lexed.tokens : undefined);
const diagnosticsOf = (lexed: Lexed | undefined) => (lexed?.kind === 'lexed' ? lexed.diagnostics : lexed ? [lexed.diagnostic] : []);

describe('lexParts', () => {
  const large = Array.from({ length: 400 }, (_, i) => `- Bullet ${i} with *emphasis* and [a link](#p${i})`).join('\n');

  it('gives citations tokens of their own', () => {
    const [lexed] = lexParts('slides/01.md', [{ markdown: '- Claim [@a ¶2-3; @b ¶1] and [@bad 4]\n', offset: 0 }]);
    expect(JSON.stringify(tokensOf(lexed))).toContain('"type":"citation","raw":"[@a ¶2-3; @b ¶1]","cited":[{"sourceId":"a","ranges":[{"from":2,"to":3,"label":"¶2-3"}]},{"sourceId":"b","ranges":[{"from":1,"to":1,"label":"¶1"}]}]');
    expect(JSON.stringify(tokensOf(lexed))).not.toContain('"raw":"[@bad 4]"');
  });

  it('gives marked\'s own tokens for Markdown within the limits', async () => {
    const { Marked } = await import('marked');
    const [lexed] = lexParts('slides/big.md', [{ markdown: large, offset: 0 }]);
    expect(diagnosticsOf(lexed)).toEqual([]);
    expect(JSON.stringify(tokensOf(lexed))).toBe(JSON.stringify(new Marked({ gfm: true }).lexer(large)));
  });

  it('lexes Markdown it has lexed before only once: the dev server re-checks unchanged files on every save', () => {
    const edited = `${large}\n- one more bullet`;
    const cache = new TokenCache();
    const [first] = lexParts('slides/a.md', [{ markdown: edited, offset: 0 }], cache);
    const [again] = lexParts('slides/b.md', [{ markdown: edited, offset: 10 }], cache);
    expect(tokensOf(first)).toBeDefined();
    expect(tokensOf(again)).toBe(tokensOf(first));
  });

  it('remembers no failure: Markdown nested too deep is reported where it is, each time', () => {
    const nested = `${'>'.repeat(150)} deep`;
    const cache = new TokenCache();
    const [first] = lexParts('slides/a.md', [{ markdown: nested, offset: 0 }], cache);
    const [again] = lexParts('slides/b.md', [{ markdown: nested, offset: 7 }], cache);
    expect(first).toMatchObject({ kind: 'unparsed', diagnostic: { code: 'BRF108', where: { file: 'slides/a.md', offset: 0 } } });
    expect(again).toMatchObject({ kind: 'unparsed', diagnostic: { code: 'BRF108', where: { file: 'slides/b.md', offset: 7 } } });
  });

  it('keeps text over the emphasis limit as plain text, reports it at its own line, and lexes the rest', () => {
    const marks = 'a_'.repeat(MAX_INLINE_MARKS + 1);
    const markdown = `# Title\n\n*fine* paragraph\n\n- item\n- ${marks}\n\nAfter **bold**\n`;
    const [lexed] = lexParts('slides/01.md', [{ markdown, offset: 100 }]);
    expect(diagnosticsOf(lexed).map((d) => [d.code, spanOf(d)?.offset])).toEqual([['BRF116', 100 + markdown.indexOf(marks)]]);
    const types = (tokensOf(lexed) ?? []).map((t) => t.type);
    expect(types).toEqual(['heading', 'space', 'paragraph', 'space', 'list', 'space', 'paragraph']);
    expect(JSON.stringify(tokensOf(lexed))).toContain('"type":"strong"');
  });

  it('keeps a word of exclamation marks over the limit as plain text and says which marks', () => {
    const word = `${'!'.repeat(MAX_INLINE_MARKS + 1)}?`;
    const markdown = `Alarm ${word}\n\n*after*\n`;
    const [lexed] = lexParts('slides/01.md', [{ markdown, offset: 0 }]);
    const [diagnostic] = diagnosticsOf(lexed);
    expect(diagnostic).toMatchObject({ code: 'BRF116', where: { offset: 0 } });
    expect(diagnostic?.message).toContain('501 exclamation marks (`!`)');
    expect(diagnostic?.hint).toContain('`\\!`');
    expect(JSON.stringify(tokensOf(lexed))).toContain('"type":"em"');
  });

  it('lexes text at the emphasis limit in full', () => {
    const markdown = `${'*a* '.repeat(MAX_INLINE_MARKS / 2)}\n`;
    const [lexed] = lexParts('slides/01.md', [{ markdown, offset: 0 }]);
    expect(diagnosticsOf(lexed)).toEqual([]);
  });
});

describe('markdown limits', () => {
  it.each([
    ['plain words', 'plain words '],
    ['emphasis at the limit', '*a* '.repeat(MAX_INLINE_MARKS / 2)],
    ['escaped emphasis marks', String.raw`\* \_ \~ `.repeat(MAX_INLINE_MARKS)],
    ['escaped exclamation marks', String.raw`\!`.repeat(MAX_INLINE_MARKS + 1)],
    ['exclamation marks at the limit', '!!'.repeat(MAX_INLINE_MARKS / 2)],
    ['images', '![a](b.png) '.repeat(MAX_INLINE_MARKS + 1)],
    ['exclamation marks ending words', 'Wow! '.repeat(MAX_INLINE_MARKS + 1)],
    ['web addresses', 'https://example.org/a http://x.y '.repeat(MAX_INLINE_MARKS)],
    ['http ending words', 'see http '.repeat(MAX_INLINE_MARKS + 1)],
  ])('finds %s within the marks limit', (_name, text) => {
    expect(tooManyMarks(text)).toBeUndefined();
  });

  it.each([
    ['emphasis', '*a* and **b** and ~~c~~ '.repeat(51), 'emphasis', 510],
    ['underscores in words', 'snake_case_name '.repeat(251), 'emphasis', 502],
    ['exclamation marks', `${'!'.repeat(MAX_INLINE_MARKS + 1)}.`, 'exclamation', MAX_INLINE_MARKS + 1],
    ['exclamation marks in words', 'a!b '.repeat(MAX_INLINE_MARKS + 1), 'exclamation', MAX_INLINE_MARKS + 1],
    ['http inside a word', `${'http'.repeat(MAX_INLINE_MARKS + 1)}x`, 'http', MAX_INLINE_MARKS + 1],
    ['HTTPS inside words', 'xHTTPSy '.repeat(MAX_INLINE_MARKS + 1), 'http', MAX_INLINE_MARKS + 1],
  ])('finds %s over the marks limit', (_name, text, marks, count) => {
    expect(tooManyMarks(text)).toEqual({ marks, count });
  });

  const deepList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
  it.each([
    ['blockquotes at the limit', `${'> '.repeat(MAX_NESTING)}text`, undefined],
    ['blockquotes past the limit', `intro\n${'> '.repeat(MAX_NESTING + 1)}text`, 6],
    ['ordered markers on one line', `${'1. '.repeat(MAX_NESTING + 1)}x`, 0],
    ['bullets and quotes mixed', `${'> - '.repeat(MAX_NESTING)}x`, 0],
    ['nested list at the limit', deepList(MAX_NESTING), undefined],
    ['nested list past the limit', deepList(MAX_NESTING + 1), deepList(MAX_NESTING).length + 1],
    ['a thematic break of many dashes', '- '.repeat(200), undefined],
    ['deeply indented code in a fence', `\`\`\`\n${' '.repeat(200)}- key: value\n\`\`\``, undefined],
    ['deeply indented text without markers', `${' '.repeat(200)}words`, undefined],
  ])('%s', (_name, markdown, offset) => {
    expect(firstTooDeepLine(markdown)?.offset).toBe(offset);
  });
});
