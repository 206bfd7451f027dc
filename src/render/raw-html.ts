import { decodeHTMLAttribute } from 'entities';
import { citationPattern } from '../markdown/citation-syntax.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * A tag or comment of raw HTML, or a citation in its text. A tag stops at
 * the next `<` as well as at `>`, so text full of unclosed `<` is scanned
 * once.
 */
const TAG_OR_CITATION = new RegExp(`(<!--[\\s\\S]*?-->|<[^<>]*>)|${citationPattern().source}`, 'g');

/**
 * Raw HTML in a slide with each citation in its text (not in a tag or a
 * comment) replaced by `marker(raw)`: `<div class="box">Claim [@a ¶3]</div>`
 * shows a marker, as the same citation in Markdown does.
 */
export function withCitationMarkers(html: string, marker: (raw: string) => string): string {
  return html.replace(TAG_OR_CITATION, (match: string, tag: string | undefined) => (tag === undefined ? marker(match) : match));
}

/** The citations in raw HTML's text, in order: what `withCitationMarkers` replaces. */
export function citationsInHtml(html: string): string[] {
  return [...html.matchAll(TAG_OR_CITATION)].filter((match) => match[1] === undefined).map((match) => match[0]);
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
