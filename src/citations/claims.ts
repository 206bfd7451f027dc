import { claimText } from './claim-text.ts';
import type { Block, Claim, ResolvedCitation, VerifiedQuotation } from '../types.ts';

/** A block that carries citations, as a claim: its words without citations or Markdown, and what it cites and quotes. */
export function claimOf(
  block: Block,
  place: Pick<Claim, 'slide' | 'part'>,
  citations: ResolvedCitation[],
  quotations: VerifiedQuotation[],
): Claim {
  const claim: Claim = { slide: place.slide, part: place.part, kind: block.kind, span: block.span, markdown: block.markdown, text: claimText(block.markdown), citations, quotations };
  if (block.row !== undefined) claim.row = block.row;
  return claim;
}

/**
 * A table's claims are its rows: the cells of one line that carry
 * citations become one claim, whose span runs from the first to the last.
 */
export function mergeTableRows(claims: readonly Claim[]): Claim[] {
  const merged: Claim[] = [];
  for (const claim of claims) {
    const last = merged[merged.length - 1];
    if (claim.kind === 'table-cell' && last?.kind === 'table-row' && sameLine(last, claim)) {
      const end = claim.span.offset + claim.span.length;
      merged[merged.length - 1] = {
        ...last,
        span: { ...last.span, length: end - last.span.offset },
        markdown: `${last.markdown} | ${claim.markdown}`,
        text: `${last.text} | ${claim.text}`,
        citations: [...last.citations, ...claim.citations],
        quotations: [...last.quotations, ...claim.quotations],
      };
    } else merged.push(claim.kind === 'table-cell' ? { ...claim, kind: 'table-row' } : claim);
  }
  return merged;
}

function sameLine(row: Claim, cell: Claim): boolean {
  return row.span.file === cell.span.file && row.row === cell.row;
}
