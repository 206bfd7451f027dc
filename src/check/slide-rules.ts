import { diagnose } from '../diagnostics/diagnose.ts';
import { optsOutOfCitations } from '../slides/slide-attributes.ts';
import type { Deck, Diagnostic, Slide, Span } from '../types.ts';

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
      diagnostics.push(diagnose('BRF112', { attribute: 'data-timing', value: timing, expected: 'a number of seconds greater than 0' }, firstLine(slide)));
    }
  }
  return diagnostics;
}

/** The slide's first line with text on it, where a slide-wide diagnostic points. */
function firstLine(slide: Slide): Span {
  const first = slide.body.blocks[0]?.span;
  if (first) {
    const newline = slide.body.markdown.indexOf('\n', first.offset - slide.body.span.offset);
    const lineEnd = newline === -1 ? slide.body.span.offset + slide.body.markdown.length : slide.body.span.offset + newline;
    return { file: slide.file, offset: first.offset, length: Math.max(0, Math.min(first.length, lineEnd - first.offset)) };
  }
  const text = slide.body.markdown;
  const leading = text.length - text.trimStart().length;
  const line = text.slice(leading).split('\n')[0] ?? '';
  return { file: slide.file, offset: slide.body.span.offset + leading, length: line.length };
}
