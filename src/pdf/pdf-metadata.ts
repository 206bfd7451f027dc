import { open, readFile, writeFile } from 'node:fs/promises';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
}

const CREATOR = 'briefing-kit (reveal.js print view in Chromium)';
/** What the kit writes as every PDF's Producer, and looks for before replacing a PDF (pdf-producer.ts). */
export const PRODUCER = 'briefing-kit';
/** Enough of the file's end to hold its last trailer: Chromium's is under 100 bytes. */
const TAIL_BYTES = 4096;

/**
 * Sets the PDF's document information: Chromium writes the title only, and
 * never an author. The new information is appended as an incremental update
 * (ISO 32000-1, 7.5.6), which leaves the printed bytes as they are: pdf-lib
 * cannot append, and re-writing the whole file with it took a fifth of a
 * 300-page export. A file whose end is not a plain cross-reference table
 * and trailer, as Chromium writes them, is re-written with pdf-lib instead.
 */
export async function writePdfMetadata(path: string, metadata: PdfMetadata, now = new Date()): Promise<void> {
  const file = await open(path, 'r+');
  try {
    const { size } = await file.stat();
    const start = Math.max(0, size - TAIL_BYTES);
    const tail = Buffer.alloc(size - start);
    await file.read(tail, 0, tail.length, start);
    const trailer = lastTrailer(tail.toString('latin1'));
    if (trailer) {
      await file.write(Buffer.from(infoUpdate(trailer, size, metadata, now), 'latin1'), 0, undefined, size);
      return;
    }
  } finally {
    await file.close();
  }
  await rewriteWithPdfLib(path, metadata, now);
}

interface Trailer {
  size: number;
  root: string;
  info?: string;
  startxref: number;
}

/** The last trailer of a file ending in a classic cross-reference table, or undefined. */
export function lastTrailer(tail: string): Trailer | undefined {
  const match = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) return undefined;
  const dictionary = match[1] as string;
  const size = /\/Size\s+(\d+)/.exec(dictionary)?.[1];
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dictionary)?.[1];
  // An encrypted file's strings would need encrypting too.
  if (!size || !root || /\/Encrypt\b/.test(dictionary)) return undefined;
  const info = /\/Info\s+(\d+\s+\d+\s+R)/.exec(dictionary)?.[1];
  return { size: Number(size), root, ...(info ? { info } : {}), startxref: Number(match[2]) };
}

/** A new document information dictionary, its cross-reference section and a trailer pointing back to the previous one. */
function infoUpdate(trailer: Trailer, fileSize: number, metadata: PdfMetadata, now: Date): string {
  // Replace the existing dictionary in place (same object number), or add one after the last object.
  const [number, generation] = trailer.info ? trailer.info.split(/\s+/).map(Number) : [trailer.size, 0];
  const entries = [
    ['Title', metadata.title],
    ['Author', metadata.author],
    ['Subject', metadata.subject],
    ['Creator', CREATOR],
    ['Producer', PRODUCER],
  ]
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `/${key} ${textString(value)}`);
  const date = pdfDate(now);
  const body = `\n${number} ${generation} obj\n<<${entries.join(' ')} /CreationDate (${date}) /ModDate (${date})>>\nendobj\n`;
  const objectOffset = fileSize + 1;
  const xrefOffset = fileSize + body.length;
  const size = Math.max(trailer.size, (number as number) + 1);
  return (
    body +
    `xref\n${number} 1\n${String(objectOffset).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n` +
    `trailer\n<</Size ${size} /Root ${trailer.root} /Info ${number} ${generation} R /Prev ${trailer.startxref}>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`
  );
}

/** Any text as a PDF text string: UTF-16BE with its byte order mark, in hex, so no character needs escaping. */
export function textString(text: string): string {
  const utf16 = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return `<${utf16.toString('hex').toUpperCase()}>`;
}

/** A PDF date in UTC: `D:YYYYMMDDHHmmSSZ`. */
function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** pdf-lib is loaded only here: it takes 150 ms, and every command writing an `--out` file reads this module to know its own PDFs. */
async function rewriteWithPdfLib(path: string, metadata: PdfMetadata, now: Date): Promise<void> {
  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  pdf.setTitle(metadata.title);
  if (metadata.author) pdf.setAuthor(metadata.author);
  if (metadata.subject) pdf.setSubject(metadata.subject);
  pdf.setCreator(CREATOR);
  pdf.setProducer(PRODUCER);
  pdf.setModificationDate(now);
  await writeFile(path, await pdf.save({ useObjectStreams: false }));
}
