import { VOICES } from '../markdown/voice-syntax.ts';
import type { CitedSource, Source, VoiceToken } from '../types.ts';
import { labelOf, paragraphAnchor, paragraphList } from './citation-label.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * A citation on a slide: a compact marker, `[PISM ¶4]`, each reference a
 * link to its first cited paragraph in the source reader, carrying its
 * footnote number for print. Every value in it is escaped.
 */
export function citationMarker(cited: readonly CitedSource[], sources: ReadonlyMap<string, Source>, footnote: number): string {
  const links = cited.map((reference) => {
    const source = sources.get(reference.sourceId);
    const paragraphs = reference.ranges.flatMap((range) => Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i));
    const title = source ? `${source.meta.title}, ${paragraphList(reference.ranges)}` : reference.sourceId;
    return (
      `<a class="citation" href="#${paragraphAnchor(reference.sourceId, paragraphs[0] ?? 1)}" data-source="${escapeHtml(reference.sourceId)}" ` +
      `data-paragraphs="${paragraphs.join(' ')}" title="${escapeHtml(title)}">${escapeHtml(`${labelOf(reference.sourceId, sources)} ${paragraphList(reference.ranges)}`)}</a>`
    );
  });
  return `<span class="citation-marker" data-footnote="${footnote}">[${links.join('; ')}]</span>`;
}

/** A statement in the briefer's own voice: a marker that says so (`Our assessment`), never a link, numbered for print like a citation. */
export function voiceMarker(token: Pick<VoiceToken, 'voice' | 'note'>, footnote: number): string {
  const title = token.note ? ` title="${escapeHtml(token.note)}"` : '';
  return `<span class="voice-marker" data-voice="${token.voice}" data-footnote="${footnote}"${title}>${VOICES[token.voice]}</span>`;
}
