import { Marked, type Token } from 'marked';
import { diagnose } from '../diagnostics/diagnose.ts';
import type { Diagnostic } from '../types.ts';
import { firstLineLength } from './first-line.ts';
import { lexInWorker, startLexWorker, type LexOptions, type WorkerLexResult } from './lex-in-worker.ts';

/** One configuration for slides and sources alike, never marked's global instance. */
const MARKED_OPTIONS: LexOptions = { gfm: true };
const marked = new Marked(MARKED_OPTIONS);

/** How deep blockquotes may nest on one line before marked's recursive lexer is at risk of overflowing its stack. */
export const MAX_NESTING = 100;

/**
 * Files at least this long are lexed in a worker under a deadline. marked is
 * quadratic or worse on some inputs (runs of `a_`, `*a`, nested lists), but
 * below this size its worst case stays under a tenth of a second, while a
 * worker's round trip would slow every small file.
 */
export const GUARDED_FROM_CHARS = 8 * 1024;

/** The time one file's Markdown may take to lex; the rest of a file's check and render fit in the 2 s a file is allowed. */
export const LEX_DEADLINE_MS = 750;

const NESTED_QUOTES = new RegExp(`^(?:[ \\t]*>){${MAX_NESTING + 1},}`, 'm');

/** Starts the thread that lexes large files, so that it is ready when the project has been read. */
export function startLexer(): void {
  startLexWorker(MARKED_OPTIONS);
}

/** A stretch of a file's Markdown and where it starts. */
export interface MarkdownPart {
  markdown: string;
  offset: number;
}

export type Lexed = { tokens: Token[] } | { diagnostic?: Diagnostic };

/**
 * Lexes the parts of one file with marked's block lexer, turning failures
 * into diagnostics located in the file: nesting deep enough to overflow
 * marked's recursion (BRF108), and Markdown that takes longer than
 * `LEX_DEADLINE_MS` (BRF116). After a part runs out of time, the parts after
 * it are left unlexed with no diagnostic of their own.
 */
export function lexParts(file: string, parts: readonly MarkdownPart[], deadlineMs = LEX_DEADLINE_MS): Lexed[] {
  const pending: number[] = [];
  const lexed: Lexed[] = parts.map((part, index) => {
    const nested = NESTED_QUOTES.exec(part.markdown);
    if (nested) {
      const reason = `blockquotes nested more than ${MAX_NESTING} levels deep`;
      return { diagnostic: diagnose('BRF108', { reason }, { file, offset: part.offset + nested.index, length: nested[0].length }) };
    }
    const known = rememberedTokens.get(part.markdown);
    if (known) return { tokens: known };
    pending.push(index);
    return {};
  });
  const size = pending.reduce((sum, index) => sum + (parts[index] as MarkdownPart).markdown.length, 0);

  if (size < GUARDED_FROM_CHARS) {
    for (const index of pending) lexed[index] = lexHere(file, parts[index] as MarkdownPart);
  } else {
    const outcome = lexInWorker(
      pending.map((index) => (parts[index] as MarkdownPart).markdown),
      MARKED_OPTIONS,
      performance.now() + deadlineMs,
    );
    pending.forEach((partIndex, i) => {
      const part = parts[partIndex] as MarkdownPart;
      const result = outcome.results[i];
      if (result) lexed[partIndex] = fromWorker(file, part, result);
      else if (i === outcome.results.length) lexed[partIndex] = { diagnostic: tooSlow(file, part, deadlineMs) };
    });
  }
  for (const index of pending) {
    const result = lexed[index] as Lexed;
    if ('tokens' in result) rememberTokens((parts[index] as MarkdownPart).markdown, result.tokens);
  }
  return lexed;
}

/**
 * Tokens of Markdown lexed before, by its text. The dev server checks the
 * whole project on every save, but only the saved file needs lexing again.
 * Tokens are only read, never changed, so one array serves every check.
 */
const rememberedTokens = new Map<string, Token[]>();
const MAX_REMEMBERED_CHARS = 16 * 1024 * 1024;
let rememberedChars = 0;

function rememberTokens(markdown: string, tokens: Token[]): void {
  if (rememberedChars + markdown.length > MAX_REMEMBERED_CHARS) {
    rememberedTokens.clear();
    rememberedChars = 0;
  }
  rememberedTokens.set(markdown, tokens);
  rememberedChars += markdown.length;
}

/** How many Markdown elements (tokens, nested ones included) `tokens` hold. */
export function countTokens(tokens: Token[]): number {
  let count = 0;
  marked.walkTokens(tokens, () => {
    count++;
  });
  return count;
}

function lexHere(file: string, part: MarkdownPart): Lexed {
  try {
    return { tokens: marked.lexer(part.markdown) };
  } catch (error) {
    return { diagnostic: parserFailed(file, part, String(error), error instanceof RangeError) };
  }
}

function fromWorker(file: string, part: MarkdownPart, result: WorkerLexResult): Lexed {
  return 'tokens' in result ? result : { diagnostic: parserFailed(file, part, result.error, result.overflow) };
}

function parserFailed(file: string, part: MarkdownPart, error: string, overflow: boolean): Diagnostic {
  const reason = overflow ? 'it is nested too deeply for the Markdown parser' : `the Markdown parser failed (${error})`;
  return diagnose('BRF108', { reason }, { file, offset: part.offset, length: firstLineLength(part.markdown) });
}

/**
 * Points at the part's longest paragraph: marked's slow cases grow faster
 * than the text, so the longest stretch without a blank line is where the
 * time went.
 */
function tooSlow(file: string, part: MarkdownPart, deadlineMs: number): Diagnostic {
  let longest = { start: 0, length: 0 };
  for (const match of part.markdown.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    if (match[0].length > longest.length) longest = { start: match.index, length: match[0].length };
  }
  const offset = part.offset + longest.start;
  return diagnose('BRF116', { milliseconds: deadlineMs }, { file, offset, length: firstLineLength(part.markdown.slice(longest.start)) });
}
