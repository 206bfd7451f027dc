import type { RenderedDeck } from '../render/render-deck.ts';
import { escapeHtml } from '../render/escape-html.ts';
import { SETTINGS_ELEMENT_ID } from '../deck/page-contract.ts';

/** Fills the placeholders of `index.html` with the rendered deck. */
export function injectDeck(html: string, deck: RenderedDeck): string {
  // JSON inside <script> must not be able to close the element.
  const settings = JSON.stringify(deck.settings).replace(/</g, '\\u003c');
  return html
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(deck.title)}</title>`)
    .replace('<!--briefing:slides-->', () => deck.sections.join('\n'))
    .replace('<!--briefing:footer-->', () => deck.footer)
    .replace('<!--briefing:reader-->', () => deck.reader + deck.appendix)
    .replace('<!--briefing:settings-->', () => `<script type="application/json" id="${SETTINGS_ELEMENT_ID}">${settings}</script>`);
}

/** The page the dev server shows while the deck has errors: the overlay says what they are. */
export function brokenDeck(): RenderedDeck {
  return {
    title: 'Briefing (errors)',
    sections: ['<section data-citations="none"><h2>The deck has errors</h2><p>See the error overlay, or run <code>brief check</code>.</p></section>'],
    reader: '<div class="source-reader" id="source-reader" hidden></div>',
    appendix: '',
    footer: '',
    settings: { title: 'Briefing (errors)' },
  };
}
