import { quoteForReport, type Repair } from './repair.ts';
import { endsMidSentence, isMarkdownSyntax, type TextBlock } from './text-blocks.ts';

const PAGE_NUMBER = /^(?:page\s+)?[-\u2013 ]*\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?[-\u2013 ]*$/i;
const MAX_HEADER_LENGTH = 60;

/**
 * Removes what a PDF's page furniture leaves in extracted text: page numbers,
 * lines that repeat through the document (running headers and footers), and
 * short all-capitals lines that interrupt a sentence (a header printed where
 * a page broke). `known` names header lines the user gave with `--header`.
 * Whole blocks and lines inside blocks are both removed, and the block after
 * the place is marked as following a page break.
 */
export function removeRunningHeaders(blocks: TextBlock[], known: readonly string[]): { blocks: TextBlock[]; repairs: Repair[] } {
  const repeated = repeatedShortLines(blocks);
  const repairs: Repair[] = [];
  const kept: TextBlock[] = [];
  let removedBetween = false;
  blocks.forEach((block, index) => {
    const previous = kept[kept.length - 1];
    const interruptsSentence = previous !== undefined && index < blocks.length - 1 && endsMidSentence(lastText(previous));
    const lines = block.lines.filter((line, lineIndex) => {
      const text = line.text.trim();
      const inside = lineIndex > 0 || block.lines.length > 1;
      const kind = furniture(text, known, repeated, interruptsSentence || inside);
      if (!kind) return true;
      repairs.push({
        kind,
        line: line.line,
        description: kind === 'page-number' ? `removed page number ${quoteForReport(text)}` : `removed running header ${quoteForReport(text)}`,
      });
      return false;
    });
    if (lines.length === 0) {
      removedBetween = true;
      return;
    }
    // Furniture removed between two blocks is where a page broke.
    const pageBreakBefore = block.pageBreakBefore || removedBetween || lines[0] !== block.lines[0];
    kept.push({ lines, ...(pageBreakBefore ? { pageBreakBefore } : {}) });
    removedBetween = lines[lines.length - 1] !== block.lines[block.lines.length - 1];
  });
  return { blocks: kept, repairs };
}

function furniture(text: string, known: readonly string[], repeated: ReadonlySet<string>, midSentence: boolean): Repair['kind'] | undefined {
  if (PAGE_NUMBER.test(text)) return 'page-number';
  if (known.includes(text) || repeated.has(text)) return 'running-header';
  if (midSentence && isShortCapitals(text)) return 'running-header';
  return undefined;
}

function isShortCapitals(text: string): boolean {
  return text.length <= MAX_HEADER_LENGTH && /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Short lines that occur more than once: headings do not repeat, page furniture does. Markdown syntax (fences, table rules) may. */
function repeatedShortLines(blocks: readonly TextBlock[]): Set<string> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    for (const line of block.lines) {
      const text = line.text.trim();
      if (text.length <= MAX_HEADER_LENGTH && /\p{L}/u.test(text) && !isMarkdownSyntax(text)) counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([text]) => text));
}

function lastText(block: TextBlock): string {
  return block.lines[block.lines.length - 1]?.text ?? '';
}
