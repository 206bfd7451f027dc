import type { Claim, Source, SourceParagraph } from '../types.ts';

/** A paragraph a claim cites, with the pieces of its text that the claim quotes (offsets into `paragraph.text`). */
export interface CitedParagraph {
  source: Source;
  paragraph: SourceParagraph;
  quoted: { start: number; end: number }[];
}

/** The paragraphs a claim cites, each once, in the order it cites them: what a reviewer reads it against. */
export function citedParagraphs(claim: Claim, sources: ReadonlyMap<string, Source>): CitedParagraph[] {
  const cited = new Map<string, CitedParagraph>();
  for (const citation of claim.citations) {
    for (const ref of citation.paragraphs) {
      const source = sources.get(ref.sourceId);
      const paragraph = source?.paragraphs[ref.paragraph - 1];
      const key = `${ref.sourceId} ${ref.paragraph}`;
      if (source && paragraph && !cited.has(key)) cited.set(key, { source, paragraph, quoted: [] });
    }
  }
  for (const { found } of claim.quotations) cited.get(`${found.sourceId} ${found.paragraph}`)?.quoted.push(...found.pieces);
  return [...cited.values()];
}

/** What a verdict on the claim is bound to: its cited paragraphs by number and content hash (`Review.paragraphs`). */
export function reviewedParagraphs(cited: readonly CitedParagraph[]): { source: string; paragraph: number; hash: string }[] {
  return cited.map(({ source, paragraph }) => ({ source: source.id, paragraph: paragraph.number, hash: paragraph.hash }));
}
