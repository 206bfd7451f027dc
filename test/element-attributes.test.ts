import { describe, expect, it } from 'vitest';
import { markdown } from '../src/markdown/front-end.ts';
import { renderTokens } from '../src/render/html-renderer.ts';

/** A part's HTML as the deck renders it, and whether it skips DOMPurify. */
function render(text: string) {
  const { html, inert } = renderTokens(markdown.lexer(text), { sources: new Map(), mediaPaths: new Map(), citations: 'references' });
  return { html: html.replace(/\n/g, ''), inert };
}

describe('<!-- .element: … --> attributes', () => {
  it.each([
    ['the paragraph it ends, past a citation', 'Then: the board [@a ¶4] <!-- .element: class="fragment" -->', '<p class="fragment">Then: the board [a ¶4] </p>'],
    ['the list item it is in', '- one <!-- .element: class="fragment" data-fragment-index="2" -->\n- two', '<ul><li class="fragment" data-fragment-index="2">one </li><li>two</li></ul>'],
    ['the heading it ends', '## Title <!-- .element: class="fragment" -->', '<h2 class="fragment">Title </h2>'],
    ['the table cell it is in', '| a | b |\n|---|---|\n| x <!-- .element: class="fragment" --> | y |', '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td class="fragment">x </td><td>y</td></tr></tbody></table>'],
    ['the emphasis just before it', 'Some **bold** <!-- .element: class="fragment highlight-red" --> text', '<p>Some <strong class="fragment highlight-red">bold</strong>  text</p>'],
    ['the image just before it', '![chart](c.png) <!-- .element: class="r-stretch" -->', '<p><img class="r-stretch" src="c.png" alt="chart"> </p>'],
    ['the paragraph before it, on a line of its own', 'Para one\n<!-- .element: class="fragment" -->\n\nPara two', '<p class="fragment">Para one</p><p>Para two</p>'],
    ['the code block before it', '```js\nx\n```\n<!-- .element: class="fragment" -->', '<pre class="fragment"><code class="hljs language-js">x</code></pre>'],
    ['the list before it', '- a\n- b\n\n<!-- .element: class="fragment" -->', '<ul class="fragment"><li>a</li><li>b</li></ul>'],
    ['the blockquote before it', '> quoted\n\n<!-- .element: class="fragment" -->', '<blockquote class="fragment"><p>quoted</p></blockquote>'],
    ['a quotation with its speaker, joining its class', '> quoted\n> — Speaker\n\n<!-- .element: class="fragment" -->', '<figure class="fragment attributed-quote"><blockquote><p>quoted</p></blockquote><figcaption>— Speaker</figcaption></figure>'],
    ['the link just before it', 'See [the map](https://example.org) <!-- .element: class="fragment" -->', '<p>See <a class="fragment" href="https://example.org">the map</a> </p>'],
    ['the tight list item whose text it follows, on a line of its own', '- a\n  <!-- .element: class="fragment" -->\n- b', '<ul><li class="fragment">a</li><li>b</li></ul>'],
    ['the paragraph, an aside after it not read as attributes', 'Para\n<!-- .element: class="a" --> <!-- an aside with class="oops" -->', '<p class="a">Para</p>'],
  ])('applies to %s', (_, text, html) => {
    expect(render(text).html).toBe(html);
  });

  it.each([
    ['an event handler', '<!-- .element: onclick="alert(1)" class="ok" -->', '<p class="ok">Bad </p>'],
    ['an id, which DOMPurify drops when it names a document property', '<!-- .element: id="title" class="ok" -->', '<p class="ok">Bad </p>'],
    ['a style', '<!-- .element: style="color: red" -->', '<p>Bad </p>'],
    ['a script URL in a data attribute', '<!-- .element: data-x="javascript:alert(1)" -->', '<p>Bad </p>'],
    ['markup in a value', '<!-- .element: data-y="<b>" -->', '<p>Bad </p>'],
    ['a value with spaces at either end, which DOMPurify would trim', '<!-- .element: class=" fragment " data-x="\u00a0" -->', '<p>Bad </p>'],
  ])('leaves out %s', (_, comment, html) => {
    const part = render(`Bad ${comment}`);
    expect(part.html).toBe(html);
    expect(part.inert).toBe(true);
  });

  it('escapes what it writes, and leaves other comments and a part without them as they were', () => {
    expect(render('A <!-- .element: data-note="Tom & Jerry" -->').html).toBe('<p data-note="Tom &amp; Jerry">A </p>');
    expect(render('A <!-- an aside --> B').html).toBe('<p>A  B</p>');
    expect(render('<!-- .element: class="fragment" -->\n\nA').html).toBe('<p>A</p>');
  });

  it('keeps a fragment inert: no raw HTML, so no DOMPurify and no jsdom', () => {
    expect(render('- Claim [@a ¶1] <!-- .element: class="fragment" -->').inert).toBe(true);
    expect(render('<p class="fragment">Claim [@a ¶1]</p>').inert).toBe(false);
  });
});
