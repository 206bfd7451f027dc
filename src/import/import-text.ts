import { removeDeadLinks } from './dead-links.ts';
import { readTitle, sectionHeadings } from './document-structure.ts';
import type { ImportedDocument } from './imported-document.ts';
import { removeRunningHeaders } from './running-headers.ts';
import { joinSplitParagraphs } from './split-paragraphs.ts';
import { blockText, splitBlocks } from './text-blocks.ts';

export interface TextImportOptions {
  /** Running header or footer lines to remove wherever they stand. */
  headers?: readonly string[];
  /** False: the text as it is, one block per run of lines, nothing removed, joined or moved. */
  repair?: boolean;
}

/**
 * Reads text extracted from a PDF (plain or Markdown) as a document,
 * repairing what extraction leaves behind, and lists every repair.
 */
export function importText(text: string, options: TextImportOptions = {}): ImportedDocument {
  const blocks = splitBlocks(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (options.repair === false) return { meta: {}, blocks: blocks.map((block) => ({ kind: 'markdown', markdown: blockText(block) })), repairs: [] };
  const headers = removeRunningHeaders(blocks, options.headers ?? []);
  // The title and byline first: a byline, which ends in a bare name, must not be joined to the text under it.
  const head = readTitle(headers.blocks);
  const joined = joinSplitParagraphs(head.rest);
  const links = removeDeadLinks(joined.blocks);
  const sections = sectionHeadings(links.blocks);
  const { title, author, date } = head;
  return {
    meta: { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(date ? { date } : {}) },
    blocks: sections.blocks.map((markdown) => ({ kind: 'markdown', markdown })),
    repairs: [...headers.repairs, ...head.repairs, ...joined.repairs, ...links.repairs, ...sections.repairs],
  };
}
