import type { Slide, Span } from '../types.ts';

/** The slide's first line with text on it, where a slide-wide diagnostic points. */
export function firstLine(slide: Slide): Span {
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
