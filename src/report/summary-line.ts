import { plural } from '../text/plural.ts';
import type { CheckSummary } from '../types.ts';

/** `14 slides, 41 citations to 2 of 2 sources (18 of 21 paragraphs cited, 6 quotations verified): 0 errors, 1 warning` */
export function summaryLine(summary: CheckSummary): string {
  return (
    `${plural(summary.slides, 'slide')}, ${plural(summary.citations, 'citation')} to ${summary.sourcesCited.toLocaleString('en')} of ${plural(summary.sources, 'source')} ` +
    `(${summary.paragraphsCited.toLocaleString('en')} of ${plural(summary.paragraphs, 'paragraph')} cited, ${plural(summary.quotationsVerified, 'quotation')} verified): ` +
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`
  );
}
