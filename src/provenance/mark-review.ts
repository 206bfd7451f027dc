import { nearest } from '../text/nearest.ts';
import type { ClaimReview, Lock, Review, ReviewStatus, Source, Verdict } from '../types.ts';
import { citedParagraphs, reviewedParagraphs } from './cited-paragraphs.ts';

export const VERDICTS: readonly Verdict[] = ['supported', 'overstated', 'unsupported'];

/** Longest note a verdict carries: a sentence or two on what the claim gets wrong, not an essay. */
export const MAX_NOTE_LENGTH = 1000;

/** What a reviewer decided on one claim. */
export interface Mark {
  claim: string;
  verdict: Verdict;
  note?: string;
}

/** The lock with the verdict recorded, and what the claim's status was; or no such claim, with the id most like the one given. */
export type MarkOutcome = { kind: 'marked'; lock: Lock; review: Review; was: ReviewStatus } | { kind: 'unknown'; nearest?: string };

export function isVerdict(value: unknown): value is Verdict {
  return (VERDICTS as readonly unknown[]).includes(value);
}

/** A note as stored: one line, white space runs as one space; empty is none. */
export function noteText(note: string | undefined): string | undefined {
  const text = note?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/**
 * Records a verdict on a claim: bound to the claim's words and its cited
 * paragraphs' hashes as they are now, replacing any earlier verdict on it
 * (an edited claim's stale one included). Pure: the caller writes the lock.
 */
export function markClaim(lock: Lock, reviews: readonly ClaimReview[], sources: ReadonlyMap<string, Source>, mark: Mark, at: Date): MarkOutcome {
  const target = reviews.find((review) => review.id === mark.claim);
  if (!target) {
    const closest = nearest(mark.claim, reviews.map((review) => review.id));
    return { kind: 'unknown', ...(closest ? { nearest: closest } : {}) };
  }
  const note = noteText(mark.note);
  const review: Review = {
    claim: target.id,
    verdict: mark.verdict,
    ...(note ? { note } : {}),
    text: target.claim.text,
    paragraphs: reviewedParagraphs(citedParagraphs(target.claim, sources)),
    at: at.toISOString(),
  };
  const replaced = target.status.kind === 'unreviewed' ? undefined : target.status.review;
  const kept = lock.reviews.filter((old) => old.claim !== target.id && !(replaced && old.claim === replaced.claim));
  return { kind: 'marked', lock: { ...lock, reviews: [...kept, review] }, review, was: target.status };
}
