import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationPattern } from '../src/markdown/citation-syntax.ts';
import { formatScriptHtml, formatScriptMarkdown } from '../src/rehearsal/format-script.ts';
import { rehearsalScript } from '../src/rehearsal/script.ts';
import { formatDuration, MIN_DERIVED_SECONDS, slideTimings, speakingSeconds, spokenWords } from '../src/pacing/timing.ts';
import { check, FAITHFULNESS, SOURCE_A } from './helpers/project.ts';
import { sanitizer } from './helpers/render.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('timing arithmetic', () => {
  it.each([
    ['Plain words here.', 3],
    ['Says *this* and **that** [@a ¶1].', 4],
    ['- a listed point\n- another', 4],
    ['A citation [@a ¶1; @b ¶2-3] is not spoken, nor is — a dash.', 9],
  ])('counts the spoken words of %j as %i', (markdown, expected) => {
    expect(spokenWords(markdown)).toBe(expected);
  });

  it('counts a word wherever white space separates words with a letter or digit in them (fast-check)', () => {
    const pieces = ['word', 'Ünïcode', '2026', ' ', '\n', '\t', '  ', '—', '-', '...', '[@a ¶1]', '[@a', ']', '*', '漢字', '𝐀', '😀', '\u00a0', '\u2003', "'", '’'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const written = text.replace(citationPattern(), ' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
        expect(spokenWords(text)).toBe(written.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('times speech at the given pace', () => {
    expect(speakingSeconds(130, 130)).toBe(60);
    expect(speakingSeconds(65, 130)).toBe(30);
    expect(speakingSeconds(100, 200)).toBe(30);
  });

  it.each([
    [0, '0:00'],
    [65, '1:05'],
    [900, '15:00'],
    [-5, '-0:05'],
  ])('formats %i seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('takes data-timing where set, derives a target from the notes elsewhere, and adds them up', () => {
    const { deck } = check({
      'slides/01.md': [
        '<!-- .slide: data-timing="40" -->\n# A\n\n- x [@a ¶1]\n\nNote:\n' + words(10),
        '# B\n\n- x [@a ¶1]\n\nNote:\n' + words(260),
        '# C\n\n- x [@a ¶1]\n',
      ].join('\n\n---\n\n'),
      'assets/sources/a.md': SOURCE_A,
    });
    const timings = slideTimings(deck, 130);
    expect(timings.map((t) => [t.explicit, t.target, t.notesWords, t.notesSeconds, t.cumulative])).toEqual([
      [40, 40, 10, 5, 40],
      [undefined, 120, 260, 120, 160],
      [undefined, MIN_DERIVED_SECONDS, 0, 0, 160 + MIN_DERIVED_SECONDS],
    ]);
  });
});

describe('timing rules in brief check', () => {
  const deck = (slides: string, frontMatter = 'duration: 1') => ({
    'slides/01.md': `---\n${frontMatter}\n---\n\n${slides}`,
    'assets/sources/a.md': SOURCE_A,
  });
  const codes = (files: Record<string, string>) => check(files, FAITHFULNESS).located;

  it.each([
    ['notes that fit their target', '<!-- .slide: data-timing="30" -->\n# A\n\n- x [@a ¶1]\n\nNote:\n' + words(60), []],
    ['notes too long for their target', '<!-- .slide: data-timing="10" -->\n# A\n\n- x [@a ¶1]\n\nNote:\n' + words(60), ['slides/01.md:10:6 BRF113']],
    ['targets over the duration', '<!-- .slide: data-timing="50" -->\n# A\n\n- x [@a ¶1]\n\nNote:\nok\n\n---\n\n<!-- .slide: data-timing="20" -->\n# B\n\n- y [@a ¶2]\n\nNote:\nok', ['slides/01.md:1:1 BRF114']],
    ['a content slide with no notes', '<!-- .slide: data-timing="30" -->\n# A\n\n- x [@a ¶1]\n', ['slides/01.md:6:1 BRF115']],
    ['a title slide with no notes', '<!-- .slide: data-citations="none" data-timing="10" -->\n# Title\n\nBy me\n', []],
  ])('%s', (_, slides, expected) => {
    expect(codes(deck(slides))).toEqual(expected);
  });

  it('uses the pace from the deck front matter', () => {
    const slide = '<!-- .slide: data-timing="20" -->\n# A\n\n- x [@a ¶1]\n\nNote:\n' + words(60);
    expect(codes(deck(slide, 'duration: 1'))).toEqual(['slides/01.md:10:6 BRF113']);
    expect(codes(deck(slide, 'duration: 1\nwpm: 200'))).toEqual([]);
  });
});

describe('the rehearsal script', () => {
  const result = check({
    'slides/01.md': '---\ntitle: Deck <b>\nduration: 2\n---\n\n<!-- .slide: data-timing="30" -->\n# First\n\n- x [@a ¶1]\n\nNote:\nSay *this* as [@a ¶2]. <script>alert(1)</script>\n\n---\n\n# Second\n\n- y [@a ¶3]\n',
    'assets/sources/a.md': '---\ntitle: Long Title\nshort: SRC\n---\n\none\n\ntwo\n\nthree\n',
  });
  const script = rehearsalScript(result, 130);

  it('gives each slide its title, target, cumulative time, notes time and notes with short references', () => {
    expect(script.entries.map((e) => [e.number, e.title, e.target, e.targetFromNotes, e.cumulative, e.notesWords])).toEqual([
      [1, 'First', 30, false, 30, 4],
      [2, 'Second', MIN_DERIVED_SECONDS, true, 30 + MIN_DERIVED_SECONDS, 0],
    ]);
    expect(script.entries[0]?.notes).toContain('Say *this* as [SRC ¶2].');
  });

  it('prints as Markdown', () => {
    const md = formatScriptMarkdown(script);
    expect(md).toContain('# Rehearsal script: Deck <b>');
    expect(md).toContain('## 1. First\n\n*Target 0:30 · ends at 0:30 · notes 4 words, about 0:02 to say*');
    expect(md).toContain('## 2. Second\n\n*Target 0:15 (from the notes) · ends at 0:45');
    expect(md).toContain('_(no notes)_');
  });

  it('prints as a standalone HTML page with titles escaped and notes sanitized', async () => {
    const { JSDOM } = await import('jsdom');
    const page = new JSDOM(await formatScriptHtml(script, sanitizer)).window.document;
    expect(page.querySelector('h1')?.textContent).toBe('Rehearsal script: Deck <b>');
    expect(page.querySelectorAll('section')).toHaveLength(2);
    expect(page.querySelector('section .notes em')?.textContent).toBe('this');
    expect(page.querySelector('script')).toBeNull();
  });
});
