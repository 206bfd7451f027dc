import { open, readFile } from 'node:fs/promises';
import { lastTrailer, PRODUCER, textString } from './pdf-metadata.ts';

/** Enough of a file's end to hold the information dictionary the kit appends, even with a long title. */
const TAIL_BYTES = 65_536;

/**
 * Whether the file is a PDF whose Producer is briefing-kit: one `brief pdf`
 * wrote, which it may replace. The kit appends its document information at
 * the end of the file (pdf-metadata.ts), so the file's tail answers; only a
 * PDF written the other way, or someone else's, is parsed whole with pdf-lib.
 */
export async function producedByKit(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  let head: string;
  let tail: string;
  try {
    const { size } = await file.stat();
    const start = Math.max(0, size - TAIL_BYTES);
    const bytes = Buffer.alloc(size - start);
    await file.read(bytes, 0, bytes.length, start);
    tail = bytes.toString('latin1');
    const first = Buffer.alloc(5);
    await file.read(first, 0, 5, 0);
    head = first.toString('latin1');
  } finally {
    await file.close();
  }
  if (head !== '%PDF-') return false;
  const info = lastTrailer(tail)?.info?.split(/\s+/);
  if (info) {
    const objects = [...tail.matchAll(new RegExp(`(?:^|\\s)${info[0]}\\s+${info[1]}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`, 'g'))];
    const dictionary = objects.at(-1)?.[1];
    // The last information dictionary is the one in force.
    if (dictionary !== undefined) return new RegExp(`/Producer\\s*${textString(PRODUCER)}`, 'i').test(dictionary);
  }
  return producerByPdfLib(path);
}

async function producerByPdfLib(path: string): Promise<boolean> {
  try {
    const { PDFDocument } = await import('pdf-lib');
    const pdf = await PDFDocument.load(await readFile(path), { updateMetadata: false, ignoreEncryption: true });
    return pdf.getProducer() === PRODUCER;
  } catch {
    return false;
  }
}
