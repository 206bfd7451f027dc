import type { RevealApi } from 'reveal.js';
import type { ViteHotContext } from 'vite/types/hot.js';
import { DECK_UPDATE_EVENT } from './page-contract.ts';

/** What the dev server sends when a slide or source changes and the deck still checks. */
export interface DeckUpdate {
  slides: string;
  reader: string;
}

/**
 * Swaps in the re-rendered slides without reloading the page, so the
 * presenter stays on the slide they were editing, and clears an error
 * overlay left by an earlier broken citation.
 */
export function acceptDeckUpdates(deck: RevealApi, hot: ViteHotContext, document: Document): void {
  hot.on(DECK_UPDATE_EVENT, (update: DeckUpdate) => {
    const { h, v } = deck.getIndices();
    const slides = document.querySelector('.reveal .slides');
    const reader = document.getElementById('source-reader');
    if (slides) slides.innerHTML = update.slides;
    // Keep the reader element itself: the source reader controller holds it.
    const fresh = document.createRange().createContextualFragment(update.reader).firstElementChild;
    if (reader && fresh) reader.replaceChildren(...fresh.childNodes);
    deck.sync();
    deck.slide(h, v ?? 0);
    for (const overlay of document.querySelectorAll('vite-error-overlay')) overlay.remove();
  });
}
