import { spanOf } from '../diagnostics/diagnose.ts';
import { LineIndex } from '../diagnostics/line-index.ts';
import type { CheckResult, Claim, Diagnostic, ReviewStatus, Span, VoicedStatement } from '../types.ts';
import { citedParagraphs, type CitedParagraph } from './cited-paragraphs.ts';
import { statusCounts, type StatusKind } from './review-counts.ts';

/** A claim as a reviewer reads it: where it stands, and the full text of what it cites. */
export interface LedgerEntry {
  id: string;
  claim: Claim;
  status: ReviewStatus;
  /** The slide it is on, by number, and that slide's title if it has one. */
  slide: { number: number; title?: string };
  at: Place;
  cited: CitedParagraph[];
  /** Warnings on the claim that its author accepted (`<!-- brief-accept CODE: reason -->`): the reviewer weighs the reason. */
  accepted: Diagnostic[];
}

/** Where a claim or statement starts, 1-based. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** Every claim of a checked deck beside what it cites: what `brief review` and the dev server's `/review` page show. */
export interface ReviewLedger {
  title: string;
  entries: LedgerEntry[];
  counts: Record<StatusKind, number>;
  /** The statements in the briefer's own voice (`[!assessment]`…): no source to read them against, but a reviewer reads them too. */
  voiced: { statement: VoicedStatement; at: Place }[];
}

/** The ledger of a checked project; `texts` are its files' texts, to say where each claim is. */
export function reviewLedger(result: CheckResult, texts: ReadonlyMap<string, string>): ReviewLedger {
  const indexes = new Map<string, LineIndex>();
  const placeOf = ({ file, offset }: { file: string; offset: number }): Place => {
    let index = indexes.get(file);
    if (!index) indexes.set(file, (index = new LineIndex(texts.get(file) ?? '')));
    return { file, ...index.locate(offset) };
  };
  const slides = new Map(result.deck.slides.map((slide) => [slide.number, slide]));
  const accepted = result.diagnostics.filter((d) => d.accepted !== undefined);
  const entries = result.reviews.map(({ id, claim, status }): LedgerEntry => {
    const title = slides.get(claim.slide)?.title;
    return {
      id,
      claim,
      status,
      slide: { number: claim.slide, ...(title ? { title } : {}) },
      at: placeOf(claim.span),
      cited: citedParagraphs(claim, result.sources),
      accepted: accepted.filter((d) => within(spanOf(d), claim.span)),
    };
  });
  return {
    title: result.deck.settings.title ?? result.deck.slides[0]?.title ?? 'Briefing',
    entries,
    counts: statusCounts(result.reviews),
    voiced: result.verification.voiced.map((statement) => ({ statement, at: placeOf(statement.span) })),
  };
}

function within(span: Span | undefined, outer: Span): boolean {
  return span !== undefined && span.file === outer.file && span.offset >= outer.offset && span.offset < outer.offset + outer.length;
}
