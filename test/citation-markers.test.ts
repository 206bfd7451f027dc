import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { check, source, SOURCE_A } from './helpers/project.ts';
import { render } from './helpers/render.ts';

const SOURCES = {
  'assets/sources/a.md': SOURCE_A,
  'assets/sources/b.md': source('The B Report on Things', 'one', 'two', 'three'),
};

/** The deck's slides as a page, for DOM queries. */
async function slides(markdown: string): Promise<Document> {
  const result = check({ 'slides/01.md': markdown, ...SOURCES });
  expect(result.summary.errors).toBe(0);
  const deck = await render(result);
  return new JSDOM(`<div class="slides">${deck.sections.join('\n')}</div>`).window.document;
}

/** Each marker on the first slide (or in its notes) as it reads on screen. */
const markers = (scope: Element | null | undefined) => [...(scope?.querySelectorAll(':scope > :not(aside) .citation-marker') ?? [])].map((m) => m.textContent);

describe('repeated citation markers', () => {
  it.each([
    ['four bullets citing one source name it once', '- One [@a ¶1]\n- Two [@a ¶2]\n- Three [@a ¶2]\n- Four [@a ¶3]\n', ['[Source A ¶1]', '[¶2]', '[¶2]', '[¶3]']],
    ['another source in between is named, and so is the first one again', '- One [@a ¶1]\n- Two [@b ¶1]\n- Three [@a ¶2]\n', ['[Source A ¶1]', '[The B Report… ¶1]', '[Source A ¶2]']],
    ['a bullet without a citation keeps the run', '- One [@a ¶1]\n- Plain words\n- Three [@a ¶2]\n', ['[Source A ¶1]', '[¶2]']],
    // As CSL's ibid: only a citation of one source, after a citation of that source alone, is shortened.
    ['after a marker of two sources, each is named again', '- One [@a ¶1; @b ¶1]\n- Two [@b ¶2]\n- Three [@b ¶3]\n', ['[Source A ¶1; The B Report… ¶1]', '[The B Report… ¶2]', '[¶3]']],
    ['a marker of two sources names both', '- One [@a ¶1]\n- Two [@a ¶2; @b ¶1]\n', ['[Source A ¶1]', '[Source A ¶2; The B Report… ¶1]']],
    ['two references to one source in one marker', '- One [@b ¶1; @b ¶3]\n', ['[The B Report… ¶1; ¶3]']],
    ['the briefer\'s own voice in between names the source again', '- One [@a ¶1]\n- Ours [!assessment]\n- Three [@a ¶2]\n', ['[Source A ¶1]', '[Source A ¶2]']],
    ['in a table, row after row', '| a | b |\n| --- | --- |\n| x [@a ¶1] | y [@a ¶2] |\n| z [@a ¶3] | w |\n', ['[Source A ¶1]', '[¶2]', '[¶3]']],
  ])('%s', async (_, bullets, expected) => {
    const page = await slides(`# T\n\n${bullets}`);
    expect(markers(page.querySelector('section'))).toEqual(expected);
  });

  it('starts again on each slide and in the notes', async () => {
    const page = await slides('# One\n\n- Claim [@a ¶1]\n\nNote:\nSay [@a ¶2] and [@a ¶3].\n\n---\n\n# Two\n\n- Claim [@a ¶2]\n');
    const [first, second] = [...page.querySelectorAll('section')];
    expect(markers(second)).toEqual(['[Source A ¶2]']);
    expect([...(first?.querySelectorAll('aside.notes .citation-marker') ?? [])].map((m) => m.textContent)).toEqual(['[Source A ¶2]', '[¶3]']);
  });

  it('keeps each shortened marker a link to its paragraph that names its source to a screen reader and on hover, and its footnote', async () => {
    const page = await slides('# T\n\n- One [@a ¶1]\n- Two [@a ¶2-3]\n- Three [@a ¶1, ¶3]\n');
    const links = [...page.querySelectorAll('section a.citation')].map((a) => ({
      text: a.textContent,
      href: a.getAttribute('href'),
      paragraphs: a.getAttribute('data-paragraphs'),
      label: a.getAttribute('aria-label'),
      title: a.getAttribute('title'),
      repeated: a.classList.contains('citation-repeated'),
    }));
    expect(links).toEqual([
      { text: 'Source A ¶1', href: '#a-p1', paragraphs: '1', label: 'Source A ¶1: paragraph 1', title: 'Source A, ¶1', repeated: false },
      { text: '¶2-3', href: '#a-p2', paragraphs: '2 3', label: '¶2-3: Source A, paragraphs 2 to 3', title: 'Source A, ¶2-3', repeated: true },
      { text: '¶1, ¶3', href: '#a-p1', paragraphs: '1 3', label: '¶1, ¶3: Source A, paragraphs 1 and 3', title: 'Source A, ¶1, ¶3', repeated: true },
    ]);
    // In print every marker carries its footnote's number, and the footnote names the source in full.
    expect([...page.querySelectorAll('section .citation-marker')].map((m) => m.getAttribute('data-footnote'))).toEqual(['1', '2', '3']);
    expect([...page.querySelectorAll('section .print-footnotes li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Source A, ¶1\b/),
      'Source A, ¶2-3',
      expect.stringMatching(/^Source A, ¶1, ¶3\b/),
    ]);
  });
});
