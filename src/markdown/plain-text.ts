import { decodeHTML } from 'entities/decode';
import type { Token } from 'marked';
import { lexInline } from './front-end.ts';

/**
 * The text a reader sees in rendered Markdown: syntax removed, character
 * references decoded. Raw HTML stays as written, since the kit shows HTML in
 * sources as text rather than running it.
 */
export function tokensToPlainText(tokens: readonly Token[]): string {
  return tokens.map(tokenText).join('');
}

/**
 * What may start inline syntax (an escape, HTML, an image, a link or
 * citation, code, emphasis, math) or a character reference, or make a hard
 * line break. Text with none of them is lexed into words that read as it is
 * written (autolinks show their own text), which test/plain-text.test.ts
 * holds to over random text.
 */
export const INLINE_SYNTAX = /[\\<![\]`*_~$&]/;
/** Two spaces ending a line: a line break, which plain text does not keep as written. */
export const HARD_BREAK = '  \n';

/** Plain text of a fragment of inline Markdown. */
export function inlineMarkdownToPlainText(markdown: string): string {
  // Most claims and quotations are plain words; lexing them again was a third of a claim's cost.
  if (!INLINE_SYNTAX.test(markdown) && !markdown.includes(HARD_BREAK)) return markdown;
  return tokensToPlainText(lexInline(markdown));
}

function tokenText(token: Token): string {
  switch (token.type) {
    case 'text':
      return token.tokens ? tokensToPlainText(token.tokens) : decodeHTML(token.text);
    case 'citation':
      // As written: the words a presenter reads past (see pacing) and the check reports by their text.
      return token.raw;
    case 'escape':
    case 'codespan':
    case 'code':
      return token.text;
    case 'html':
      return token.text;
    case 'br':
      return '\n';
    case 'space':
    case 'hr':
    case 'def':
    case 'checkbox':
      return '';
    case 'image':
      return token.text;
    case 'list':
      return (token.items as { tokens: Token[] }[]).map((item) => tokensToPlainText(item.tokens)).join('\n');
    case 'table':
      return [token.header, ...token.rows]
        .map((row: { tokens: Token[] }[]) => row.map((cell) => tokensToPlainText(cell.tokens)).join(' | '))
        .join('\n');
    default:
      if ('tokens' in token && Array.isArray(token.tokens)) return tokensToPlainText(token.tokens) + (isBlock(token) ? '\n' : '');
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
  }
}

function isBlock(token: Token): boolean {
  return token.type === 'paragraph' || token.type === 'heading' || token.type === 'blockquote';
}
