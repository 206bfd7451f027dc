import { quoteForReport, type Repair } from './repair.ts';
import type { TextBlock } from './text-blocks.ts';

/** `[text](#)`: a link whose target was lost when the text left its PDF. */
const DEAD_LINK = /\[([^\]]+)\]\(\s*#?\s*\)/g;

/** Keeps the text of links that lead nowhere and drops the link. */
export function removeDeadLinks(blocks: TextBlock[]): { blocks: TextBlock[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const repaired = blocks.map((block) => ({
    ...block,
    lines: block.lines.map((line) => ({
      line: line.line,
      text: line.text.replace(DEAD_LINK, (_, text: string) => {
        repairs.push({ kind: 'dead-link', line: line.line, description: `removed the dead link around ${quoteForReport(text)}` });
        return text;
      }),
    })),
  }));
  return { blocks: repaired, repairs };
}
