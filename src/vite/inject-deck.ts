import { escapeHtml } from '../render/escape-html.ts';
import { SETTINGS_ELEMENT_ID } from '../deck/page-contract.ts';
import { DEFAULT_THEME } from '../slides/appearance.ts';
import type { RenderedDeck } from '../types.ts';

/** Where `index.html` takes the slides. */
export const SLIDES_PLACEHOLDER = '<!--briefing:slides-->';

/** Fills the placeholders of `index.html` with the rendered deck, and names its theme on `<html>`; `slides` is the slides' HTML, by default the deck's own. */
export function injectDeck(html: string, deck: RenderedDeck, slides = slidesHtml(deck)): string {
  // JSON inside <script> must not be able to close the element.
  const settings = JSON.stringify(deck.settings).replace(/</g, '\\u003c');
  return html
    .replace(/<html(?=[\s>])/i, (tag) => `${tag} data-theme="${escapeHtml(deck.theme ?? DEFAULT_THEME)}"`)
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(deck.title)}</title>`)
    .replace(SLIDES_PLACEHOLDER, () => slides)
    .replace('<!--briefing:footer-->', () => deck.footer)
    .replace('<!--briefing:reader-->', () => deck.reader + deck.appendix)
    .replace('<!--briefing:settings-->', () => `<script type="application/json" id="${SETTINGS_ELEMENT_ID}">${settings}</script>`);
}

export function slidesHtml(deck: RenderedDeck): string {
  return deck.sections.join('\n');
}

/**
 * The project's stylesheet as a `<link>` for the end of `<body>`, which Vite
 * then bundles (its fonts and images too) after the theme, which the deck's
 * script imports: the project's rules win. Empty when the deck has none.
 */
export function stylesheetLink(deck: RenderedDeck): string {
  return deck.stylesheet ? `<link rel="stylesheet" href="/${escapeHtml(deck.stylesheet)}">` : '';
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
