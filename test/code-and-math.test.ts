import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markdown } from '../src/markdown/front-end.ts';
import { maskMath, MAX_INLINE_MATH, type MathToken } from '../src/markdown/math-syntax.ts';
import { tokensToPlainText } from '../src/markdown/plain-text.ts';
import { walkTokens } from '../src/markdown/front-end.ts';
import { renderParts } from '../src/render/render-parts.ts';
import { check, SOURCE_A } from './helpers/project.ts';
import { sanitizer } from './helpers/render.ts';

const formulasOf = (text: string) => {
  const found: string[] = [];
  walkTokens(markdown.lexer(text), (token) => {
    if (token.type === 'math') found.push(`${(token as MathToken).display ? 'display' : 'inline'}:${(token as MathToken).tex}`);
  });
  return found;
};

/** A part rendered as the deck renders it (sanitized when not inert, formulas in place), as a DOM fragment. */
async function rendered(text: string): Promise<DocumentFragment> {
  const [part] = await renderParts([markdown.lexer(text)], { sources: new Map(), mediaPaths: new Map(), citations: 'markers' }, sanitizer);
  return JSDOM.fragment(part?.html ?? '');
}

describe('math syntax (the Pandoc rule)', () => {
  it.each([
    ['Euler: $e^{i\\pi} + 1 = 0$.', ['inline:e^{i\\pi} + 1 = 0']],
    ['$x$ and $y_1$', ['inline:x', 'inline:y_1']],
    ['Cost $5 billion, up from $3 billion.', []],
    ['from $5 to $10', []],
    ['US$5-$10 a day', []],
    ['$20,000 and $30,000', []],
    ['a $ b $ c', []],
    ['$x $ and y', []],
    ['$x $ and $ x$', ['inline:x $ and $ x']],
    ['price \\$5 and $x$', ['inline:x']],
    ['`$x$` is code', []],
    ['$\\$5$ in TeX', ['inline:\\$5']],
    ['$$\nE = mc^2\n$$', ['display:E = mc^2']],
    ['$$E = mc^2$$', ['display:E = mc^2']],
    ['Then $$\\int_0^1 f$$ inline', ['display:\\int_0^1 f']],
    ['Text\n$$\na \\\\ b\n$$', ['display:a \\\\ b']],
    ['$$\na\n\nb\n$$', []],
    ['$$ $$', []],
    [`$${'x'.repeat(MAX_INLINE_MATH + 1)}$`, []],
  ])('%j has the formulas %j', (text, expected) => {
    expect(formulasOf(text)).toEqual(expected);
  });

  it('keeps `*` and `_` inside a formula from pairing with emphasis outside it', () => {
    expect(formulasOf('*a $b*c$ d*')).toEqual(['inline:b*c']);
    expect(JSON.stringify(markdown.lexer('*a $b*c$ d*'))).toContain('"type":"em"');
    expect(maskMath('a $b*c$ d $$x_1$$')).toBe('a $+++$ d $$+++$$');
    expect(maskMath('$5 and $6')).toBe('$5 and $6');
  });

  it('is its source text to the check: plain text and quotations see what was written', () => {
    expect(tokensToPlainText(markdown.lexer('Growth of $x^2$ in $$y$$'))).toBe('Growth of $x^2$ in $$y$$\n');
  });
});

describe('math, code and task lists on a slide', () => {
  it('typesets math with KaTeX, HTML and MathML, whether or not the part goes through DOMPurify', async () => {
    for (const text of ['Inline $x^2$ and\n\n$$\n\\frac{a}{b}\n$$', '[A link](https://example.org) beside $x^2$ and $$\\frac{a}{b}$$']) {
      const html = await rendered(text);
      expect(html.querySelectorAll('.katex').length, text).toBe(2);
      expect(html.querySelector('.katex-display')).not.toBeNull();
      expect(html.querySelector('.katex math annotation')?.textContent).toBe('x^2');
      // KaTeX positions glyphs with inline styles: DOMPurify would have removed them.
      expect(html.querySelector('.katex-html [style]')).not.toBeNull();
      expect(html.textContent).not.toContain('$');
    }
  });

  it('shows a formula KaTeX cannot read as written, marked as an error, and runs nothing from TeX', async () => {
    const html = await rendered('Bad $\\frac{a$ and $\\href{javascript:alert(1)}{x}$ and $\\htmlClass{x}{y}$');
    expect(html.querySelectorAll('.katex-error').length).toBeGreaterThan(0);
    expect(html.querySelector('a')).toBeNull();
    expect(html.querySelector('[href]')).toBeNull();
  });

  it('never lets a hand-written placeholder bring in anything but the part\'s own formulas', async () => {
    const html = await rendered('<span data-math="0"></span><span data-math="7"></span> and $x$ <img src=x onerror=alert(1)>');
    expect(html.querySelectorAll('.katex').length).toBe(2);
    expect(html.querySelector('[onerror]')).toBeNull();
    expect(html.querySelector('[data-math]')).toBeNull();
  });

  it('highlights fenced code in a known language, and leaves others plain', async () => {
    const html = await rendered('```python\ndef f(x):\n    return "<b>" # note\n```\n\n```nosuchlanguage\nplain <b>\n```');
    const [python, plain] = [...html.querySelectorAll('pre code')];
    expect(python?.className).toBe('hljs language-python');
    expect(python?.querySelector('.hljs-keyword')?.textContent).toBe('def');
    expect(python?.querySelector('.hljs-string')?.textContent).toBe('"<b>"');
    expect(python?.querySelector('b')).toBeNull();
    expect(plain?.querySelector('span')).toBeNull();
    expect(plain?.textContent).toBe('plain <b>\n');
  });

  it('keeps task-list boxes, disabled and labelled; any other input becomes a disabled checkbox', async () => {
    const html = await rendered('- [x] done [link](https://x.org)\n- [ ] not yet\n\n<input type="text" name="q" value="x" onfocus="alert(1)">');
    const boxes = [...html.querySelectorAll('input')];
    expect(boxes.map((box) => [box.type, box.disabled, box.checked, box.getAttribute('aria-label')])).toEqual([
      ['checkbox', true, true, 'Done'],
      ['checkbox', true, false, 'To do'],
      ['checkbox', true, false, null],
    ]);
    expect(boxes[2]?.getAttributeNames().sort()).toEqual(['disabled', 'type']);
  });
});

describe('the check typesets each formula as the deck will', () => {
  it('reports one KaTeX cannot read at its place, with KaTeX\'s reason, on the slide and in the notes', () => {
    const slide = '# Growth\n\nFine $x^2$ and bad $\\fracc{a}$ and $x^2$ [@a ¶1]\n\nNote:\nSay $$\\begin{x}$$ [@a ¶1]\n';
    const { located, diagnostics } = check({ 'slides/01.md': slide, 'assets/sources/a.md': SOURCE_A });
    expect(located).toEqual(['slides/01.md:3:20 BRF124', 'slides/01.md:6:5 BRF124']);
    expect(diagnostics[0]?.message).toBe('Formula `\\fracc{a}` cannot be typeset: Undefined control sequence: \\fracc.');
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('says nothing of formulas it can typeset, nor of dollars in prose', () => {
    const slide = '# Growth\n\nFrom $5 to $10 billion [@a ¶1]\n\n$\\frac{a}{b}$ and $$\\sum_{i=1}^n i$$ [@a ¶1]\n';
    expect(check({ 'slides/01.md': slide, 'assets/sources/a.md': SOURCE_A }).located).toEqual([]);
  });
});
