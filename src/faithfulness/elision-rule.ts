import { diagnose } from '../diagnostics/diagnose.ts';
import { clip } from '../text/clip.ts';
import type { Claim, Diagnostic, Source } from '../types.ts';
import { citedLabel } from './cited-label.ts';
import { contrasts, negations, qualifiers } from './qualifiers.ts';

const MAX_OMITTED = 120;

/**
 * Elision that changes meaning: the words an ellipsis leaves out of a
 * quotation hold a negation ("not", "never", "without"), a qualifier ("may",
 * "likely") or a contrast ("but", "although"): the quotation then says more,
 * or other, than the source.
 */
export function meaningfulElisions(claim: Claim, sources: ReadonlyMap<string, Source>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { quotation, found } of claim.quotations) {
    const source = sources.get(found.sourceId);
    const text = source?.paragraphs[found.paragraph - 1]?.text;
    if (!source || text === undefined) continue;
    for (let i = 1; i < found.pieces.length; i++) {
      const omitted = text.slice((found.pieces[i - 1] as { end: number }).end, (found.pieces[i] as { start: number }).start);
      const word = negations.find(omitted) ?? qualifiers.find(omitted) ?? contrasts.find(omitted);
      if (!word) continue;
      const paragraph = source.paragraphs[found.paragraph - 1];
      const cited = paragraph ? citedLabel(source, paragraph) : source.id;
      diagnostics.push(diagnose('BRF131', { word: word.word, omitted: clip(omitted.trim(), MAX_OMITTED), cited }, quotation.span));
      break;
    }
  }
  return diagnostics;
}
