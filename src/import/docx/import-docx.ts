import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { readByline } from '../byline.ts';
import type { ImportedDocument } from '../imported-document.ts';
import { domBlocks } from '../html/dom-blocks.ts';
import { quoteForReport, type Repair } from '../repair.ts';

/** Word's Title and Subtitle styles, which mammoth leaves as plain paragraphs, as a heading and a paragraph of their own. */
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => p.subtitle:fresh"];

/**
 * A Word file (.docx) as a document, through mammoth: headings from Word's
 * heading styles, footnotes and endnotes as notes after the paragraph that
 * refers to them, each table row a paragraph. The first heading is the
 * title, and a byline or date right under it goes into the front matter.
 * Images are left out; mammoth's warnings are listed.
 */
export async function importDocx(bytes: Uint8Array): Promise<ImportedDocument | { problem: string }> {
  let converted: { value: string; messages: { type: string; message: string }[] };
  try {
    converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
  } catch (error) {
    return { problem: `mammoth could not read it (${error instanceof Error ? error.message : String(error)})` };
  }
  const repairs: Repair[] = converted.messages.map((m) => ({ kind: 'converted', description: `${m.type}: ${m.message}` }));
  const body = new JSDOM(converted.value).window.document.body;
  const blocks = domBlocks(body).map((b) => b.block);
  const meta: ImportedDocument['meta'] = {};
  const first = blocks[0];
  if (first?.kind === 'heading') {
    meta.title = first.text;
    blocks.shift();
    repairs.push({ kind: 'title', description: `moved the title ${quoteForReport(first.text)} into the front matter` });
    const next = blocks[0];
    const byline = next?.kind === 'paragraph' && !next.text.includes('\n') ? readByline(next.text) : undefined;
    if (byline) {
      Object.assign(meta, byline);
      blocks.shift();
      repairs.push({ kind: 'byline', description: `moved the byline ${quoteForReport((next as { text: string }).text)} into the front matter` });
    }
  }
  return { meta, blocks, repairs };
}
