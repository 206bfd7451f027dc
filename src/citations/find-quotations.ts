import { inlineMarkdownToPlainText } from '../text/plain-text.ts';
import type { Block, Quotation } from '../types.ts';

const PAIRS: Record<string, string> = { '"': '"', '\u201C': '\u201D', '\u201E': '\u201C' };

/**
 * Finds the words a block puts in double quotation marks, straight or curly.
 * `masked` is the block's Markdown with code, HTML and citations blanked out,
 * so marks inside those are not taken for quotations. An unclosed mark is left
 * alone: it may be an inch sign or a quotation that runs on in prose.
 */
export function findQuotations(block: Block, masked: string): Quotation[] {
  const quotations: Quotation[] = [];
  // Marks with no closing mark after them: once a search fails, later openers of that kind fail too, so the scan stays linear.
  const unclosed = new Set<string>();
  let paragraphBreak = -1;
  let i = 0;
  while (i < masked.length) {
    const close = PAIRS[masked[i] as string];
    if (close === undefined || unclosed.has(close)) {
      i++;
      continue;
    }
    const end = masked.indexOf(close, i + 1);
    if (end === -1) unclosed.add(close);
    if (paragraphBreak < i) paragraphBreak = nextParagraphBreak(masked, i);
    if (end === -1 || paragraphBreak < end) {
      i++;
      continue;
    }
    const text = inlineMarkdownToPlainText(block.markdown.slice(i + 1, end)).trim();
    if (text !== '') {
      quotations.push({ text, span: { file: block.span.file, offset: block.span.offset + i, length: end + 1 - i } });
    }
    i = end + 1;
  }
  return quotations;
}

/** Where the paragraph holding `from` ends: a quotation never runs past it. */
function nextParagraphBreak(masked: string, from: number): number {
  const found = masked.indexOf('\n\n', from);
  return found === -1 ? masked.length : found;
}
