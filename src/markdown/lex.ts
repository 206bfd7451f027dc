import type { Token, Tokens } from 'marked';
import { diagnose } from '../diagnostics/diagnose.ts';
import { firstLineLength } from '../text/first-line.ts';
import type { Diagnostic, TokenStore } from '../types.ts';
import { createLexer, walkTokens } from './front-end.ts';
import { firstTooDeepLine, MAX_INLINE_MARKS, MAX_NESTING, tooManyMarks } from './limits.ts';

/** A stretch of a file's Markdown and where it starts. */
export interface MarkdownPart {
  markdown: string;
  offset: number;
}

/**
 * A part's tokens, with the problems that kept some of it from being lexed
 * in full (a run of inline text over the emphasis limit is kept as plain
 * text, and reported); or, when its nesting is too deep to lex at all, why.
 */
export type Lexed = { kind: 'lexed'; tokens: Token[]; diagnostics: Diagnostic[] } | { kind: 'unparsed'; diagnostic: Diagnostic };

/**
 * Lexes the parts of one file with marked, within the limits that keep its
 * work proportional to the input (limits.ts). `cache` keeps the tokens of
 * Markdown lexed before, for a dev server that re-checks on every save. Everything past a
 * limit is reported where it stands: nesting too deep (BRF108) and inline
 * text with too many emphasis or exclamation marks (BRF116).
 */
export function lexParts(file: string, parts: readonly MarkdownPart[], cache?: TokenStore): Lexed[] {
  return parts.map((part) => {
    const known = cache?.get(part.markdown);
    if (known) return { kind: 'lexed', tokens: known, diagnostics: [] };
    const lexed = lexPart(file, part);
    // A diagnostic holds its place in the file, so only clean results are shared.
    if (lexed.kind === 'lexed' && lexed.diagnostics.length === 0) cache?.set(part.markdown, lexed.tokens);
    return lexed;
  });
}

function lexPart(file: string, part: MarkdownPart): Lexed {
  const deep = firstTooDeepLine(part.markdown);
  if (deep) {
    const reason = `containers (blockquotes, lists) nested more than ${MAX_NESTING} levels deep`;
    return { kind: 'unparsed', diagnostic: diagnose('BRF108', { reason }, { file, offset: part.offset + deep.offset, length: deep.length }) };
  }
  try {
    return lexWithinLimits(file, part);
  } catch (error) {
    // The limits keep marked within its stack; this is what is left of the unexpected.
    const reason = error instanceof RangeError ? 'it is nested too deeply for the Markdown parser' : `the Markdown parser failed (${String(error)})`;
    return { kind: 'unparsed', diagnostic: diagnose('BRF108', { reason }, { file, offset: part.offset, length: firstLineLength(part.markdown) }) };
  }
}

/**
 * marked's own `lex`, with a look at each run of inline text before its
 * inline pass: a run over the marks limit stays one plain text token.
 */
function lexWithinLimits(file: string, part: MarkdownPart): Lexed {
  const lexer = createLexer();
  const tokens = lexer.blockTokens(part.markdown, lexer.tokens);
  const diagnostics: Diagnostic[] = [];
  let owners: Map<Token[], number> | undefined;
  for (const { src, tokens: inline } of lexer.inlineQueue) {
    const over = tooManyMarks(src);
    if (!over) {
      lexer.state.inRawBlock = false;
      lexer.inlineTokens(src, inline);
      continue;
    }
    inline.push({ type: 'text', raw: src, text: src, escaped: false } satisfies Tokens.Text);
    owners ??= topLevelOwners(tokens);
    const at = locateRun(src, tokens, owners.get(inline) ?? 0, part);
    diagnostics.push(diagnose('BRF116', { ...over, max: MAX_INLINE_MARKS }, { file, ...at }));
  }
  lexer.inlineQueue = [];
  return { kind: 'lexed', tokens, diagnostics };
}

/** For each array of inline tokens the block pass set aside, the index of the top-level token holding it. */
function topLevelOwners(tokens: readonly Token[]): Map<Token[], number> {
  const owners = new Map<Token[], number>();
  tokens.forEach((token, index) => {
    for (const inline of inlineArrays(token)) owners.set(inline, index);
  });
  return owners;
}

function inlineArrays(token: Token): Token[][] {
  const arrays: Token[][] = [];
  const visit = (t: Token) => {
    if ('tokens' in t && Array.isArray(t.tokens)) {
      arrays.push(t.tokens);
      t.tokens.forEach(visit);
    }
    if (t.type === 'list') for (const item of (t as Tokens.List).items) visit(item);
    if (t.type === 'table') {
      const table = t as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) arrays.push(cell.tokens);
    }
  };
  visit(token);
  return arrays;
}

/** Where an over-limit run stands: its first line inside the top-level token holding it, else that token's start. */
function locateRun(src: string, tokens: readonly Token[], owner: number, part: MarkdownPart): { offset: number; length: number } {
  let start = part.offset;
  for (let i = 0; i < owner; i++) start += (tokens[i] as Token).raw.length;
  const raw = (tokens[owner] as Token | undefined)?.raw ?? '';
  const firstLine = src.slice(0, firstLineLength(src));
  const within = firstLine ? raw.indexOf(firstLine) : -1;
  return within === -1 ? { offset: start, length: firstLineLength(raw) } : { offset: start + within, length: firstLine.length };
}

/** How many Markdown elements (tokens, nested ones included) `tokens` hold. */
export function countTokens(tokens: Token[]): number {
  let count = 0;
  walkTokens(tokens, () => {
    count++;
  });
  return count;
}
