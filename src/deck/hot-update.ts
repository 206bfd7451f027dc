import type { RevealApi } from 'reveal.js';
import type { ViteHotContext } from 'vite/types/hot.js';
import { DECK_UPDATE_EVENT } from './page-contract.ts';

/** What the dev server sends when a slide or source changes and the deck still checks (see src/vite/deck-update.ts). */
export interface DeckUpdate {
  /** How many top-level sections the deck has now. */
  count: number;
  /** The sections that changed, by position: all of them when the count changed. */
  sections: { index: number; html: string }[];
  /** The source reader, when it changed. */
  reader?: string;
  /** The page around the slides changed (theme, stylesheet, footer): only a reload shows it. */
  reload?: true;
}

/**
 * Swaps in the re-rendered slides without reloading the page, so the
 * presenter stays on the slide they were editing, and clears an error
 * overlay left by an earlier broken citation.
 */
export function acceptDeckUpdates(deck: RevealApi, hot: ViteHotContext, document: Document): void {
  hot.on(DECK_UPDATE_EVENT, (update: DeckUpdate) => {
    if (update.reload) {
      location.reload();
      return;
    }
    const { h, v } = deck.getIndices();
    const slides = document.querySelector('.reveal .slides');
    if (!slides) return;
    if (update.sections.length === update.count) {
      slides.innerHTML = update.sections.map((section) => section.html).join('\n');
    } else if (slides.children.length === update.count) {
      for (const { index, html } of update.sections) slides.children[index]?.replaceWith(document.createRange().createContextualFragment(html));
    } else {
      // The page missed an update: what is on screen is not what the changes apply to.
      location.reload();
      return;
    }
    const reader = document.getElementById('source-reader');
    // Keep the reader element itself: the source reader controller holds it.
    const fresh = update.reader === undefined ? null : document.createRange().createContextualFragment(update.reader).firstElementChild;
    if (reader && fresh) reader.replaceChildren(...fresh.childNodes);
    deck.sync();
    deck.slide(h, v ?? 0);
    for (const overlay of document.querySelectorAll('vite-error-overlay')) overlay.remove();
  });
}
