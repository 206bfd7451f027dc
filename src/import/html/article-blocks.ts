import { readByline } from '../byline.ts';
import type { ImportedBlock, ImportedDocument } from '../imported-document.ts';
import { quoteForReport, type Repair } from '../repair.ts';
import { domBlocks } from './dom-blocks.ts';

/**
 * The blocks of an article's DOM, with the repairs that reading it made:
 * a first heading that repeats the title and a byline under it go (they are
 * in the front matter), and each link is reduced to its text.
 */
export function articleBlocks(root: Element, meta: ImportedDocument['meta'], line: (node: Node) => number | undefined): { blocks: ImportedBlock[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const read = domBlocks(root);
  const { title, author } = meta;
  const first = read[0]?.block;
  if (title && first?.kind === 'heading' && first.text.replace(/\s+/g, ' ').trim() === title.replace(/\s+/g, ' ').trim()) {
    repairs.push({ kind: 'title', ...lineOf(read[0]?.element, line), description: `moved the title ${quoteForReport(title)} into the front matter` });
    read.shift();
  }
  const next = read[0]?.block;
  if (author && next?.kind === 'paragraph' && readByline(next.text)?.author === author) {
    repairs.push({ kind: 'byline', ...lineOf(read[0]?.element, line), description: `moved the byline ${quoteForReport(next.text)} into the front matter` });
    read.shift();
  }
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const text = (link.textContent ?? '').trim();
    const href = link.getAttribute('href') ?? '';
    if (!text || href.startsWith('#')) continue;
    repairs.push({ kind: 'link', ...lineOf(link, line), description: `kept the text of the link ${quoteForReport(text)}, not its target ${quoteForReport(href)}` });
  }
  return { blocks: read.map((b) => b.block), repairs };
}

function lineOf(node: Node | undefined, line: (node: Node) => number | undefined): { line?: number } {
  const at = node ? line(node) : undefined;
  return at ? { line: at } : {};
}
