import { readByline } from './byline.ts';
import { quoteForReport, type Repair } from './repair.ts';
import { blockText, firstLine, isHeadingLine, looksLikeHeading, type TextBlock } from './text-blocks.ts';

const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
/** At most this many lines under a title are read as its byline and dateline. */
const MAX_BYLINE_LINES = 2;

/**
 * In plain text, the section headings: short heading-like lines followed by
 * text become Markdown `##` headings. Text that already has Markdown headings
 * keeps them as they are.
 */
export function sectionHeadings(rest: TextBlock[]): { blocks: string[]; repairs: Repair[] } {
  const isMarkdown = rest.some((b) => MARKDOWN_HEADING.test(b.lines[0]?.text ?? ''));
  const repairs: Repair[] = [];
  const blocks = rest.map((block, index) => {
    const text = blockText(block);
    const next = rest[index + 1];
    if (isMarkdown || !looksLikeHeading(block) || !next || looksLikeHeading(next)) return text;
    repairs.push({ kind: 'heading', line: firstLine(block), description: `made ${quoteForReport(text)} a section heading` });
    return `## ${text.trim()}`;
  });
  return { blocks, repairs };
}

export interface Head {
  title?: string;
  author?: string;
  date?: string;
  /** The blocks after the title and byline. */
  rest: TextBlock[];
  repairs: Repair[];
}

/**
 * The document's title (its first line when that reads as a heading), and a
 * byline and a dateline right under it: on the next lines, or in one-line
 * blocks of their own.
 */
export function readTitle(blocks: TextBlock[]): Head {
  const firstBlock = blocks[0];
  const first = firstBlock?.lines[0];
  if (!firstBlock || !first) return { rest: blocks, repairs: [] };
  const markdownTitle = MARKDOWN_HEADING.exec(first.text);
  if (!markdownTitle && !isHeadingLine(first.text)) return { rest: blocks, repairs: [] };

  // The lines under the title: the rest of its block, then blocks of one line each.
  const candidates = [
    ...firstBlock.lines.slice(1),
    ...leadingOneLineBlocks(blocks.slice(1)).flatMap((block) => block.lines),
  ].slice(0, MAX_BYLINE_LINES);
  const bylines: { line: number; author?: string; date?: string }[] = [];
  for (const candidate of candidates) {
    const byline = readByline(candidate.text);
    if (!byline) break;
    bylines.push({ line: candidate.line, ...byline });
  }
  // A title on the first line of a longer block is told from a paragraph by the byline or dateline that make up the rest of the block.
  if (firstBlock.lines.length - 1 > bylines.length) return { rest: blocks, repairs: [] };

  const title = (markdownTitle ? markdownTitle[2] : first.text)?.trim() ?? '';
  const head: Head = { title, rest: [], repairs: [{ kind: 'title', line: first.line, description: `moved the title line ${quoteForReport(title)} into the front matter` }] };
  for (const byline of bylines) {
    if (byline.author && !head.author) {
      head.author = byline.author;
      head.repairs.push({ kind: 'byline', line: byline.line, description: `moved the byline ${quoteForReport(byline.author)} into the front matter as the author` });
    }
    if (byline.date && !head.date) {
      head.date = byline.date;
      head.repairs.push({ kind: 'dateline', line: byline.line, description: `moved the date ${quoteForReport(byline.date)} into the front matter` });
    }
  }
  const consumed = new Set([first.line, ...bylines.map((b) => b.line)]);
  head.rest = blocks.map((block) => ({ ...block, lines: block.lines.filter((line) => !consumed.has(line.line)) })).filter((block) => block.lines.length > 0);
  return head;
}

function leadingOneLineBlocks(blocks: TextBlock[]): TextBlock[] {
  const end = blocks.findIndex((block) => block.lines.length !== 1);
  return end === -1 ? blocks : blocks.slice(0, end);
}
