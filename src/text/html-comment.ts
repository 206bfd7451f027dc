/**
 * HTML comments that a browser ends only at their final `-->`: none opens
 * with `>` or `->` (which close a comment at once) or holds `--`. They carry
 * slide attributes and authors' asides, and show nothing.
 */
const PLAIN_COMMENTS = /^\s*(?:<!--(?!-?>)(?:(?!--)[\s\S])*-->\s*)+$/;

/** Whether `html` is only plain comments (and white space). */
export function isPlainComment(html: string): boolean {
  return PLAIN_COMMENTS.test(html);
}

/**
 * A function giving, for an HTML comment opening at `start`, where it ends
 * (just after the first `-->` past its `<!--`), or undefined when it never
 * closes; for openings asked about from left to right in `text`.
 *
 * A search, not a lazy pattern such as `<!--[\s\S]*?-->`: that reads to the
 * end of the text from every `<!--` that never closes, so text of many `<!--`
 * and no `-->` costs the square of its length. Once one opening has no `-->`
 * after it, none after it has either, and the text is read to its end once.
 */
export function commentEnds(text: string): (start: number) => number | undefined {
  let unclosedFrom = Infinity;
  return (start) => {
    if (start >= unclosedFrom) return undefined;
    const close = text.indexOf('-->', start + 4);
    if (close !== -1) return close + 3;
    unclosedFrom = start;
    return undefined;
  };
}

/** A comment found in text: where it starts, where what follows its opening starts, and where it ends (after `-->`). */
export interface FoundComment {
  start: number;
  bodyStart: number;
  end: number;
}

/**
 * The HTML comments in `text` whose opening matches `opening` (`<!--` and
 * what must follow it, never reaching a `-->`), in order, each up to the
 * first `-->` after it: what `/<!--…([\s\S]*?)-->/g` finds, with the text
 * read once (see `commentEnds`).
 */
export function* htmlComments(text: string, opening: RegExp = /<!--/): Generator<FoundComment> {
  const endOf = commentEnds(text);
  const pattern = new RegExp(opening.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = endOf(match.index);
    if (end === undefined) return;
    yield { start: match.index, bodyStart: match.index + match[0].length, end };
    pattern.lastIndex = end;
  }
}
