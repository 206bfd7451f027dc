import { diagnose } from '../diagnostics/diagnose.ts';
import { describeChanges } from '../provenance/review-status.ts';
import type { ClaimReview, Diagnostic } from '../types.ts';

/**
 * With `review: required`, every claim without a verdict that holds and
 * says `supported` is an error at the claim: unreviewed (BRF310), stale
 * (BRF311), overstated (BRF312), unsupported (BRF313).
 */
export function checkReviews(reviews: readonly ClaimReview[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { id, claim, status } of reviews) {
    if (status.kind === 'unreviewed') diagnostics.push(diagnose('BRF310', { id }, claim.span));
    else if (status.kind === 'stale') diagnostics.push(diagnose('BRF311', { id, verdict: status.review.verdict, changes: describeChanges(status.changes) }, claim.span));
    else if (status.kind === 'overstated') diagnostics.push(diagnose('BRF312', { id, note: status.review.note }, claim.span));
    else if (status.kind === 'unsupported') diagnostics.push(diagnose('BRF313', { id, note: status.review.note }, claim.span));
  }
  return diagnostics;
}

