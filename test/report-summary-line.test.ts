import { describe, expect, it } from 'vitest';
import { summaryLine } from '../src/report/summary-line.ts';
import type { CheckSummary } from '../src/types.ts';

const NONE: CheckSummary = { slides: 0, citations: 0, sources: 0, sourcesCited: 0, paragraphs: 0, paragraphsCited: 0, quotationsVerified: 0, briefersVoice: 0, errors: 0, warnings: 0, accepted: 0 };
const ONE: CheckSummary = { slides: 1, citations: 1, sources: 1, sourcesCited: 1, paragraphs: 1, paragraphsCited: 1, quotationsVerified: 1, briefersVoice: 0, errors: 1, warnings: 1, accepted: 0 };

describe('summaryLine', () => {
  it.each<[string, CheckSummary, string]>([
    ['nothing at all', NONE, '0 slides, 0 citations to 0 of 0 sources (0 of 0 paragraphs cited, 0 quotations verified): 0 errors, 0 warnings'],
    ['one of everything, in the singular', ONE, '1 slide, 1 citation to 1 of 1 source (1 of 1 paragraph cited, 1 quotation verified): 1 error, 1 warning'],
    [
      'a project in part cited',
      { ...NONE, slides: 14, citations: 41, sources: 2, sourcesCited: 1, paragraphs: 21, paragraphsCited: 18, quotationsVerified: 6, warnings: 2 },
      '14 slides, 41 citations to 1 of 2 sources (18 of 21 paragraphs cited, 6 quotations verified): 0 errors, 2 warnings',
    ],
    [
      'large counts with thousands separators',
      { ...NONE, slides: 2000, citations: 12_345, sources: 10, sourcesCited: 10, paragraphs: 4000, paragraphsCited: 1234, quotationsVerified: 1000, errors: 130_510 },
      '2,000 slides, 12,345 citations to 10 of 10 sources (1,234 of 4,000 paragraphs cited, 1,000 quotations verified): 130,510 errors, 0 warnings',
    ],
    [
      'the cited counts with separators too',
      { ...ONE, sources: 1500, sourcesCited: 1200 },
      '1 slide, 1 citation to 1,200 of 1,500 sources (1 of 1 paragraph cited, 1 quotation verified): 1 error, 1 warning',
    ],
    [
      'statements in the briefer\'s voice and accepted warnings, when there are some',
      { ...ONE, briefersVoice: 3, accepted: 2 },
      '1 slide, 1 citation to 1 of 1 source (1 of 1 paragraph cited, 1 quotation verified, 3 statements in the briefer\'s voice): 1 error, 1 warning (2 more accepted)',
    ],
  ])('says %s', (_, summary, line) => {
    expect(summaryLine(summary)).toBe(line);
  });
});
