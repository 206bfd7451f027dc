import { quoteForReport, type Repair } from './repair.ts';
import { blockText, firstLine, looksLikeHeading, type TextBlock } from './text-blocks.ts';

/** A byline: "By Jane Doe", or two to four capitalised names, each optionally with an initial. */
const BYLINE = /^(?:by\s+)?((?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){1,3}\p{Lu}[\p{L}'\u2019-]*)$/iu;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;

export interface Structure {
  title?: string;
  author?: string;
  /** Body blocks as Markdown, in order. */
  blocks: string[];
  repairs: Repair[];
}

/**
 * Finds the document's title (its first line when that reads as a heading),
 * a byline right under it, and, in plain text, the section headings, which
 * become Markdown `##` headings. Text that already has Markdown headings keeps
 * them as they are.
 */
export function readStructure(blocks: TextBlock[]): Structure {
  const repairs: Repair[] = [];
  const isMarkdown = blocks.some((b) => MARKDOWN_HEADING.test(b.lines[0]?.text ?? ''));
  let rest = blocks;
  let title: string | undefined;
  let author: string | undefined;

  const first = rest[0];
  const firstHeading = first && MARKDOWN_HEADING.exec(blockText(first));
  if (first && (firstHeading || looksLikeHeading(first))) {
    title = (firstHeading ? firstHeading[2] : blockText(first))?.trim();
    repairs.push({ kind: 'title', line: firstLine(first), description: `moved the title line ${quoteForReport(title ?? '')} into the front matter` });
    rest = rest.slice(1);
  }
  const second = rest[0];
  const byline = second && second.lines.length === 1 ? BYLINE.exec(blockText(second).trim()) : null;
  if (title && second && byline) {
    author = byline[1];
    repairs.push({ kind: 'byline', line: firstLine(second), description: `moved the byline ${quoteForReport(author ?? '')} into the front matter as the author` });
    rest = rest.slice(1);
  }

  const markdown = rest.map((block, index) => {
    const text = blockText(block);
    const next = rest[index + 1];
    if (isMarkdown || !looksLikeHeading(block) || !next || looksLikeHeading(next)) return text;
    repairs.push({ kind: 'heading', line: firstLine(block), description: `made ${quoteForReport(text)} a section heading` });
    return `## ${text.trim()}`;
  });
  return { ...(title ? { title } : {}), ...(author ? { author } : {}), blocks: markdown, repairs };
}
