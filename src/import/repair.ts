/** One change `brief import` made to the text, reported so the author can review it. */
export interface Repair {
  kind: 'running-header' | 'page-number' | 'split-paragraph' | 'dead-link' | 'title' | 'byline' | 'heading';
  /** 1-based line(s) of the imported file. */
  line: number;
  endLine?: number;
  description: string;
}

export function quoteForReport(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
