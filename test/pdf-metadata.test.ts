import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { lastTrailer, writePdfMetadata } from '../src/pdf/pdf-metadata.ts';
import { hasPoppler, pdfInfo } from './helpers/poppler.ts';
import { tempDirectory } from './helpers/temp-project.ts';

async function pdfFile(name: string, useObjectStreams: boolean): Promise<string> {
  const document = await PDFDocument.create();
  document.setTitle('Printed title');
  document.addPage([960, 540]).drawText('Slide one');
  document.addPage([960, 540]).drawText('Slide two');
  const path = join(tempDirectory(), name);
  writeFileSync(path, await document.save({ useObjectStreams }));
  return path;
}

const METADATA = { title: 'Xi–Putin: what Beijing said', author: 'Analyst Łukasz Ż.', subject: 'Read-ahead' };

describe('writePdfMetadata', () => {
  it('appends the information to a file with a plain trailer, leaving the printed bytes as they were', async () => {
    const path = await pdfFile('plain.pdf', false);
    const printed = readFileSync(path);
    expect(lastTrailer(printed.toString('latin1'))).toBeDefined();
    await writePdfMetadata(path, METADATA);
    const written = readFileSync(path);
    expect(written.subarray(0, printed.length).equals(printed)).toBe(true);
    const read = await PDFDocument.load(written, { updateMetadata: false });
    expect([read.getTitle(), read.getAuthor(), read.getSubject(), read.getPageCount()]).toEqual([METADATA.title, METADATA.author, METADATA.subject, 2]);
    if (hasPoppler()) expect(pdfInfo(path)).toMatchObject({ Title: METADATA.title, Author: METADATA.author, Subject: METADATA.subject, Pages: '2' });
  });

  it('re-writes a file whose end it does not recognise (a cross-reference stream) with pdf-lib', async () => {
    const path = await pdfFile('streams.pdf', true);
    expect(lastTrailer(readFileSync(path).toString('latin1'))).toBeUndefined();
    await writePdfMetadata(path, METADATA);
    const read = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
    expect([read.getTitle(), read.getAuthor(), read.getSubject(), read.getPageCount()]).toEqual([METADATA.title, METADATA.author, METADATA.subject, 2]);
  });

  it('reads the trailer Chromium writes', () => {
    const tail = '0001867905 00000 n \ntrailer\n<</Size 3828\n/Root 3799 0 R\n/Info 1 0 R>>\nstartxref\n1868437\n%%EOF';
    expect(lastTrailer(tail)).toEqual({ size: 3828, root: '3799 0 R', info: '1 0 R', startxref: 1868437 });
    expect(lastTrailer(tail.replace('/Info 1 0 R', '/Info 1 0 R /Encrypt 5 0 R'))).toBeUndefined();
  });
});
