import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { TokenCache } from '../src/markdown/token-cache.ts';
import { RenderCache } from '../src/render/render-cache.ts';
import { renderDeck, type RenderSession } from '../src/render/render-deck.ts';
import { check, source, SOURCE_A, textFiles } from './helpers/project.ts';
import { sanitizer } from './helpers/render.ts';

async function render(slides: string, sources: Record<string, string> = { 'assets/sources/a.md': SOURCE_A }) {
  const result = check({ 'slides/01.md': slides, ...sources });
  expect(result.summary.errors).toBe(0);
  const deck = await renderDeck(result, { sanitizer });
  const page = new JSDOM(`<div class="slides">${deck.sections.join('\n')}</div>${deck.reader}`).window.document;
  return { deck, page };
}

describe('renderDeck: slides', () => {
  it('renders a citation as a compact marker linking to the paragraph in the reader', async () => {
    const { page } = await render('# T\n\n- Claim [@a ¶2-3; @b ¶1]\n', { 'assets/sources/a.md': SOURCE_A, 'assets/sources/b.md': source('The B Report on Things', 'one') });
    const links = [...page.querySelectorAll('section a.citation')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('data-paragraphs')])).toEqual([
      ['Source A ¶2-3', '#a-p2', '2 3'],
      ['The B Report… ¶1', '#b-p1', '1'],
    ]);
    expect(page.querySelector('.citation-marker')?.textContent).toBe('[Source A ¶2-3; The B Report… ¶1]');
  });

  it('uses the source\'s short label', async () => {
    const { page } = await render('# T\n\n- Claim [@a ¶1]\n', { 'assets/sources/a.md': '---\ntitle: Long Title\nshort: PISM\n---\n\ntext\n' });
    expect(page.querySelector('a.citation')?.textContent).toBe('PISM ¶1');
  });

  it('puts speaker notes in an aside, sanitized', async () => {
    const { page } = await render('# T\n\n- Claim [@a ¶1]\n\nNote:\nSay it <img src=x onerror="alert(1)"> <script>alert(2)</script> [x](javascript:alert(3)) [@a ¶2]\n');
    const notes = page.querySelector('section aside.notes');
    expect(notes?.textContent).toContain('Say it');
    expect(notes?.querySelector('script')).toBeNull();
    expect(notes?.querySelector('[onerror]')).toBeNull();
    expect(notes?.querySelector('a[href^="javascript"]')).toBeNull();
    expect(notes?.querySelector('a.citation')?.getAttribute('href')).toBe('#a-p2');
  });

  it('keeps citation markers in slides that DOMPurify sanitizes, as text where markup cannot go', async () => {
    const { page } = await render('# T\n\n- Claim <b>bold</b> [@a ¶2] ![Chart [@a ¶1]](chart.png)\n- Not a marker: citation0123456789abcdefx0x\n');
    const item = page.querySelector('section li');
    expect(item?.querySelector('b')?.textContent).toBe('bold');
    expect(item?.querySelector('a.citation')?.getAttribute('href')).toBe('#a-p2');
    expect(item?.querySelector('img')?.getAttribute('alt')).toBe('Chart [Source A ¶1]');
    expect(page.querySelectorAll('section .citation-marker')).toHaveLength(1);
    expect(page.querySelectorAll('section li')[1]?.textContent).toBe('Not a marker: citation0123456789abcdefx0x');
  });

  it('drops HTML comments from slides and notes, inert or not', async () => {
    const { deck } = await render('<!-- .slide: data-timing="60" -->\n# T\n\n<!-- private: check with the desk -->\n\n- Claim [@a ¶1] <!-- inline aside -->\n\nNote:\nSay it. <!-- notes aside --> <b>now</b>\n');
    expect(deck.sections.join('')).not.toMatch(/<!--|aside -->|check with the desk/);
  });

  it('keeps slide attributes reveal uses and drops those that could run or fetch something', async () => {
    const { page } = await render('<!-- .slide: data-timing="60" class="x" data-background-iframe="https://evil" data-background-image="javascript:alert(1)" -->\n# T\n\n- Claim [@a ¶1]\n');
    const section = page.querySelector('section');
    expect(section?.getAttribute('data-timing')).toBe('60');
    expect(section?.classList.contains('x')).toBe(true);
    expect(section?.hasAttribute('data-background-iframe')).toBe(false);
    expect(section?.hasAttribute('data-background-image')).toBe(false);
  });

  it('stacks vertical slides in one outer section', async () => {
    const { page } = await render('# A\n\n- Claim [@a ¶1]\n\n--\n\n# B\n\n- Claim [@a ¶2]\n');
    const top = [...page.querySelectorAll('.slides > section')];
    expect(top[0]?.querySelectorAll(':scope > section')).toHaveLength(2);
  });

  it('adds a sources slide listing each source and how many of its paragraphs are cited', async () => {
    const { page } = await render('# T\n\n- Claim [@a ¶1-2]\n');
    const last = [...page.querySelectorAll('.slides > section')].pop();
    expect(last?.querySelector('h2')?.textContent).toBe('Sources');
    expect(last?.querySelector('.source-cited')?.textContent).toContain('2 of 4 paragraphs cited');
  });

  it('fills a slide marked data-sources instead of adding one', async () => {
    const { page } = await render('# T\n\n- Claim [@a ¶1]\n\n---\n\n<!-- .slide: data-sources -->\n## Our sources\n');
    const sections = [...page.querySelectorAll('.slides > section')];
    expect(sections).toHaveLength(2);
    expect(sections[1]?.querySelector('.sources-list cite')?.textContent).toBe('Source A');
  });
});

