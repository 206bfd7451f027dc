import { quoteForReport, type Repair } from './repair.ts';
import { blockText, endsMidSentence, firstLine, isMarkdownSyntax, lastLine, looksLikeHeading, type TextBlock } from './text-blocks.ts';

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
      // A page break is not a line break: the two halves of the sentence go back on one line.
      const last = previous.lines[previous.lines.length - 1] as TextBlock['lines'][number];
      const [first, ...rest] = block.lines as [TextBlock['lines'][number], ...TextBlock['lines']];
      joined[joined.length - 1] = { lines: [...previous.lines.slice(0, -1), { text: `${last.text} ${first.text.trimStart()}`, line: last.line }, ...rest] };
    } else {
      joined.push(block);
    }
  }
  return { blocks: joined, repairs };
}

function isProse(block: TextBlock): boolean {
  return !looksLikeHeading(block) && !isMarkdownSyntax(block.lines[0]?.text ?? '');
}

function tail(text: string): string {
  return text.length > 30 ? `…${text.slice(-30)}` : text;
}
