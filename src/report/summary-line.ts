import { formatCount, plural } from '../text/plural.ts';
import type { CheckSummary } from '../types.ts';

/**
 * `14 slides, 41 citations to 2 of 2 sources (18 of 21 paragraphs cited, 6 quotations verified): 0 errors, 1 warning`;
 * with a lock, `…verified), 30 of 35 claims reviewed (2 stale, 1 disputed): …`.
 */
export function summaryLine(summary: CheckSummary): string {
  return (
    `${plural(summary.slides, 'slide')}, ${plural(summary.citations, 'citation')} to ${formatCount(summary.sourcesCited)} of ${plural(summary.sources, 'source')} ` +
    `(${formatCount(summary.paragraphsCited)} of ${plural(summary.paragraphs, 'paragraph')} cited, ${plural(summary.quotationsVerified, 'quotation')} verified` +
    `${summary.briefersVoice ? `, ${plural(summary.briefersVoice, 'statement')} in the briefer's voice` : ''})${reviewed(summary)}: ` +
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}${summary.accepted ? ` (${formatCount(summary.accepted)} more accepted)` : ''}`
  );
}

function reviewed({ claims, claimsReviewed = 0, claimsStale = 0, claimsDisputed = 0 }: CheckSummary): string {
  if (claims === undefined) return '';
  return `, ${formatCount(claimsReviewed)} of ${plural(claims, 'claim')} reviewed (${formatCount(claimsStale)} stale, ${formatCount(claimsDisputed)} disputed)`;
}
