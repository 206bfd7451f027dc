import { quoteForReport, type Repair } from './repair.ts';
import { blockText, endsMidSentence, firstLine, lastLine, looksLikeHeading, type TextBlock } from './text-blocks.ts';

const HEADING_LINE = /^#{1,6}\s/;

/**
 * Joins paragraphs that a page break split in two: a block of prose that ends
 * mid-sentence, followed by one that is not a heading, is one paragraph.
 */
export function joinSplitParagraphs(blocks: TextBlock[]): { blocks: TextBlock[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const joined: TextBlock[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (previous && isProse(previous) && isProse(block) && endsMidSentence(blockText(previous))) {
      repairs.push({
        kind: 'split-paragraph',
        line: lastLine(previous),
        endLine: firstLine(block),
        description: `joined a paragraph split across a page break: ${quoteForReport(tail(blockText(previous)))} + ${quoteForReport(blockText(block))}`,
      });
      joined[joined.length - 1] = { lines: [...previous.lines, ...block.lines] };
    } else {
      joined.push(block);
    }
  }
  return { blocks: joined, repairs };
}

function isProse(block: TextBlock): boolean {
  return !looksLikeHeading(block) && !HEADING_LINE.test(block.lines[0]?.text ?? '');
}

function tail(text: string): string {
  return text.length > 30 ? `…${text.slice(-30)}` : text;
}
