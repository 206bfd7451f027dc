import { superscript, type ImportedBlock, type ImportedDocument } from '../imported-document.ts';
import { quoteForReport, type Repair } from '../repair.ts';
import { readByline } from '../byline.ts';
import { joinLines, wordsOf } from './hyphenation.ts';
import { endsSentence, layoutBlocks, type PdfBlock } from './pdf-blocks.ts';
import { pageLines, type PdfLine } from './pdf-lines.ts';
import { plainText, removePageFurniture } from './page-furniture.ts';
import type { PdfDocument } from './read-pdf.ts';
import { readingOrder } from './reading-order.ts';
import { taggedBlocks, usableStructure } from './tagged-blocks.ts';
import { sizeClass, textStats, type TextStats } from './text-stats.ts';

/** A note's first line: its marker (a superscript, or a number or asterisk before a space), then its text. */
const NOTE_START = /^(?:\u0000([^\u0000]+)\u0000\s*|(\d{1,3}|\*{1,3}|[\u2020\u2021])\s+(?=\S))/;
const SUPERSCRIPT_MARK = /\u0000([^\u0000]*)\u0000/g;

export interface PdfImportOptions {
  /** False: page furniture stays and hyphens are kept as printed; the text is still read into paragraphs. */
  repair?: boolean;
}

/**
 * A PDF's text as a document: paragraphs, headings and notes, each with the
 * pages it stands on. A tagged PDF is read by its structure tree where that
 * holds (nearly) all its text; otherwise by layout: lines from the text
 * items' positions, page furniture removed, columns read one after the
 * other, paragraphs by spacing, indentation and font size.
 */
export function importPdf(pdf: PdfDocument, options: PdfImportOptions = {}): ImportedDocument {
  const repair = options.repair !== false;
  const repairs: Repair[] = [];
  const blocks = repair && usableStructure(pdf.pages) ? structureBlocks(pdf, repairs) : layoutRead(pdf, repair, repairs);
  const allLines = blocks.flatMap((block) => block.lines);
  const stats = textStats(allLines);
  const words = wordsOf(allLines.map((line) => plainText(line.text)));
  const classified = blocks.map((block) => ({ block, kind: kindOf(block, blocks, stats) }));

  const title = repair ? findTitle(classified, stats) : undefined;
  const meta: ImportedDocument['meta'] = {};
  const entries: { block: ImportedBlock; refs: readonly string[] }[] = [];
  for (const [index, { block, kind }] of classified.entries()) {
    const page = (block.lines[0] as PdfLine).page;
    const pages = { from: page, to: (block.lines[block.lines.length - 1] as PdfLine).page };
    const text = blockText(block.lines, words, repair, repairs);
    if (title && index === title.index) {
      meta.title = plainText(text);
      repairs.push({ kind: 'title', page, description: `moved the title ${quoteForReport(meta.title)} into the front matter` });
    } else if (title?.byline && index === title.index + 1) {
      Object.assign(meta, title.byline);
      repairs.push({ kind: 'byline', page, description: `moved the byline ${quoteForReport(plainText(text))} into the front matter` });
    } else if (kind === 'note') {
      const start = NOTE_START.exec(text);
      const marker = (start?.[1] ?? start?.[2] ?? '').trim();
      const body = text.slice(start?.[0].length ?? 0);
      entries.push({ block: { kind: 'note', marker, text: withSuperscripts(body), pages }, refs: [] });
      repairs.push({ kind: 'footnote', page, description: `kept the note ${quoteForReport(`${marker} ${plainText(body)}`)} as a paragraph after the text that refers to it` });
    } else if (kind === 'heading') {
      entries.push({ block: { kind: 'heading', level: 2 + headingRank(block, classified, title, stats), text: plainText(text), pages }, refs: [] });
    } else {
      entries.push({ block: { kind: 'paragraph', text: withSuperscripts(text), pages }, refs: block.lines.flatMap((line) => line.superscripts) });
    }
  }
  if (!meta.title && pdf.title) meta.title = pdf.title;
  if (!meta.author && pdf.author) meta.author = pdf.author;
  return { meta, blocks: notesAfterReferences(entries), repairs };
}

/** Moves each note to just after the paragraph before it that refers to it (and after the notes already there). */
function notesAfterReferences(entries: readonly { block: ImportedBlock; refs: readonly string[] }[]): ImportedBlock[] {
  const ordered: { block: ImportedBlock; refs: readonly string[] }[] = [];
  for (const entry of entries) {
    const { block } = entry;
    const referring = block.kind === 'note' ? findLastIndex(ordered, (e) => e.refs.includes(block.marker)) : -1;
    if (referring === -1) {
      ordered.push(entry);
      continue;
    }
    let at = referring + 1;
    while (ordered[at]?.block.kind === 'note') at++;
    ordered.splice(at, 0, entry);
  }
  return ordered.map((entry) => entry.block);
}

function findLastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}

