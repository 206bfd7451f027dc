import type { Claim, ClaimReview, Review, Source } from '../types.ts';
import { citedParagraphs, reviewedParagraphs } from './cited-paragraphs.ts';
import { claimIds } from './lock.ts';
import { reviewStatus, type ReviewBasis } from './review-status.ts';

/**
 * Least share of its words (Dice coefficient of the two word sets) an edited
 * claim keeps with the words a verdict was given on, to be known as the same
 * claim. Half: a sentence with a word or a clause changed keeps far more; two
 * different claims citing the same paragraph rarely share half their words.
 */
const SAME_CLAIM_WORDS = 0.5;

/**
 * Each claim with its id and where its review stands. A claim's id comes
 * from its words, so an edited claim has a new id; its old verdict is found
 * among those no current claim has, as the one that was given on a
 * paragraph it still cites (the same ¶ number or the same text) with at
 * least half the same words, and shown stale. A wrong pairing can only make
 * a claim stale rather than unreviewed: both need a reviewer.
 */
export function claimReviews(claims: readonly Claim[], sources: ReadonlyMap<string, Source>, reviews: readonly Review[]): ClaimReview[] {
  const ids = claimIds(claims);
  const bases: ReviewBasis[] = [];
  const basisOf = (i: number): ReviewBasis => (bases[i] ??= { text: (claims[i] as Claim).text, paragraphs: reviewedParagraphs(citedParagraphs(claims[i] as Claim, sources)) });
  const byId = new Map(reviews.map((review) => [review.claim, review]));
  const found = ids.map((id) => byId.get(id));
  const current = new Set(ids);
  const orphans = reviews.filter((review) => !current.has(review.claim));
  if (orphans.length > 0) pairEditedClaims(claims.map((_, i) => basisOf(i)), found, orphans);
  return claims.map((claim, i) => ({ id: ids[i] as string, claim, status: reviewStatus(found[i], () => basisOf(i)) }));
}

/** Fills `found` for claims without a verdict from `orphans`, best match first, each verdict used once. */
function pairEditedClaims(bases: readonly ReviewBasis[], found: (Review | undefined)[], orphans: readonly Review[]): void {
  // Only verdicts given on a paragraph the claim still cites are candidates: the work stays proportional to the deck.
  const byParagraph = new Map<string, Review[]>();
  for (const review of orphans) {
    for (const key of new Set(review.paragraphs.flatMap(paragraphKeys))) {
      const list = byParagraph.get(key);
      if (list) list.push(review);
      else byParagraph.set(key, [review]);
    }
  }
  const pairs: { claim: number; review: Review; score: number }[] = [];
  const reviewWords = new Map(orphans.map((review) => [review, wordSet(review.text)]));
  bases.forEach((basis, claim) => {
    if (found[claim]) return;
    const candidates = new Set(basis.paragraphs.flatMap(paragraphKeys).flatMap((key) => byParagraph.get(key) ?? []));
    const words = wordSet(basis.text);
    for (const review of candidates) {
      const score = dice(words, reviewWords.get(review) as Set<string>);
      if (score >= SAME_CLAIM_WORDS) pairs.push({ claim, review, score });
    }
  });
  const used = new Set<Review>();
  for (const pair of pairs.sort((a, b) => b.score - a.score || a.claim - b.claim)) {
    if (found[pair.claim] || used.has(pair.review)) continue;
    found[pair.claim] = pair.review;
    used.add(pair.review);
  }
}

function paragraphKeys(p: { source: string; paragraph: number; hash: string }): string[] {
  return [`${p.source} ¶${p.paragraph}`, `${p.source} #${p.hash}`];
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}
