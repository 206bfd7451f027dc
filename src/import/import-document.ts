import { decodeText } from '../project/read-text.ts';
import type { SourceMeta } from '../types.ts';
import { detectFormat, unreadableKind, type DocumentFormat } from './detect-format.ts';
import type { ImportedBlock } from './imported-document.ts';
import { importText } from './import-text.ts';
import { inDocumentOrder, type Repair } from './repair.ts';
import { writeSource } from './write-source.ts';

export interface ImportOptions {
  /** Front matter given on the command line; it wins over what is found in the document. */
  meta: Partial<SourceMeta>;
  /** Running header or footer lines to remove wherever they stand (text). */
  headers?: readonly string[];
  /** False: import the text as it is (see each format). */
  repair?: boolean;
}

export interface ImportedSource {
  format: DocumentFormat;
  /** The whole source file: front matter and body. */
  markdown: string;
  meta: Partial<SourceMeta>;
  blocks: ImportedBlock[];
  repairs: Repair[];
}

export type ImportResult = { kind: 'imported'; source: ImportedSource } | { kind: 'unreadable'; format: DocumentFormat | 'binary'; reason: string };

/**
 * Reads a document of any kind `brief import` knows (PDF, Word, HTML, text,
 * told apart by content and name) into a source file. The same bytes give
 * the same file, byte for byte. Each format's reader loads only when a
 * document of its kind comes (pdf.js, jsdom and mammoth take most of a
 * second together), so a text file or a mistyped path is answered at once.
 */
export async function importDocument(bytes: Uint8Array, name: string, options: ImportOptions): Promise<ImportResult> {
  const format = detectFormat(bytes, name);
  const repair = options.repair !== false;
  let document;
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf/read-pdf.ts');
    const read = await readPdf(bytes);
    if (read.kind === 'unreadable') return { kind: 'unreadable', format, reason: read.reason };
    if (read.pdf.pages.every((page) => page.items.every((item) => item.text.trim() === ''))) {
      return { kind: 'unreadable', format, reason: 'it has no text to read: its pages are images (a scan?), so run OCR on it first (e.g. `ocrmypdf`)' };
    }
    const { importPdf } = await import('./pdf/import-pdf.ts');
    document = importPdf(read.pdf, { repair });
  } else if (format === 'html') {
    // A page that is valid UTF-8 is read as UTF-8; any other is decoded as a browser would, by its <meta charset>, else as windows-1252.
    const utf8 = decodeText(Buffer.from(bytes), name);
    const { importHtml } = await import('./html/import-html.ts');
    document = importHtml(utf8.diagnostic || !utf8.file ? Buffer.from(bytes) : utf8.file.text, { repair });
  } else if (format === 'docx') {
    const { importDocx } = await import('./docx/import-docx.ts');
    const read = await importDocx(bytes);
    if ('problem' in read) return { kind: 'unreadable', format, reason: read.problem };
    document = read;
  } else {
    const other = unreadableKind(bytes, name);
    if (other) return { kind: 'unreadable', format: 'binary', reason: `it is ${other}` };
    const decoded = decodeText(Buffer.from(bytes), name);
    if (decoded.diagnostic || !decoded.file) return { kind: 'unreadable', format: 'binary', reason: `it is not a PDF, Word (.docx) or HTML file, nor UTF-8 text: ${decoded.diagnostic?.message ?? ''}` };
    document = importText(decoded.file.text, { repair, headers: options.headers ?? [] });
  }
  const meta = { ...document.meta, ...definedOnly(options.meta) };
  return { kind: 'imported', source: { format, markdown: writeSource(meta, document.blocks), meta, blocks: document.blocks, repairs: inDocumentOrder(document.repairs) } };
}

function definedOnly(meta: Partial<SourceMeta>): Partial<SourceMeta> {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined && value !== ''));
}
