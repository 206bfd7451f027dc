import { VOICES } from '../markdown/voice-syntax.ts';
import type { CitedSource, Source, VoiceToken } from '../types.ts';
import { labelOf, paragraphAnchor, paragraphList, spokenParagraphs } from './citation-label.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * A citation on a slide: a compact marker, `[PISM ¶4]`, each reference a
 * link to its first cited paragraph in the source reader, carrying its
 * footnote number for print. Every value in it is escaped.
 *
 * A reference to the source cited just before it shows only its paragraphs,
 * `[¶5]`, so that four bullets citing one analysis name it once. As with
 * CSL's "ibid" position (Pandoc's citeproc), "just before" is the reference
 * before it in this marker or, for a marker citing one source only,
 * `previousSource`: the part's previous marker's source, when that cited one
 * source only (see soleSource). Its accessible name
 * (`¶5: China sides with Russia, paragraph 5`) and title (the source's full
 * title) still name the source; the link, and the footnote in print, are the
 * same as for a full marker. An accessible name starts with the words
 * shown (WCAG's "label in name"), so that a voice-control user can say what
 * they see, and then says the paragraphs as words.
 */
export function citationMarker(cited: readonly CitedSource[], sources: ReadonlyMap<string, Source>, footnote: number, previousSource?: string): string {
  const links = cited.map((reference, index) => {
    const source = sources.get(reference.sourceId);
    const paragraphs = reference.ranges.flatMap((range) => Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i));
    const title = source ? `${source.meta.title}, ${paragraphList(reference.ranges)}` : reference.sourceId;
    const label = labelOf(reference.sourceId, sources);
    const repeated = index === 0 ? previousSource !== undefined && soleSource(cited) === previousSource : reference.sourceId === cited[index - 1]?.sourceId;
    const text = repeated ? paragraphList(reference.ranges) : `${label} ${paragraphList(reference.ranges)}`;
    const name = `${text}: ${repeated ? `${label}, ` : ''}${spokenParagraphs(reference.ranges)}`;
    return (
      `<a class="citation${repeated ? ' citation-repeated' : ''}" href="#${paragraphAnchor(reference.sourceId, paragraphs[0] ?? 1)}" data-source="${escapeHtml(reference.sourceId)}" ` +
      `data-paragraphs="${paragraphs.join(' ')}" title="${escapeHtml(title)}" aria-label="${escapeHtml(name)}">${escapeHtml(text)}</a>`
    );
  });
  return `<span class="citation-marker" data-footnote="${footnote}">[${links.join('; ')}]</span>`;
}

/** The source a citation cites, when it cites only one; a citation of several sources makes none the one cited last. */
export function soleSource(cited: readonly CitedSource[]): string | undefined {
  const first = cited[0]?.sourceId;
  return cited.every((reference) => reference.sourceId === first) ? first : undefined;
}

/** A statement in the briefer's own voice: a marker that says so (`Our assessment`), never a link, numbered for print like a citation. */
export function voiceMarker(token: Pick<VoiceToken, 'voice' | 'note'>, footnote: number): string {
  const title = token.note ? ` title="${escapeHtml(token.note)}"` : '';
  return `<span class="voice-marker" data-voice="${token.voice}" data-footnote="${footnote}"${title}>${VOICES[token.voice]}</span>`;
}
