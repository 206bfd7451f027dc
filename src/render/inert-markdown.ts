import type { Token } from 'marked';
import { walkTokens } from '../markdown/front-end.ts';
import { isPlainComment } from '../text/html-comment.ts';
import { purifyKeepsLink } from './purify-keeps.ts';

/**
 * Most slides and notes are headings, lists and sentences with citations.
 * marked renders those with a fixed set of tags and no attribute a user can
 * fill, and escapes every character of text: DOMPurify, given that HTML,
 * returns it unchanged (test/inert-markdown.test.ts asserts it, over random
 * Markdown and the hostile corpus). Such Markdown is "inert", and skipping
 * DOMPurify for it spares a build jsdom's start-up and its per-element cost.
 *
 * So are links whose URL and title DOMPurify keeps as written
 * (purify-keeps.ts), such as a web address in the notes. Everything else
 * goes through DOMPurify as before: raw HTML other than plain comments, other
 * links, images (their URLs), task lists (`<input>`), code blocks whose
 * language is more than a word, and any token type not listed here,
 * including those of extensions added later.
 */
const INERT_TYPES = new Set([
  'space',
  'hr',
  'heading',
  'paragraph',
  'text',
  'strong',
  'em',
  'del',
  'codespan',
  'br',
  'escape',
  'blockquote',
  'list',
  'list_item',
  'table',
  'def',
  'citation',
  'voice',
  // A placeholder, `<span data-math="0"></span>`; the formula takes its place after sanitizing (formulas.ts).
  'math',
]);

/** Whether marked renders `tokens` to HTML that DOMPurify would return unchanged. */
export function isInert(tokens: Token[]): boolean {
  let inert = true;
  walkTokens(tokens, (token) => {
    if (inert && !isInertToken(token)) inert = false;
  });
  return inert;
}

function isInertToken(token: Token): boolean {
  switch (token.type) {
    case 'html':
      return isPlainComment(token.text);
    case 'code':
      // The language becomes a class; one plain word cannot be anything else.
      return !token['escaped'] && /^[\w+#.-]*$/.test(token.lang ?? '');
    case 'link':
      return purifyKeepsLink(token.href, token.title);
    case 'text':
      // Text after raw `<pre>` or `<script>` is passed through unescaped; that raw HTML already sends the part to DOMPurify.
      return !token['escaped'];
    default:
      return INERT_TYPES.has(token.type);
  }
}

/** The parts' HTML, those that are not inert sanitized by DOMPurify in one round trip. */
export async function sanitizeParts(parts: readonly { html: string; inert: boolean }[], sanitizer: HtmlSanitizer): Promise<string[]> {
  const live = parts.filter((part) => !part.inert);
  const sanitized = await sanitizer.sanitizeAll(live.map((part) => part.html));
  let next = 0;
  return parts.map((part) => (part.inert ? part.html : (sanitized[next++] as string)));
}

/** What sanitizes HTML: DOMPurify in its thread (sanitizer.ts). */
export interface HtmlSanitizer {
  sanitizeAll(fragments: readonly string[]): Promise<string[]>;
}
