import { readFile, writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
}

/** Sets the PDF's document information: Chromium writes the title only, and never an author. */
export async function writePdfMetadata(path: string, metadata: PdfMetadata): Promise<number> {
  const pdf = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  pdf.setTitle(metadata.title);
  if (metadata.author) pdf.setAuthor(metadata.author);
  if (metadata.subject) pdf.setSubject(metadata.subject);
  pdf.setCreator('briefing-kit (reveal.js print view in Chromium)');
  pdf.setProducer('briefing-kit');
  pdf.setModificationDate(new Date());
  await writeFile(path, await pdf.save({ useObjectStreams: false }));
  return pdf.getPageCount();
}
