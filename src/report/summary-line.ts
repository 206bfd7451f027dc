import type { CheckSummary } from '../check/summary.ts';

/** `14 slides, 41 citations to 2 sources (18 of 21 paragraphs cited): 0 errors, 1 warning` */
export function summaryLine(summary: CheckSummary): string {
  const n = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
  return (
    `${n(summary.slides, 'slide')}, ${n(summary.citations, 'citation')} to ${n(summary.sourcesCited, 'source')} ` +
    `(${summary.paragraphsCited} of ${n(summary.paragraphs, 'paragraph')} cited, ${n(summary.quotationsVerified, 'quotation')} verified): ` +
    `${n(summary.errors, 'error')}, ${n(summary.warnings, 'warning')}`
  );
}
