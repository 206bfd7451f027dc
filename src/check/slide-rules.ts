import { diagnose } from '../diagnostics/diagnose.ts';
import { optsOutOfCitations } from '../slides/slide-attributes.ts';
import type { Deck, Diagnostic } from '../types.ts';
import { firstLine } from './slide-location.ts';

/**
 * Rules about whole slides: nothing on screen, content with no citation, and
 * attributes whose values the kit relies on.
 */
export function checkSlides(deck: Deck, citedSlides: ReadonlySet<number>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const slide of deck.slides) {
    // What an unparsed slide holds is unknown; BRF108 already says why.
    if (slide.body.unparsed) continue;
    if (slide.kind === 'empty') diagnostics.push(diagnose('BRF107', { slide: slide.number }, firstLine(slide)));
    if (slide.kind === 'content' && !citedSlides.has(slide.number) && !optsOutOfCitations(slide.attributes)) {
      diagnostics.push(diagnose('BRF106', { slide: slide.number }, firstLine(slide)));
    }
    const timing = slide.attributes['data-timing'];
    if (timing !== undefined && !(Number(timing) > 0)) {
      const at = slide.attributeSpans['data-timing'] ?? firstLine(slide);
      diagnostics.push(diagnose('BRF112', { attribute: 'data-timing', value: timing, expected: 'a number of seconds greater than 0', example: '60' }, at));
    }
  }
  return diagnostics;
}
