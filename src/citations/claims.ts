import { claimText } from './claim-text.ts';
import type { Block, Claim, ResolvedCitation, Span, VerifiedQuotation } from '../types.ts';

/**
 * A claim as checking finds it. Its text is worked out when first read:
 * only claim ids and reviews (a lock, `brief review`) need it, and a deck
 * checked without them never does. A class, not an object with a getter of
 * its own, so that every claim keeps one shape for the rules that read
 * thousands of them.
 */
class FoundClaim implements Claim {
  #text: string | undefined;

  constructor(
    readonly slide: number,
    readonly part: 'body' | 'notes',
    readonly kind: Claim['kind'],
    readonly span: Span,
    readonly markdown: string,
    readonly citations: ResolvedCitation[],
    readonly quotations: VerifiedQuotation[],
    readonly row: number | undefined,
    text?: string,
  ) {
    this.#text = text;
  }

  get text(): string {
    return (this.#text ??= claimText(this.markdown));
  }
}

/** A block that carries citations, as a claim: its words without citations or Markdown, and what it cites and quotes. */
export function claimOf(
  block: Block,
  place: Pick<Claim, 'slide' | 'part'>,
  citations: ResolvedCitation[],
  quotations: VerifiedQuotation[],
): Claim {
  return new FoundClaim(place.slide, place.part, block.kind, block.span, block.markdown, citations, quotations, block.row);
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
      merged[merged.length - 1] = new FoundClaim(
        last.slide,
        last.part,
        'table-row',
        { ...last.span, length: end - last.span.offset },
        `${last.markdown} | ${claim.markdown}`,
        [...last.citations, ...claim.citations],
        [...last.quotations, ...claim.quotations],
        last.row,
        `${last.text} | ${claim.text}`,
      );
    } else if (claim.kind === 'table-cell') {
      merged.push(new FoundClaim(claim.slide, claim.part, 'table-row', claim.span, claim.markdown, claim.citations, claim.quotations, claim.row));
    } else merged.push(claim);
  }
  return merged;
}

function sameLine(row: Claim, cell: Claim): boolean {
  return row.span.file === cell.span.file && row.row === cell.row;
}
