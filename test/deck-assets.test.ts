import { describe, expect, it } from 'vitest';
import { mediaTemplate, rewriteMedia, takeMediaTemplate } from '../src/vite/deck-assets.ts';

/** What the plugin does after Vite: the template out of the page, the deck's URLs the bundled files'. */
function withRewrittenMedia(page: string, deckHtml: string): { page: string; deckHtml: string } {
  const taken = takeMediaTemplate(page);
  return { page: taken.page, deckHtml: rewriteMedia(deckHtml, taken.urls) };
}

const DECK = [
  '<section><h2>Map</h2><p><img src="assets/map.png" alt="The border"> and &lt;img src="text.png"&gt; in a sentence</p>',
  '<video src="assets/clip.mp4" poster="assets/still.png" controls></video>',
  '<svg viewBox="0 0 1 1"><image href="assets/icon.png"></image><use href="#local"></use></svg>',
  '<p><img src="assets/map.png" alt="The border again"></p></section>',
].join('');

/** What Vite does to the tags it is shown: each local URL becomes the bundled file's. */
function asVite(page: string): string {
  return page.replace(/src="assets\/(\w+)\.(\w+)"/g, 'src="./assets/$1-h4sh.$2"');
}

describe('deck media through Vite', () => {
  it('shows Vite each media URL once, and gives the deck the URLs Vite wrote, by URL', () => {
    const template = mediaTemplate(DECK);
    expect(template).not.toContain('<h2>');
    expect(template).not.toContain('text.png');
    expect(template).not.toContain('#local');
    expect(template.match(/assets\/map\.png/g)).toHaveLength(2);
    const page = asVite(`<body><div class="slides">${template}<!--briefing:slides--></div></body>`);
    const result = withRewrittenMedia(page, DECK);
    expect(result.page).toBe('<body><div class="slides"><!--briefing:slides--></div></body>');
    expect(result.deckHtml).toBe(
      DECK.replaceAll('"assets/map.png"', '"./assets/map-h4sh.png"')
        .replace('"assets/clip.mp4"', '"./assets/clip-h4sh.mp4"')
        .replace('"assets/still.png"', '"./assets/still-h4sh.png"')
        .replace('"assets/icon.png"', '"./assets/icon-h4sh.png"'),
    );
  });

  it('leaves a deck without media, and its page, as they are', () => {
    expect(mediaTemplate('<section><p>Words</p></section>')).toBe('');
    expect(withRewrittenMedia('<body></body>', '<section><p>Words</p></section>')).toEqual({ page: '<body></body>', deckHtml: '<section><p>Words</p></section>' });
  });

  it('keeps a URL Vite was not shown as written: the dev server serves it at its own path', () => {
    const page = asVite(mediaTemplate('<img src="assets/map.png">'));
    expect(withRewrittenMedia(page, '<img src="assets/map.png"><img src="assets/new.png">').deckHtml).toBe('<img src="./assets/map-h4sh.png"><img src="assets/new.png">');
  });

  it('bundles a source reader link to a kept PDF, keeping its #page fragment', () => {
    const reader = '<a class="paragraph-page" href="assets/sources/x.pdf#page=3" data-briefing-asset>p. 3</a><a href="assets/sources/y.pdf">not marked</a>';
    const template = mediaTemplate(reader);
    expect(template).toBe('<template data-briefing-media><img src="assets/sources/x.pdf" data-briefing-url="assets/sources/x.pdf"></template>');
    const page = template.replace('src="assets/sources/x.pdf"', 'src="./assets/x-h4sh.pdf"');
    expect(withRewrittenMedia(page, reader).deckHtml).toBe(reader.replace('assets/sources/x.pdf#page=3', './assets/x-h4sh.pdf#page=3'));
  });
});
