import type { Source, SourceParagraph } from '../types.ts';

/** How a faithfulness message names a cited paragraph: the source's short label (or id) and its number, `PISM ¶4`. */
export function citedLabel(source: Source, paragraph: SourceParagraph): string {
  return `${source.meta.short ?? source.id} ¶${paragraph.number}`;
}
