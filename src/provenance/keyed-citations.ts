import { parseCitations } from '../citations/parse-citations.ts';
import { maskNonProse } from '../text/mask.ts';
import type { Citation, Claim, Deck, Lock, Verification } from '../types.ts';
import { claimIds } from './lock.ts';

/** A well-formed citation on a slide, as the lock knows it. */
export interface KeyedCitation {
  /** The lock's key for it (see `citationKey`). */
  key: string;
  claimId: string;
  claim: Claim;
  citation: Citation;
  /** The citation as written, `[@udhr ¶3]`. */
  text: string;
}

/**
 * A citation's key in the lock: its claim's id, the citation as written, and,
 * for the second and later identical citations in one claim, which it is. It
 * survives lines moving; editing the claim's words or the citation makes a new
 * citation, which `brief lock` records.
 */
export function citationKey(claimId: string, text: string, occurrence: number): string {
  return occurrence === 0 ? `${claimId} ${text}` : `${claimId} ${text} #${occurrence + 1}`;
}

/**
 * Every well-formed citation of every claim, resolved or not: a citation whose
 * paragraph is out of range now may be one whose source lost paragraphs since
 * the lock. Blocks are read in the order the claims were made from them.
 */
export function keyedCitations(deck: Deck, verification: Verification): KeyedCitation[] {
  const ids = claimIds(verification.claims);
  const keyed: KeyedCitation[] = [];
  let at = 0;
  let seen = new Map<string, number>();
  for (const slide of deck.slides) {
    for (const part of [slide.body, slide.notes]) {
      for (const block of part?.blocks ?? []) {
        const { citations } = parseCitations(maskNonProse(block.markdown), block.span);
        if (citations.length === 0) continue;
        while (at < verification.claims.length && !contains(verification.claims[at] as Claim, block.span.file, block.span.offset)) {
          at++;
          seen = new Map();
        }
        const claim = verification.claims[at];
        const claimId = ids[at];
        if (!claim || !claimId) return keyed;
        for (const citation of citations) {
          const text = block.markdown.slice(citation.span.offset - block.span.offset, citation.span.offset - block.span.offset + citation.span.length);
          const occurrence = seen.get(text) ?? 0;
          seen.set(text, occurrence + 1);
          keyed.push({ key: citationKey(claimId, text, occurrence), claimId, claim, citation, text });
        }
      }
    }
  }
  return keyed;
}

function contains(claim: Claim, file: string, offset: number): boolean {
  return claim.span.file === file && offset >= claim.span.offset && offset < claim.span.offset + Math.max(1, claim.span.length);
}

/** How many of a deck's citations the lock has no record of: written, or their claim reworded, since the last `brief lock`. */
export function unlockedCitations(lock: Lock, deck: Deck, verification: Verification): number {
  const locked = new Set(lock.citations.map((c) => c.key));
  return keyedCitations(deck, verification).filter((k) => !locked.has(k.key)).length;
}
