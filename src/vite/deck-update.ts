import type { DeckUpdate } from '../deck/hot-update.ts';
import type { RenderedDeck } from '../types.ts';

/**
 * What the open page needs to show `next` when it shows `shown`: the
 * sections that changed, by position, and the source reader if it changed.
 * A save usually changes one slide, and sending and swapping all of a long
 * deck's slides was most of the time from save to screen. When the number of
 * sections changed, positions no longer match, and every section is sent.
 */
export function deckUpdate(shown: RenderedDeck | undefined, next: RenderedDeck): DeckUpdate {
  const whole = !shown || shown.sections.length !== next.sections.length;
  const sections = next.sections.flatMap((html, index) => (whole || shown.sections[index] !== html ? [{ index, html }] : []));
  return {
    count: next.sections.length,
    sections,
    ...(whole || shown.reader !== next.reader ? { reader: next.reader } : {}),
  };
}
