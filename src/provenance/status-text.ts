import type { ReviewStatus } from '../types.ts';
import { describeChanges } from './review-status.ts';

/**
 * What a reviewer needs to know about a verdict, in a sentence with values in
 * backticks: `Marked `overstated` on 2026-11-26: "says always, the source says
 * usually".` For a stale verdict, what changed since. Nothing for a claim
 * without one.
 */
export function verdictText(status: ReviewStatus): string | undefined {
  if (status.kind === 'unreviewed') return undefined;
  const { review } = status;
  const marked = `Marked \`${review.verdict}\` on ${review.at.slice(0, 10)}`;
  const since = status.kind === 'stale' ? `; since then ${describeChanges(status.changes)}${status.changes.text ? ` (it read: “${review.text}”)` : ''}` : '';
  const note = review.note ? `. Note: “${review.note}”` : '';
  return `${marked}${since}${note}.`;
}
