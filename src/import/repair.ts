import { clip } from '../text/clip.ts';

/** One change `brief import` made to the text, reported so the author can review it. */
export interface Repair {
  kind:
    | 'running-header'
    | 'page-number'
    | 'split-paragraph'
    | 'dead-link'
    | 'title'
    | 'byline'
    | 'dateline'
    | 'heading'
    | 'hyphenation'
    | 'columns'
    | 'footnote'
    | 'removed'
    | 'link'
    | 'converted';
  /** 1-based line(s) of the imported file, for text and HTML. */
  line?: number;
  endLine?: number;
  /** 1-based page of a PDF. */
  page?: number;
  description: string;
}

/** Text a repair moved or removed, quoted on one line for its report. */
export function quoteForReport(text: string): string {
  return `"${clip(text.replace(/\s+/g, ' '), 40)}"`;
}

/** Where a repair was made, as `FILE:LINE`, `FILE:LINE-LINE`, `FILE p.N` or `FILE`. */
export function repairPlace(file: string, repair: Repair): string {
  if (repair.line !== undefined) {
    return repair.endLine !== undefined && repair.endLine !== repair.line ? `${file}:${repair.line}-${repair.endLine}` : `${file}:${repair.line}`;
  }
  return repair.page !== undefined ? `${file} p.${repair.page}` : file;
}

/** Repairs in document order: by line or page, else as listed. */
export function inDocumentOrder(repairs: readonly Repair[]): Repair[] {
  return [...repairs].sort((a, b) => (a.line ?? a.page ?? 0) - (b.line ?? b.page ?? 0));
}
