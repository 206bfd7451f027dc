import { Lexer, Marked, type Token, type TokenizerExtension } from 'marked';
import type { CitationToken } from '../types.ts';
import { CITATION_AT_START, citedSources } from './citation-syntax.ts';

/** A well-formed citation, `[@id ¶4]`, becomes a token of its own; a malformed one stays text, which the check reports. */
const citation: TokenizerExtension = {
  name: 'citation',
  level: 'inline',
  // No `start`: marked stops plain text at every `[` already, and a `start` that searches ahead is called at every step, which is quadratic.
  tokenizer(src) {
    const match = CITATION_AT_START.exec(src);
    const cited = match ? citedSources(match[0]) : undefined;
    return match && cited ? ({ type: 'citation', raw: match[0], cited } satisfies CitationToken) : undefined;
  },
};

/**
 * The kit's one Markdown front end: marked with GitHub Flavored Markdown and
 * citations as tokens. Slides, notes and sources are lexed with it once, by
 * the check, and the same tokens are rendered; nothing else configures
 * marked's lexer. Never marked's global instance.
 */
export const markdown = new Marked({ gfm: true }, { extensions: [citation] });

/** A lexer with the front end's options, for lexing a document in stages (see lex.ts). */
export function createLexer(): Lexer {
  return new Lexer(markdown.defaults);
}

/** Tokens of a fragment of inline Markdown (a quotation's words, say). */
export function lexInline(text: string): Token[] {
  return createLexer().inlineTokens(text);
}

/** Every token in `tokens`, nested ones included, in document order. */
export function walkTokens(tokens: Token[], visit: (token: Token) => void): void {
  markdown.walkTokens(tokens, visit);
}
