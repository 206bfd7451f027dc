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
