import { quoteForReport, type Repair } from './repair.ts';
import { blockText, endsInBareWord, endsMidSentence, firstLine, isMarkdownSyntax, lastLine, looksLikeHeading, startsLowerCase, type TextBlock } from './text-blocks.ts';

/**
 * Joins paragraphs that a page break split in two: a block of prose that ends
 * mid-sentence, followed by one that is not a heading, is one paragraph, but
 * only on evidence that a page broke there: a form feed or removed page
 * furniture between them, a second half that starts in lower case, or a
 * first half that ends in a bare word (no comma, no full stop). Clean text,
 * whose clauses may each end in a comma (the Universal Declaration's
 * preamble), is left as it is.
 */
export function joinSplitParagraphs(blocks: TextBlock[]): { blocks: TextBlock[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const joined: TextBlock[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (previous && isProse(previous) && isProse(block) && endsMidSentence(blockText(previous)) && pageBrokeBetween(previous, block)) {
      repairs.push({
        kind: 'split-paragraph',
        line: lastLine(previous),
        endLine: firstLine(block),
        description: `joined a paragraph split across a page break: ${quoteForReport(tail(blockText(previous)))} + ${quoteForReport(blockText(block))}`,
      });
      // A page break is not a line break: the two halves of the sentence go back on one line.
      const last = previous.lines[previous.lines.length - 1] as TextBlock['lines'][number];
      const [first, ...rest] = block.lines as [TextBlock['lines'][number], ...TextBlock['lines']];
      joined[joined.length - 1] = { ...previous, lines: [...previous.lines.slice(0, -1), { text: `${last.text} ${first.text.trimStart()}`, line: last.line }, ...rest] };
    } else {
      joined.push(block);
    }
  }
  return { blocks: joined, repairs };
}

/** A first half this long that ends in a bare word is a sentence cut off, not a caption or a name. */
const MIN_CUT_SENTENCE = 60;

function pageBrokeBetween(previous: TextBlock, block: TextBlock): boolean {
  const before = blockText(previous);
  return Boolean(block.pageBreakBefore) || startsLowerCase(blockText(block)) || (endsInBareWord(before) && before.length >= MIN_CUT_SENTENCE);
}

function isProse(block: TextBlock): boolean {
  return !looksLikeHeading(block) && !isMarkdownSyntax(block.lines[0]?.text ?? '');
}

function tail(text: string): string {
  return text.length > 30 ? `…${text.slice(-30)}` : text;
}
