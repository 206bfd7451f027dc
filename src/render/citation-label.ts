import type { CitedRange, CitedSource, Source } from '../types.ts';

const MAX_LABEL_WORDS = 3;

/** The short name a citation marker shows: `short` from front matter, else the publisher, else the title's first words. */
export function sourceLabel(source: Source): string {
  if (source.meta.short) return source.meta.short;
  if (source.meta.publisher) return source.meta.publisher;
  const words = source.meta.title.split(/\s+/);
  return words.length > MAX_LABEL_WORDS ? `${words.slice(0, MAX_LABEL_WORDS).join(' ')}…` : source.meta.title;
}

/** The label of the source with `sourceId`, or the id itself for a source the project lacks. */
export function labelOf(sourceId: string, sources: ReadonlyMap<string, Source>): string {
  const source = sources.get(sourceId);
  return source ? sourceLabel(source) : sourceId;
}

/** `¶4`, `¶4-6`, `¶4, ¶7`. */
export function paragraphList(ranges: readonly CitedRange[]): string {
  return ranges.map((range) => range.label).join(', ');
}

/** The ¶ numbers as a screen reader should say them: `paragraph 4`, `paragraphs 4 to 6`, `paragraphs 4, 7 and 9`. */
export function spokenParagraphs(ranges: readonly CitedRange[]): string {
  const parts = ranges.map((range) => (range.from === range.to ? `${range.from}` : `${range.from} to ${range.to}`));
  const single = ranges.length === 1 && ranges[0]?.from === ranges[0]?.to;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
  return `${single ? 'paragraph' : 'paragraphs'} ${list}`;
}

/** A citation as a reader names it: `[PISM ¶4; CFR ¶2-3]`. */
export function citationText(cited: readonly CitedSource[], sources: ReadonlyMap<string, Source>): string {
  return `[${cited.map((reference) => `${labelOf(reference.sourceId, sources)} ${paragraphList(reference.ranges)}`).join('; ')}]`;
}

/** The same for two citations of the same paragraphs, however they were written. */
export function citationKey(cited: readonly CitedSource[]): string {
  return cited.map((reference) => `${reference.sourceId} ${reference.ranges.map((range) => `${range.from}-${range.to}`).join(',')}`).join('; ');
}

/** The anchor of a paragraph in the source reader. */
export function paragraphAnchor(sourceId: string, paragraph: number): string {
  return `${sourceId}-p${paragraph}`;
}
