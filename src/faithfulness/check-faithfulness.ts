import type { Claim, Deck, Diagnostic, Source, SourceParagraph, Verification } from '../types.ts';
import { meaningfulElisions } from './elision-rule.ts';
import { misattributedQuotations } from './attribution-rule.ts';
import { hedgeDropped } from './hedge-rule.ts';
import { citesAny } from '../provenance/cited-paragraphs.ts';
import { asks, claimStatements, questionsMadeStatements, type Statement } from './question-rule.ts';
import { contentWords } from './content-words.ts';
import { SourceSentences } from './source-sentences.ts';
import { uncitedClaims } from './uncited-rule.ts';

/**
 * The faithfulness checks: aids to a reader, not proof of meaning (README,
 * "Faithfulness"). Each is a warning pointing at the slide's words, its hint
 * quoting the source's own.
 */
export function checkFaithfulness(deck: Deck, sources: ReadonlyMap<string, Source>, verification: Verification): Diagnostic[] {
  const index = new SourceSentences();
  const diagnostics: Diagnostic[] = [];
  const statements: Statement[] = [];
  const qualifiesOrAsks = (source: Source, paragraph: SourceParagraph) => index.hasQualifier(paragraph) || asks(source, paragraph);
  for (const claim of verification.claims) {
    // Most claims quote nothing and rest on paragraphs that neither qualify nor ask: none of these rules has anything to read in them.
    if (claim.quotations.length === 0 && !citesAny(claim, sources, qualifiesOrAsks)) continue;
    diagnostics.push(...hedgeDropped(claim, sources, index), ...meaningfulElisions(claim, sources), ...misattributedQuotations(claim, sources, index));
    statements.push(...claimStatements(claim, sources, index));
  }
  statements.push(...slideTitles(deck, sources, verification, index));
  diagnostics.push(...questionsMadeStatements(statements, index), ...uncitedClaims(deck, verification));
  return diagnostics;
}

/** A slide's title with no citation of its own sums the slide up: it rests on what the slide's claims cite. */
function slideTitles(deck: Deck, sources: ReadonlyMap<string, Source>, verification: Verification, index: SourceSentences): Statement[] {
  const bySlide = new Map<number, Claim[]>();
  for (const claim of verification.claims) {
    if (claim.part !== 'body') continue;
    const list = bySlide.get(claim.slide) ?? [];
    list.push(claim);
    bySlide.set(claim.slide, list);
  }
  const titles: Statement[] = [];
  for (const slide of deck.slides) {
    const heading = slide.body.blocks.find((block) => block.kind === 'heading');
    const claims = bySlide.get(slide.number) ?? [];
    if (!heading || !slide.title || claims.some((claim) => claim.span === heading.span)) continue;
    // Most slides rest on paragraphs that ask nothing: their titles state no question as settled.
    if (!claims.some((claim) => citesAny(claim, sources, asks))) continue;
    const cited = new Map<SourceParagraph, Statement['cited'][number]>();
    for (const claim of claims) for (const entry of index.citedBy(claim, sources)) cited.set(entry.paragraph, entry);
    titles.push({ text: slide.title, span: heading.span, words: contentWords(slide.title), cited: [...cited.values()] });
  }
  return titles;
}
