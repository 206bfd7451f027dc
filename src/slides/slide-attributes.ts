/** `<!-- .slide: data-timing="60" class="title" -->`, as reveal.js's Markdown plugin reads it. */
const SLIDE_COMMENT = /<!--\s*\.slide:\s*([\s\S]*?)\s*-->/;
const ATTRIBUTE = /([^"=\s]+?)="([^"]*)"|([^"=\s]+)/g;

export interface SlideAttributes {
  attributes: Record<string, string>;
  /** Where the comment stands in the text it was found in. */
  at?: { offset: number; length: number };
}

export function readSlideAttributes(markdown: string): SlideAttributes {
  const comment = SLIDE_COMMENT.exec(markdown);
  if (!comment) return { attributes: {} };
  const attributes: Record<string, string> = {};
  for (const match of (comment[1] ?? '').matchAll(ATTRIBUTE)) {
    if (match[1] !== undefined) attributes[match[1]] = match[2] ?? '';
    else if (match[3] !== undefined) attributes[match[3]] = '';
  }
  return { attributes, at: { offset: comment.index, length: comment[0].length } };
}

/**
 * Slides marked `data-citations="none"` are title, agenda or questions
 * slides, which need no citation; a sources slide (`data-sources`) lists the
 * sources rather than claiming anything.
 */
export function optsOutOfCitations(attributes: Record<string, string>): boolean {
  return attributes['data-citations'] === 'none' || 'data-sources' in attributes;
}
