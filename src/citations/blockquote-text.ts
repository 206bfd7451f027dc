import { lexParts } from '../markdown/lex.ts';
import { tokensToPlainText } from '../markdown/plain-text.ts';

/** Blockquote markers at the start of a line, however deeply nested. */
const MARKERS = /^[ \t]*(?:>[ \t]?)*/;
/** A line that names the speaker: it starts with a dash (`—`, `―`, `–`, `--`), or with a hyphen when it is no list item. */
const DASH_LINE = /^(?:[\u2013\u2014\u2015]|--)[ \t]*\S/;
const HYPHEN_LINE = /^-[ \t]+\S/;
const LIST_ITEM_LINE = /^(?:[-*+]|\d{1,9}[.)])[ \t]/;
const OPENING_MARK = /^["\u201C\u201E\u00AB\u00BB\u2039\u2018]/;
const CLOSING_MARK = /["\u201D\u201C\u00BB\u00AB\u203A\u2019][\s.,;:]*$/;

/**
 * The words a blockquote quotes, as a reader sees them: its Markdown read as
 * Markdown (so `>` markers, nested `> >` and list bullets inside the quote are
 * not words), without a closing attribution line (`— Zhao Lijian`) and
 * without quotation marks around the whole. `prose` is the blockquote's
 * Markdown with code and citations blanked, `file` and `offset` where it
 * stands. Undefined when the Markdown cannot be read within the kit's limits.
 */
export function blockquoteText(prose: string, file: string, offset: number): string | undefined {
  const quoted = withoutAttribution(prose.trimEnd());
  const [lexed] = lexParts(file, [{ markdown: quoted, offset }]);
  if (lexed?.kind !== 'lexed') return undefined;
  const text = tokensToPlainText(lexed.tokens).trim();
  return OPENING_MARK.test(text) && CLOSING_MARK.test(text) ? text.slice(1).replace(CLOSING_MARK, '').trim() : text;
}

function withoutAttribution(quote: string): string {
  const lastLineStart = quote.lastIndexOf('\n') + 1;
  if (lastLineStart === 0) return quote;
  const lastLine = quote.slice(lastLineStart).replace(MARKERS, '');
  const isAttribution = DASH_LINE.test(lastLine) || (HYPHEN_LINE.test(lastLine) && !hasListItemBefore(quote.slice(0, lastLineStart)));
  return isAttribution ? quote.slice(0, lastLineStart) : quote;
}

/** Whether a line before the last is a list item, making a last `- …` line one more item rather than an attribution. */
function hasListItemBefore(quote: string): boolean {
  return quote.split('\n').some((line) => LIST_ITEM_LINE.test(line.replace(MARKERS, '')));
}
