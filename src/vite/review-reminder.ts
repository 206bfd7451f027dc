import { plural } from '../text/plural.ts';
import type { CheckResult } from '../types.ts';
import { REVIEW_PATH } from './review-path.ts';

/**
 * In the dev server, a deck that sets `review: required` is shown while
 * claims still wait for a verdict: reviewing is what follows writing, and
 * the review page is served beside the deck. The gate stays where it is,
 * in `brief check` and `brief build`; this line says how far off it is.
 */
export function reviewReminder(result: CheckResult): string | undefined {
  if (result.deck.settings.review !== 'required') return undefined;
  const waiting = result.reviews.filter((review) => review.status.kind !== 'supported').length;
  if (waiting === 0) return undefined;
  return `${plural(waiting, 'claim')} of ${result.reviews.length} ${waiting === 1 ? 'has' : 'have'} no current \`supported\` verdict: \`brief build\` and \`brief check\` refuse the deck until ${waiting === 1 ? 'it has' : 'they have'} (review: required). Review at ${REVIEW_PATH}.`;
}
