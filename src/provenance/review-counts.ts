import { formatCount, plural } from '../text/plural.ts';
import type { CheckSummary, ClaimReview, ReviewStatus } from '../types.ts';

export type StatusKind = ReviewStatus['kind'];

/** The statuses in the order they are listed: what needs a reviewer first. */
export const STATUS_ORDER: readonly StatusKind[] = ['unreviewed', 'stale', 'unsupported', 'overstated', 'supported'];

/** How many claims have each status. */
export function statusCounts(reviews: readonly ClaimReview[]): Record<StatusKind, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((kind) => [kind, 0])) as Record<StatusKind, number>;
  for (const { status } of reviews) counts[status.kind]++;
  return counts;
}

/** The summary's review counts: `N of M claims reviewed (K stale, J disputed)`; a stale verdict still counts as given. */
export function reviewSummary(reviews: readonly ClaimReview[]): Required<Pick<CheckSummary, 'claims' | 'claimsReviewed' | 'claimsStale' | 'claimsDisputed'>> {
  const counts = statusCounts(reviews);
  return {
    claims: reviews.length,
    claimsReviewed: reviews.length - counts.unreviewed,
    claimsStale: counts.stale,
    claimsDisputed: counts.overstated + counts.unsupported,
  };
}

/** `12 claims: 6 unreviewed, 2 stale, 0 unsupported, 1 overstated, 3 supported.` */
export function countsLine(counts: Record<StatusKind, number>): string {
  const total = STATUS_ORDER.reduce((sum, kind) => sum + counts[kind], 0);
  return `${plural(total, 'claim')}: ${STATUS_ORDER.map((kind) => `${formatCount(counts[kind])} ${kind}`).join(', ')}.`;
}
