import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markdown } from '../src/markdown/front-end.ts';
import { renderTokens } from '../src/render/html-renderer.ts';
import { isInert, sanitizeParts } from '../src/render/inert-markdown.ts';
import { blnsScriptInjection, CLASSIC_VECTORS } from './helpers/payloads.ts';
import { sanitizer } from './helpers/render.ts';

/** Renders Markdown as the deck renders a slide, from the front end's tokens. */
function renderPart(text: string) {
  const { html, inert } = renderTokens(markdown.lexer(text), { sources: new Map(), mediaPaths: new Map(), citations: 'markers' });
  return { html, inert };
}
const lex = (text: string) => markdown.lexer(text);
const { document } = new JSDOM('').window;

/** `html` as the browser's parser builds it, written back: equal for equal DOM trees, however the text was escaped. */
function asParsed(html: string): string {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.innerHTML;
}


describe('inert Markdown: what skips DOMPurify', () => {
  it('is exactly what DOMPurify would return unchanged, over random Markdown with hostile text (fast-check)', async () => {
    const hostile = ['<', '>', '&', '"', "'", '&lt;script&gt;', '&#60;img&#62;', '&amp;', '&nbsp;', 'javascript:alert(1)', '\\<b>', '{{x}}', '\u2028', '\0'];
    const structure = ['# ', '## ', '- ', '* ', '1. ', '> ', '**', '_', '~~', '`', '```', '```js', '```x"y', '```python\n', 'def f(): return "s" # c', '$', '$x^2$', '$$', '\\frac{a}{b}', '    ', '|', '| a | b |\n|---|:-:|\n', '---', '\n', '\n\n', '  \n', 'word', ' '];
    const html = ['<b>', '</b>', '<!-- aside -->', '<!-->', '<!--->', '<!-- a -- b -->', '<img src=x onerror=alert(1)>', '[x](javascript:alert(2))', '![i](x.png)', 'www.example.org', 'a@b.co', '- [ ] task', '[r]: /u', ' <!-- .element: class="fragment" -->', '\n<!-- .element: class="a b" data-fragment-index="1" -->\n', '<!-- .element: data-x="&amp; \'q\'" -->', '<!-- .element: onclick="x()" id="title" data-u="javascript:alert(1)" -->', '<!-- .element: class=" x " data-y="\u00a0" --> <!-- class="z" -->'];
    const samples = fc.array(fc.constantFrom(...hostile, ...structure, ...html), { maxLength: 120 }).map((parts) => parts.join(''));
    let inertSeen = 0;
    await fc.assert(
      fc.asyncProperty(samples, async (text) => {
        const part = renderPart(text);
        if (!part.inert) return;
        inertSeen++;
        const [sanitized] = await sanitizer.sanitizeAll([part.html]);
        expect(asParsed(part.html)).toBe(asParsed(sanitized as string));
      }),
      { numRuns: 400 },
    );
    // The property says nothing unless many samples were inert.
    expect(inertSeen).toBeGreaterThan(60);
  });

  it('sends every hostile vector to DOMPurify', () => {
    const vectors = [...CLASSIC_VECTORS, ...blnsScriptInjection()];
    const live = vectors.filter((vector) => !isInert(lex(vector)));
    for (const vector of CLASSIC_VECTORS) expect(live, vector).toContain(vector);
    // What is left is text that only looks like code, such as `javascript:alert(1)` written as a sentence, and links DOMPurify keeps.
    for (const vector of vectors.filter((v) => !live.includes(v))) expect(renderPart(vector).html).not.toMatch(/<(?!\/?p>|a href="(?:https?:|\/|#)|\/a>)/);
  });

  it('drops plain comments, as DOMPurify does, and sends a comment a browser would end early to DOMPurify', async () => {
    expect(renderPart('<!-- .slide: data-timing="30" -->\n\n## Title')).toEqual({ html: '<h2>Title</h2>\n', inert: true });
    const early = renderPart('<!--><img src=x onerror=alert(1)>-->');
    expect(early.inert).toBe(false);
    const [sanitized] = await sanitizeParts([early], sanitizer);
    expect(sanitized).not.toMatch(/onerror/);
  });

  it('is exactly what DOMPurify would return unchanged for links, over random URLs and titles (fast-check)', async () => {
    const schemes = ['https://', 'http://', 'mailto:', 'tel:', 'ftp://', 'javascript:', 'JaVaScRiPt:', 'vbscript:', 'data:', 'data:text/html,', 'x-custom:', 'a.b+c:', '//', '/', '#', '?', './', ''];
    const pieces = ['example.org', '/annex/1', '?q=1', '#p4', '&#106;', '&amp;', '%6A', '%25', ' ', '\u00A0', '\u2028', '"', "'", '<', '>', '(', ')', ':', 'alert(1)', 'é'];
    const titles = ['', 'The annex', ' padded ', '-->', '--!>', ']>', '</style>', '</title', 'a/>b', '&lt;', '&amp;', '"q"', "'q'", 'x'];
    const url = fc.tuple(fc.constantFrom(...schemes), fc.array(fc.constantFrom(...pieces), { maxLength: 4 })).map(([scheme, rest]) => scheme + rest.join(''));
    const link = fc.oneof(
      fc.tuple(url, fc.constantFrom(...titles)).map(([href, title]) => `[the annex](<${href}>${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`),
      fc.tuple(url, fc.constantFrom(...titles)).map(([href, title]) => `[the annex](${href.replace(/[\s()<>]/g, '')}${title ? ` '${title.replace(/'/g, "\\'")}'` : ''})`),
      url.map((href) => `<${href.replace(/[\s<>]/g, '')}>`),
      fc.constantFrom('see www.example.org/a?b=1', 'mail a@b.co', 'see https://example.org/x&y'),
    );
    let inertSeen = 0;
    await fc.assert(
      fc.asyncProperty(link, async (text) => {
        const part = renderPart(`Notes: ${text}`);
        if (!part.inert) return;
        inertSeen++;
        expect(part.html).not.toMatch(/href="\s*(?:java|vb)script:|href="data:/i);
        const [sanitized] = await sanitizer.sanitizeAll([part.html]);
        expect(asParsed(part.html)).toBe(asParsed(sanitized as string));
      }),
      { numRuns: 400 },
    );
    expect(inertSeen).toBeGreaterThan(100);
  });

  it('treats links DOMPurify keeps as they are as inert, and other links, images, task lists and code languages beyond a word as live', () => {
    for (const text of ['[a](https://x.org)', '[a](https://x.org "The annex")', '<https://x.org>', 'see www.x.org', '[a](#p4)', '[a](mailto:a@b.co)']) {
      expect(isInert(lex(text)), text).toBe(true);
    }
    for (const text of ['[a](javascript:alert(1))', '[a](data:text/html,x)', '[a](x:y)', '[a](https://x.org "-->")', '[a](https://x.org?a&b)', '![a](a.png)', '- [x] done', '```js title="a"\nx\n```']) {
      expect(isInert(lex(text)), text).toBe(false);
    }
    for (const text of ['**bold** and _em_ and ~~del~~', '> quoted\n\n1. one\n2. two', '```ts\nconst a = 1 < 2;\n```', '| a |\n|---|\n| <b> |'.replace('<b>', '&lt;b&gt;')]) {
      expect(isInert(lex(text)), text).toBe(true);
    }
  });
});
