import { Lexer, Marked, Tokenizer, type Token, type TokenizerExtension, type Tokens } from 'marked';
import type { CitationToken, VoiceToken } from '../types.ts';
import { CITATION_AT_START, citedSources } from './citation-syntax.ts';
import { tooManyMarks } from './limits.ts';
import { maskMath, mathAt, mathBlockAtStart } from './math-syntax.ts';
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

/** TeX math, `$…$` and `$$…$$` (math-syntax.ts), as a token whose text is its source. */
const math: TokenizerExtension = {
  name: 'math',
  level: 'inline',
  // No `start`: text stops at every `$` (see `inlineText` below), which keeps the lexer linear.
  tokenizer: (src) => mathAt(src),
};

/** A formula between `$$` lines, or a line that is `$$ … $$`. */
const mathBlock: TokenizerExtension = {
  name: 'mathBlock',
  level: 'block',
  tokenizer: (src) => mathBlockAtStart(src),
};

/**
 * marked's plain text, ended before a `$` as well as before its own stops
 * (`*`, `[`, `<`, …), so that the math tokenizer is tried at every `$`.
 * The stop is in the text rule itself: looking ahead for the next `$` from
 * every place (a `start`), or cutting a longer run afterwards, would read
 * the rest of a paragraph at each step. For the same reason `$` leaves the
 * characters the rule reads ahead over in search of an email address (GFM
 * allows none in one): else text of dollars and digits would be read to its
 * end at each `$`.
 */
function inlineText(this: Tokenizer, src: string): Tokens.Text | undefined {
  return Tokenizer.prototype.inlineText.call(withDollarStopView(this), src);
}

/**
 * The tokenizer as marked's text rule is to see it, made once for each set
 * of rules (every lexer sets rules of its own) rather than at each run of
 * text: a view made per call cost more than the text rule itself.
 */
const views = new WeakMap<Tokenizer, { rules: Tokenizer['rules']; view: Tokenizer }>();
function withDollarStopView(tokenizer: Tokenizer): Tokenizer {
  const { rules } = tokenizer;
  const seen = views.get(tokenizer);
  if (seen?.rules === rules) return seen.view;
  // Keyed by marked's inline rules, which every lexer shares: one regular expression for all of them.
  let inline = dollarStops.get(rules.inline);
  if (!inline) dollarStops.set(rules.inline, (inline = withDollarStop(rules.inline)));
  const view = Object.create(tokenizer, { rules: { value: { ...rules, inline } } }) as Tokenizer;
  views.set(tokenizer, { rules, view });
  return view;
}

type InlineRules = Tokenizer['rules']['inline'];
const dollarStops = new WeakMap<InlineRules, InlineRules>();
/** Where marked's text rule lists the characters that may start other syntax. */
const TEXT_STOPS = '(?=[\\\\<!\\[`*~_]';
/** `$` among the characters of an email address's local part, in the same rule. */
const EMAIL_DOLLAR = '#$%';

function withDollarStop(inline: InlineRules): InlineRules {
  const { source, flags } = inline.text;
  // A marked that words its rule otherwise must be looked at again: failing here fails every test at once.
  if (!source.includes(TEXT_STOPS)) throw new Error(`marked's inline text rule has changed: no \`${TEXT_STOPS}\` in /${source}/`);
  const text = new RegExp(source.replace(TEXT_STOPS, `${TEXT_STOPS.slice(0, -1)}$]`).replaceAll(EMAIL_DOLLAR, '#%'), flags);
  return { ...inline, text };
}

/**
 * The kit's one Markdown front end: marked with GitHub Flavored Markdown and
 * citations, voice markers and math as tokens. Slides, notes and sources are lexed with it once, by
 * the check, and the same tokens are rendered; nothing else configures
 * marked's lexer. Never marked's global instance.
 */
export const markdown = new Marked(
  { gfm: true },
  {
    extensions: [citation, voice, math, mathBlock],
    tokenizer: { inlineText },
    // `*` and `_` inside a formula are TeX, never emphasis.
    hooks: { emStrongMask: maskMath },
  },
);

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
  if (tooManyMarks(text)) return [{ type: 'text', raw: text, text, escaped: false }];
  return createLexer().inlineTokens(text);
}

/** Every token in `tokens`, nested ones included, in document order. */
export function walkTokens(tokens: Token[], visit: (token: Token) => void): void {
  markdown.walkTokens(tokens, visit);
}
