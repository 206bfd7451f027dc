/** `<!-- .slide: data-timing="60" class="title" -->`, as reveal.js's Markdown plugin reads it. */
const SLIDE_COMMENT = /<!--\s*\.slide:\s*([\s\S]*?)\s*-->/;
const ATTRIBUTE = /([^"=\s]+?)="([^"]*)"|([^"=\s]+)/g;

export interface SlideAttributes {
  attributes: Record<string, string>;
  /** Where each attribute (`name="value"`) stands, as offsets into the text it was read from. */
  places: Record<string, { offset: number; length: number }>;
}

export function readSlideAttributes(markdown: string): SlideAttributes {
  const comment = SLIDE_COMMENT.exec(markdown);
  if (!comment) return { attributes: {}, places: {} };
  const attributes: Record<string, string> = {};
  const places: SlideAttributes['places'] = {};
  const listStart = comment.index + comment[0].indexOf(comment[1] ?? '');
  for (const match of (comment[1] ?? '').matchAll(ATTRIBUTE)) {
    const name = match[1] ?? match[3];
    if (name === undefined) continue;
    attributes[name] = match[2] ?? '';
    places[name] = { offset: listStart + match.index, length: match[0].length };
  }
  return { attributes, places };
}

/**
 * Slides marked `data-citations="none"` are title, agenda or questions
 * slides, which need no citation; a sources slide (`data-sources`) lists the
 * sources rather than claiming anything.
 */
export function optsOutOfCitations(attributes: Record<string, string>): boolean {
  return attributes['data-citations'] === 'none' || 'data-sources' in attributes;
}
