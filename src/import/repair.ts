import { clip } from '../text/clip.ts';

/** One change `brief import` made to the text, reported so the author can review it. */
export interface Repair {
  kind: 'running-header' | 'page-number' | 'split-paragraph' | 'dead-link' | 'title' | 'byline' | 'heading';
  /** 1-based line(s) of the imported file. */
  line: number;
  endLine?: number;
  description: string;
}

/** Text a repair moved or removed, quoted on one line for its report. */
export function quoteForReport(text: string): string {
  return `"${clip(text, 40)}"`;
}
