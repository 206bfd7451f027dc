import { stringify } from 'yaml';
import type { SourceMeta } from '../types.ts';
import { removeDeadLinks } from './dead-links.ts';
import { readStructure } from './document-structure.ts';
import type { Repair } from './repair.ts';
import { removeRunningHeaders } from './running-headers.ts';
import { joinSplitParagraphs } from './split-paragraphs.ts';
import { splitBlocks } from './text-blocks.ts';

export interface ImportOptions {
  /** Front matter given on the command line; it wins over what is found in the text. */
  meta: Partial<SourceMeta>;
  /** Running header or footer lines to remove wherever they stand. */
  headers?: readonly string[];
}

export interface ImportedSource {
  /** The whole source file: front matter and body. */
  markdown: string;
  meta: Partial<SourceMeta>;
  repairs: Repair[];
}

/**
 * Turns text extracted from a PDF (plain or Markdown) into a source document,
 * repairing what extraction leaves behind, and lists every repair.
 */
export function importText(text: string, options: ImportOptions): ImportedSource {
  const blocks = splitBlocks(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const headers = removeRunningHeaders(blocks, options.headers ?? []);
  const joined = joinSplitParagraphs(headers.blocks);
  const links = removeDeadLinks(joined.blocks);
  const structure = readStructure(links.blocks);

  const meta: Partial<SourceMeta> = {
    ...(structure.title ? { title: structure.title } : {}),
    ...(structure.author ? { author: structure.author } : {}),
    ...definedOnly(options.meta),
  };
  const frontMatter = stringify(meta, { lineWidth: 0 }).trimEnd();
  const markdown = `---\n${frontMatter}\n---\n\n${structure.blocks.join('\n\n')}\n`;
  const repairs = [...headers.repairs, ...joined.repairs, ...links.repairs, ...structure.repairs].sort((a, b) => a.line - b.line);
  return { markdown, meta, repairs };
}

function definedOnly(meta: Partial<SourceMeta>): Partial<SourceMeta> {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined && value !== ''));
}
