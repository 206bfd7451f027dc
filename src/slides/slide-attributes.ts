import { attributesIn } from '../markdown/attribute-list.ts';
import { htmlComments } from '../text/html-comment.ts';

/** The opening of `<!-- .slide: data-timing="60" class="title" -->`, as reveal.js's Markdown plugin reads it. */
const SLIDE_COMMENT_OPENING = /<!--\s*\.slide:\s*/;

export interface SlideAttributes {
  attributes: Record<string, string>;
  /** Where each attribute (`name="value"`) stands, as offsets into the text it was read from. */
  places: Record<string, { offset: number; length: number }>;
}

/** The attributes in the first `<!-- .slide: … -->` of `markdown`. */
export function readSlideAttributes(markdown: string): SlideAttributes {
  const comment = htmlComments(markdown, SLIDE_COMMENT_OPENING).next();
  if (comment.done) return { attributes: {}, places: {} };
  const { bodyStart, end } = comment.value;
  const list = markdown.slice(bodyStart, end - '-->'.length).trimEnd();
  const attributes: Record<string, string> = {};
  const places: SlideAttributes['places'] = {};
  for (const { name, value, index, length } of attributesIn(list)) {
    attributes[name] = value;
    places[name] = { offset: bodyStart + index, length };
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
