import { Lexer, Marked, type Token, type TokenizerExtension } from 'marked';
import type { CitationToken, VoiceToken } from '../types.ts';
import { CITATION_AT_START, citedSources } from './citation-syntax.ts';
import { emphasisDelimiters, MAX_EMPHASIS_DELIMITERS } from './limits.ts';
import { isVoice, VOICE_AT_START } from './voice-syntax.ts';

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

/** A known voice marker, `[!assessment]`, becomes a token of its own; an unknown one stays text, which the check reports. */
const voice: TokenizerExtension = {
  name: 'voice',
  level: 'inline',
  tokenizer(src) {
    const match = VOICE_AT_START.exec(src);
    const kind = match?.[1] ?? '';
    if (!match || !isVoice(kind)) return undefined;
    const note = match[2]?.trim();
    return { type: 'voice', raw: match[0], voice: kind, ...(note ? { note } : {}) } satisfies VoiceToken;
  },
};

/**
 * The kit's one Markdown front end: marked with GitHub Flavored Markdown and
 * citations as tokens. Slides, notes and sources are lexed with it once, by
 * the check, and the same tokens are rendered; nothing else configures
 * marked's lexer. Never marked's global instance.
 */
export const markdown = new Marked({ gfm: true }, { extensions: [citation, voice] });

/** A lexer with the front end's options, for lexing a document in stages (see lex.ts). */
export function createLexer(): Lexer {
  return new Lexer(markdown.defaults);
}

/**
 * Tokens of a fragment of inline Markdown (a quotation's words, say), within
 * the same limit as a part's inline text (limits.ts): past it, the fragment
 * is one plain text token, as the part holding it is.
 */
export function lexInline(text: string): Token[] {
  if (emphasisDelimiters(text) > MAX_EMPHASIS_DELIMITERS) return [{ type: 'text', raw: text, text, escaped: false }];
  return createLexer().inlineTokens(text);
}

/** Every token in `tokens`, nested ones included, in document order. */
export function walkTokens(tokens: Token[], visit: (token: Token) => void): void {
  markdown.walkTokens(tokens, visit);
}
