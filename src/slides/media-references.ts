import { decodeHTMLAttribute } from 'entities/decode';
import type { Token, Tokens } from 'marked';
import type { MediaReference } from '../types.ts';

/** `src` of the media tags a browser loads from raw HTML in a slide. */
const HTML_MEDIA_SOURCE = /<(?:img|video|audio|source|track)\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * The images and media a slide part loads: Markdown images and the `src` of
 * media tags in raw HTML, each with where it is written in the file.
 * `offset` is where the part's tokens start in `file`.
 */
export function mediaReferences(tokens: readonly Token[], file: string, offset: number): MediaReference[] {
  const references: MediaReference[] = [];
  let start = offset;
  for (const top of tokens) {
    let searchFrom = 0;
    const locate = (raw: string, inside: string): number => {
      const found = top.raw.indexOf(raw, searchFrom);
      if (found === -1) return start;
      searchFrom = found + raw.length;
      const within = raw.indexOf(inside);
      return start + found + (within === -1 ? 0 : within);
    };
    walk(top, (token) => {
      if (token.type === 'image') {
        const image = token as Tokens.Image;
        references.push({ href: image.href, span: { file, offset: locate(image.raw, image.href), length: image.href.length || image.raw.length } });
      } else if (token.type === 'html') {
        const html = token as Tokens.HTML | Tokens.Tag;
        const base = locate(html.raw, html.raw);
        for (const match of html.raw.matchAll(HTML_MEDIA_SOURCE)) {
          const written = match[1] ?? match[2] ?? match[3] ?? '';
          const at = match.index + match[0].length - written.length - (match[3] === undefined ? 1 : 0);
          // An attribute's character references are the URL's characters: `&#106;avascript:` is a scheme, not a file.
          references.push({ href: decodeHTMLAttribute(written), span: { file, offset: base + at, length: written.length } });
        }
      }
    });
    start += top.raw.length;
  }
  return references;
}

/** Every token inside `token`, itself first, in document order. */
function walk(token: Token, visit: (token: Token) => void): void {
  visit(token);
  if (token.type === 'list') for (const item of (token as Tokens.List).items) walk(item, visit);
  else if (token.type === 'table') {
    const table = token as Tokens.Table;
    for (const cell of [...table.header, ...table.rows.flat()]) for (const t of cell.tokens) walk(t, visit);
  } else if ('tokens' in token && Array.isArray(token.tokens)) for (const t of token.tokens) walk(t, visit);
}
