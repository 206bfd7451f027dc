import { REVIEW_STATUS_CLASS } from '../deck/page-contract.ts';
import { STATUS_ORDER, statusCounts } from '../provenance/review-counts.ts';
import type { ClaimReview } from '../types.ts';
import { plural } from '../text/plural.ts';

/**
 * How a slide's claims (on it and in its notes) are reviewed, for the
 * speaker view: a notes aside of its own, so reveal shows it above the
 * speaker's notes and never on the slide; the print view drops it
 * (deck/main.ts), so the PDF's notes pages carry only the notes. Empty for
 * a slide without claims.
 */
export function reviewNote(reviews: readonly ClaimReview[]): string {
  if (reviews.length === 0) return '';
  const counts = statusCounts(reviews);
  const others = STATUS_ORDER.filter((kind) => kind !== 'supported' && counts[kind] > 0).map((kind) => `${counts[kind]} ${kind}`);
  const supported = `${counts.supported} of ${plural(reviews.length, 'claim')} supported`;
  const state = others.length ? 'open' : 'done';
  return `<aside class="notes ${REVIEW_STATUS_CLASS}" data-review="${state}"><p><strong>Review:</strong> ${supported}${others.length ? `; ${others.join(', ')}` : ''}.</p></aside>`;
}
