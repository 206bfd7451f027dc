import type { Claim, Deck, Diagnostic, Source, SourceParagraph, Verification } from '../types.ts';
import { meaningfulElisions } from './elision-rule.ts';
import { misattributedQuotations } from './attribution-rule.ts';
import { hedgeDropped } from './hedge-rule.ts';
import { citesAny, paragraphTest } from '../provenance/cited-paragraphs.ts';
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
  // Most paragraphs state things plainly and ask nothing: a claim resting only on those has no hedge to drop and no question to settle.
  const qualifying = paragraphTest(sources, (_, paragraph) => index.hasQualifier(paragraph));
  const asking = paragraphTest(sources, asks);
  // Slides whose claims rest on a paragraph that asks: only their titles can state a question as settled.
  const slidesAsking = new Set<number>();
  for (const claim of verification.claims) {
    const qualifies = citesAny(claim, qualifying);
    const asked = citesAny(claim, asking);
    if (asked && claim.part === 'body') slidesAsking.add(claim.slide);
    // Most claims also quote nothing: none of these rules has anything to read in them.
    if (claim.quotations.length === 0 && !qualifies && !asked) continue;
    if (qualifies) diagnostics.push(...hedgeDropped(claim, sources, index));
    diagnostics.push(...meaningfulElisions(claim, sources), ...misattributedQuotations(claim, sources, index));
    if (asked) statements.push(...claimStatements(claim, sources, index));
  }
  statements.push(...slideTitles(deck, sources, verification, index, slidesAsking));
  diagnostics.push(...questionsMadeStatements(statements, index), ...uncitedClaims(deck, verification));
  return diagnostics;
}

/** A slide's title with no citation of its own sums the slide up: it rests on what the slide's claims cite. */
function slideTitles(deck: Deck, sources: ReadonlyMap<string, Source>, verification: Verification, index: SourceSentences, slidesAsking: ReadonlySet<number>): Statement[] {
  // Most slides rest on paragraphs that ask nothing: their titles state no question as settled, and are not read.
  const bySlide = new Map<number, Claim[]>();
  for (const claim of verification.claims) {
    if (claim.part !== 'body' || !slidesAsking.has(claim.slide)) continue;
    const list = bySlide.get(claim.slide) ?? [];
    list.push(claim);
    bySlide.set(claim.slide, list);
  }
  const titles: Statement[] = [];
  for (const slide of deck.slides) {
    const claims = bySlide.get(slide.number);
    if (!claims) continue;
    const heading = slide.body.blocks.find((block) => block.kind === 'heading');
    if (!heading || !slide.title || claims.some((claim) => claim.span === heading.span)) continue;
    const cited = new Map<SourceParagraph, Statement['cited'][number]>();
    for (const claim of claims) for (const entry of index.citedBy(claim, sources)) cited.set(entry.paragraph, entry);
    titles.push({ text: slide.title, span: heading.span, words: contentWords(slide.title), cited: [...cited.values()] });
  }
  return titles;
}
