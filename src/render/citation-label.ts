import type { Source } from '../types.ts';

const MAX_LABEL_WORDS = 3;

/** The short name a citation marker shows: `short` from front matter, else the publisher, else the title's first words. */
export function sourceLabel(source: Source): string {
  if (source.meta.short) return source.meta.short;
  if (source.meta.publisher) return source.meta.publisher;
  const words = source.meta.title.split(/\s+/);
  return words.length > MAX_LABEL_WORDS ? `${words.slice(0, MAX_LABEL_WORDS).join(' ')}…` : source.meta.title;
}

/** `¶4`, `¶4-6`, `¶4, ¶7`. */
export function paragraphList(ranges: readonly { from: number; to: number }[]): string {
  return ranges.map((r) => (r.from === r.to ? `¶${r.from}` : `¶${r.from}-${r.to}`)).join(', ');
}

/** The anchor of a paragraph in the source reader. */
export function paragraphAnchor(sourceId: string, paragraph: number): string {
  return `${sourceId}-p${paragraph}`;
}
