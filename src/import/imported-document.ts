import type { PageRange, SourceMeta } from '../types.ts';
import type { Repair } from './repair.ts';

/**
 * One block of an imported document. `markdown` blocks are written as they
 * are (text that was Markdown or plain text already); the others hold plain
 * text, which is escaped so that it reads back as the same words.
 */
export type ImportedBlock =
  | { kind: 'markdown'; markdown: string; pages?: PageRange }
  | { kind: 'paragraph'; text: string; pages?: PageRange }
  | { kind: 'heading'; text: string; level: number; pages?: PageRange }
  /** A footnote or endnote, written as its own paragraph starting with its marker (`¹ …`) after the paragraph it belongs to. */
  | { kind: 'note'; marker: string; text: string; pages?: PageRange };

/** What each format's reader gives: metadata it found, the body, and every repair made on the way. */
export interface ImportedDocument {
  meta: Partial<SourceMeta>;
  blocks: ImportedBlock[];
  repairs: Repair[];
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A note's number as a superscript (`12` → `¹²`), as the document prints it; other markers (`*`, `a`) stay as they are. */
export function superscript(marker: string): string {
  return /^\d+$/.test(marker) ? [...marker].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('') : marker;
}
