import { pageLines } from './pdf-lines.ts';
import type { PdfBlock } from './pdf-blocks.ts';
import type { PdfItem, PdfPage, PdfStructure } from './read-pdf.ts';

const HEADING = /^(?:H|H[1-6]|Title)$/;
const NOTE = /^(?:Note|FENote)$/;
/** Roles that hold one block of text each; what lies below them is read into it. */
const BLOCK = /^(?:P|H|H[1-6]|Title|Note|FENote|LI|Lbl|LBody|Caption|BlockQuote|Quote|TD|TH|TOCI|Index|Code)$/;
/** Share of a document's characters its structure must hold to be trusted over the layout. */
const MIN_TAGGED_SHARE = 0.8;

/** Whether a PDF's structure tree covers its text well enough to read paragraphs from it. */
export function usableStructure(pages: readonly PdfPage[]): boolean {
  let all = 0;
  let tagged = 0;
  for (const page of pages) {
    const ids = page.structure ? contentIds(page.structure) : new Set<string>();
    for (const item of page.items) {
      const length = item.text.trim().length;
      all += length;
      if (item.mcid && ids.has(item.mcid)) tagged += length;
    }
  }
  return all > 0 && tagged / all >= MIN_TAGGED_SHARE;
}

/**
 * The blocks of a tagged PDF, in the structure tree's (logical) order: one per
 * paragraph, heading, note, list item or table cell, each with its text
 * grouped into lines. Columns need no reading: the structure is in reading
 * order. Text outside the structure (page headers, footers and numbers, which
 * a tagged PDF marks as artifacts) is left out, and returned to be listed.
 */
export function taggedBlocks(pages: readonly PdfPage[]): { blocks: PdfBlock[]; untagged: { page: number; text: string }[] } {
  const blocks: PdfBlock[] = [];
  const untagged: { page: number; text: string }[] = [];
  for (const page of pages) {
    const byId = new Map<string, PdfItem[]>();
    for (const item of page.items) if (item.mcid) byId.set(item.mcid, [...(byId.get(item.mcid) ?? []), item]);
    const used = new Set<string>();
    for (const element of blockElements(page.structure)) {
      const ids = [...contentIds(element.node)];
      ids.forEach((id) => used.add(id));
      const lines = pageLines(page.number, ids.flatMap((id) => byId.get(id) ?? []));
      if (lines.length) blocks.push({ lines, role: element.role });
    }
    for (const line of pageLines(page.number, page.items.filter((item) => !item.mcid || !used.has(item.mcid)))) untagged.push({ page: page.number, text: line.text });
  }
  return { blocks, untagged };
}

interface BlockElement {
  node: PdfStructure;
  role: 'heading' | 'note' | 'paragraph';
}

function blockElements(structure: PdfStructure | undefined): BlockElement[] {
  const found: BlockElement[] = [];
  const visit = (node: PdfStructure) => {
    if (BLOCK.test(node.role) || node.children.some((child) => 'mcid' in child)) {
      found.push({ node, role: HEADING.test(node.role) ? 'heading' : NOTE.test(node.role) ? 'note' : 'paragraph' });
      return;
    }
    for (const child of node.children) if (!('mcid' in child)) visit(child);
  };
  if (structure) visit(structure);
  return found;
}

function contentIds(node: PdfStructure): Set<string> {
  const ids = new Set<string>();
  const visit = (n: PdfStructure) => {
    for (const child of n.children) {
      if ('mcid' in child) ids.add(child.mcid);
      else visit(child);
    }
  };
  visit(node);
  return ids;
}
