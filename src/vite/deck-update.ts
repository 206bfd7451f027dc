import type { DeckUpdate } from '../deck/hot-update.ts';
import type { RenderedDeck } from '../types.ts';

/**
 * What the open page needs to show `next` when it shows `shown`: the
 * sections that changed, by position, and the source reader if it changed.
 * A save usually changes one slide, and sending and swapping all of a long
 * deck's slides was most of the time from save to screen. When the number of
 * sections changed, positions no longer match, and every section is sent.
 * A change to the page around the slides reloads it.
 */
export function deckUpdate(shown: RenderedDeck | undefined, next: RenderedDeck): DeckUpdate {
  // The theme, the project's stylesheet and the footer (title, logo) are the page's, not a slide's: a reload shows them as built.
  if (shown && (shown.theme !== next.theme || shown.stylesheet !== next.stylesheet || shown.footer !== next.footer)) return { count: next.sections.length, sections: [], reload: true };
  const whole = !shown || shown.sections.length !== next.sections.length;
  const sections = next.sections.flatMap((html, index) => (whole || shown.sections[index] !== html ? [{ index, html }] : []));
  return {
    count: next.sections.length,
    sections,
    ...(whole || shown.reader !== next.reader ? { reader: next.reader } : {}),
  };
}