function layoutRead(pdf: PdfDocument, repair: boolean, repairs: Repair[]): PdfBlock[] {
  const linesByPage = pdf.pages.map((page) => pageLines(page.number, page.items));
  const furniture = repair ? removePageFurniture(pdf.pages, linesByPage) : { lines: linesByPage, repairs: [] };
  repairs.push(...furniture.repairs);
  const stats = textStats(furniture.lines.flat());
  const runs = furniture.lines.flatMap((lines, index) => {
    const order = readingOrder(lines, pdf.pages[index]?.width ?? 0);
    if (order.some((run) => run.column > 0)) repairs.push({ kind: 'columns', page: index + 1, description: 'read two columns one after the other' });
    return order;
  });
  return layoutBlocks(runs, stats);
}

function structureBlocks(pdf: PdfDocument, repairs: Repair[]): PdfBlock[] {
  const { blocks, untagged } = taggedBlocks(pdf.pages);
  for (const { page, text } of untagged) repairs.push({ kind: 'running-header', page, description: `left out ${quoteForReport(plainText(text))}, which the PDF marks as no part of its text (a page header, footer or number)` });
  const stats = textStats(blocks.flatMap((block) => block.lines));
  // A paragraph a page break cut in two is two elements of the structure: the second half goes on the first.
  const joined: PdfBlock[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    const first = block.lines[0] as PdfLine;
    const last = previous?.lines[previous.lines.length - 1];
    if (previous && last && previous.role === 'paragraph' && block.role === 'paragraph' && first.page > last.page && sizeClass(first, stats.bodySize) === 'body' && sizeClass(last, stats.bodySize) === 'body' && !endsSentence(last.text)) {
      previous.lines.push(...block.lines);
    } else joined.push(block);
  }
  return joined;
}

type Kind = 'heading' | 'note' | 'paragraph';

function kindOf(block: PdfBlock, blocks: readonly PdfBlock[], stats: TextStats): Kind {
  const first = block.lines[0] as PdfLine;
  if (block.role === 'heading' || block.role === 'note') return block.role;
  const size = sizeClass(first, stats.bodySize);
  if (size === 'large' && block.lines.length <= 3) return 'heading';
  if (size === 'small' && NOTE_START.test(first.text) && belowBodyText(block, blocks, stats)) return 'note';
  return 'paragraph';
}

/** Whether a block stands below every line of body text on its page: where footnotes are printed. */
function belowBodyText(block: PdfBlock, blocks: readonly PdfBlock[], stats: TextStats): boolean {
  const first = block.lines[0] as PdfLine;
  return blocks.every((other) => other.lines.every((line) => line.page !== first.page || sizeClass(line, stats.bodySize) !== 'body' || line.y > first.y));
}

interface Title {
  index: number;
  byline?: { author?: string; date?: string };
}

/** The title: the first block, when it is a heading in the largest type of the first page; a byline or dateline may follow it. */
function findTitle(classified: readonly { block: PdfBlock; kind: Kind }[], stats: TextStats): Title | undefined {
  const first = classified[0];
  if (!first || first.kind !== 'heading') return undefined;
  const page = (first.block.lines[0] as PdfLine).page;
  const largest = Math.max(...classified.flatMap(({ block }) => block.lines.filter((line) => line.page === page).map((line) => line.size)));
  if ((first.block.lines[0] as PdfLine).size < largest) return undefined;
  const next = classified[1];
  const nextText = next && next.block.lines.length === 1 ? plainText((next.block.lines[0] as PdfLine).text) : '';
  const byline = next && next.kind === 'paragraph' && sizeClass(next.block.lines[0] as PdfLine, stats.bodySize) !== 'large' ? readByline(nextText) : undefined;
  return { index: 0, ...(byline ? { byline } : {}) };
}

/** 0 for the largest heading type after the title, 1 for the next, and so on. */
function headingRank(block: PdfBlock, classified: readonly { block: PdfBlock; kind: Kind }[], title: Title | undefined, stats: TextStats): number {
  const sizes = [...new Set(classified.filter(({ kind }, index) => kind === 'heading' && index !== title?.index).map(({ block: b }) => sizeOf(b)))].sort((a, b) => b - a);
  const rank = sizes.indexOf(sizeOf(block));
  return sizeOf(block) > stats.bodySize * 1.15 ? Math.max(rank, 0) : sizes.length;
}

function sizeOf(block: PdfBlock): number {
  return Math.round((block.lines[0] as PdfLine).size * 10) / 10;
}

function blockText(lines: readonly PdfLine[], words: ReadonlySet<string>, repair: boolean, repairs: Repair[]): string {
  let text = '';
  for (const line of lines) text = text === '' ? line.text : repair ? joinLines(text, line.text, words, line.page, repairs) : `${text} ${line.text}`;
  return text;
}

/** Note references as the document prints them: `over.¹`. */
function withSuperscripts(text: string): string {
  return text.replace(SUPERSCRIPT_MARK, (_, marker: string) => superscript(marker)).trim();
}