describe('renderDeck: source reader', () => {
  it('numbers and anchors every paragraph, with back-links to the citing slides', async () => {
    const { page } = await render('# T\n\n- Claim [@a ¶2]\n\n---\n\n# U\n\n- Claim [@a ¶2]\n');
    const paragraphs = [...page.querySelectorAll('#source-a .source-paragraph')];
    expect(paragraphs.map((p) => [p.id, p.querySelector('.paragraph-number')?.textContent])).toEqual([
      ['a-p1', '¶1'],
      ['a-p2', '¶2'],
      ['a-p3', '¶3'],
      ['a-p4', '¶4'],
    ]);
    const backLinks = [...page.querySelectorAll('#a-p2 .back-links a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(backLinks).toEqual([
      ['slide 1', '#/0/0'],
      ['slide 2', '#/1/0'],
    ]);
    expect(page.querySelector('#a-p1 .back-links')).toBeNull();
  });

  it('marks a verified quotation inside its paragraph', async () => {
    const { page } = await render('# T\n\n- He said "outdated Cold War mentality" [@a ¶1]\n');
    expect(page.querySelector('#a-p1 mark.quoted')?.textContent).toBe('outdated Cold War mentality');
  });

  it('shows HTML in a source as text and never as markup', async () => {
    const { page } = await render('# T\n\n- Claim [@x ¶1]\n', { 'assets/sources/x.md': '---\ntitle: X\n---\n\n<script>alert(1)</script> <img src=x onerror=alert(2)>\n' });
    const text = page.querySelector('#x-p1 .paragraph-text');
    expect(text?.textContent).toBe('<script>alert(1)</script> <img src=x onerror=alert(2)>');
    expect(text?.children).toHaveLength(0);
  });
});

describe('renderDeck: remembered renders', () => {
  /** A dev server's session: the tokens and renders of earlier saves. */
  function session() {
    const tokens = new TokenCache();
    const renders: RenderSession = { sanitizer, renders: new RenderCache() };
    return async (files: Record<string, string>) => {
      const result = checkProject({ slideFiles: textFiles(files, 'slides'), sourceFiles: textFiles(files, 'assets/sources'), tokenCache: tokens });
      return { result, deck: await renderDeck(result, renders) };
    };
  }

  it('renders only the slides whose Markdown changed, from the tokens the check kept', async () => {
    const save = session();
    const files = { 'slides/01.md': '# One\n\n- Claim [@a ¶1]\n\n---\n\n# Two\n\n- Claim [@a ¶2]\n', 'assets/sources/a.md': SOURCE_A };
    const first = await save(files);
    const edited = await save({ ...files, 'slides/01.md': files['slides/01.md'].replace('# Two', '# Two, edited') });
    expect(edited.result.deck.slides[0]?.body.tokens).toBe(first.result.deck.slides[0]?.body.tokens);
    expect(edited.deck.sections[0]).toBe(first.deck.sections[0]);
    expect(edited.deck.sections[1]).toContain('Two, edited');
  });

  it('renders a slide again when a cited source is renamed, though its Markdown did not change', async () => {
    const save = session();
    const slide = { 'slides/01.md': '# T\n\n- Claim [@a ¶1]\n' };
    const first = await save({ ...slide, 'assets/sources/a.md': '---\ntitle: Long Title\nshort: PISM\n---\n\ntext\n' });
    expect(first.deck.sections[0]).toContain('PISM ¶1');
    const renamed = await save({ ...slide, 'assets/sources/a.md': '---\ntitle: Long Title\nshort: CFR\n---\n\ntext\n' });
    expect(renamed.deck.sections[0]).toContain('CFR ¶1');
  });
});
