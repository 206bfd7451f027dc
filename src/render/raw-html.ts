import { decodeHTMLAttribute } from 'entities/decode';
import { citationPattern } from '../markdown/citation-syntax.ts';
import { commentEnds } from '../text/html-comment.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * A comment's opening, a tag of raw HTML, or a citation in its text. A tag
 * stops at the next `<` as well as at `>`, so text full of unclosed `<` is
 * scanned once; where a comment ends is searched for (see commentEnds), so
 * text full of unclosed `<!--` is too.
 */
const OPENING_TAG_OR_CITATION = new RegExp(`(<!--)|(<[^<>]*>)|${citationPattern().source}`, 'g');
const TAG = /<[^<>]*>/y;

/**
 * The citations in raw HTML's text (not in a tag or a comment), in order,
 * with where each starts. A comment runs to the first `-->` after its
 * `<!--`; one that never closes is read on as a tag, or as text.
 */
function* textCitations(html: string): Generator<{ index: number; raw: string }> {
  const pattern = new RegExp(OPENING_TAG_OR_CITATION);
  const tag = new RegExp(TAG);
  const commentEnd = commentEnds(html);
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match[1] !== undefined) {
      tag.lastIndex = match.index;
      pattern.lastIndex = commentEnd(match.index) ?? (tag.test(html) ? tag.lastIndex : match.index + 1);
    } else if (match[2] === undefined) yield { index: match.index, raw: match[0] };
  }
}

/**
 * Raw HTML in a slide with each citation in its text (not in a tag or a
 * comment) replaced by `marker(raw)`: `<div class="box">Claim [@a ¶3]</div>`
 * shows a marker, as the same citation in Markdown does.
 */
export function withCitationMarkers(html: string, marker: (raw: string) => string): string {
  let out = '';
  let at = 0;
  for (const { index, raw } of textCitations(html)) {
    out += html.slice(at, index) + marker(raw);
    at = index + raw.length;
  }
  return out + html.slice(at);
}

/** The citations in raw HTML's text, in order: what `withCitationMarkers` replaces. */
export function citationsInHtml(html: string): string[] {
  return Array.from(textCitations(html), (citation) => citation.raw);
}

const MEDIA_SOURCE = /(<(?:img|video|audio|source|track)\b[^<>]*?\ssrc\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))/gi;

/** Raw HTML with the `src` of each media tag replaced by the project file it loads (see check/media-rules.ts), when known. */
export function withMediaPaths(html: string, mediaPaths: ReadonlyMap<string, string>): string {
  if (mediaPaths.size === 0) return html;
  return html.replace(MEDIA_SOURCE, (match: string, start: string, double?: string, single?: string, bare?: string) => {
    const path = mediaPaths.get(decodeHTMLAttribute(double ?? single ?? bare ?? ''));
    return path === undefined ? match : `${start}"${escapeHtml(path)}"`;
  });
}
