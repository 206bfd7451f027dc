import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One run of text as pdf.js reads it: where it stands on the page (PDF units, y up), its size and font. */
export interface PdfItem {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** Font size. */
  size: number;
  font: string;
  /** The marked-content id it belongs to, in a tagged PDF. */
  mcid?: string;
}

/** A node of a tagged PDF's structure tree on one page: a role and, below it, elements and marked content. */
export interface PdfStructure {
  role: string;
  children: (PdfStructure | { mcid: string })[];
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** The page's part of the structure tree, in a tagged PDF. */
  structure?: PdfStructure;
}

export interface PdfDocument {
  pages: PdfPage[];
  /** From the document's information dictionary. */
  title?: string;
  author?: string;
}

export type PdfReading = { kind: 'read'; pdf: PdfDocument } | { kind: 'unreadable'; reason: string };

/**
 * Reads a PDF's text with pdf.js: every text item with its position, and the
 * structure tree of a tagged PDF. Nothing in the file is run (no scripts, no
 * font programs evaluated, no XFA forms) and nothing is fetched: character
 * maps and standard fonts come from the pdfjs-dist package on disk.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: `${join(packageDir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(packageDir, 'standard_fonts')}/`,
  });
  try {
    const document = await task.promise;
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) pages.push(await readPage(await document.getPage(number), number));
    const info = ((await document.getMetadata()).info ?? {}) as Record<string, unknown>;
    return { kind: 'read', pdf: { pages, ...text('title', info['Title']), ...text('author', info['Author']) } };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { kind: 'unreadable', reason: 'it is protected by a password' };
    return { kind: 'unreadable', reason: `pdf.js could not read it (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    await task.destroy();
  }
}

interface PageProxy {
  view: number[];
  getTextContent(options: { includeMarkedContent: boolean }): Promise<{ items: unknown[] }>;
  getStructTree(): Promise<unknown>;
}

async function readPage(page: PageProxy, number: number): Promise<PdfPage> {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const content = await page.getTextContent({ includeMarkedContent: true });
  const items: PdfItem[] = [];
  const open: (string | undefined)[] = [];
  for (const raw of content.items as Record<string, unknown>[]) {
    if (raw['type'] === 'beginMarkedContentProps' || raw['type'] === 'beginMarkedContent') {
      open.push(typeof raw['id'] === 'string' ? raw['id'] : undefined);
      continue;
    }
    if (raw['type'] === 'endMarkedContent') {
      open.pop();
      continue;
    }
    const str = String(raw['str'] ?? '');
    const transform = raw['transform'] as number[];
    if (str === '' || !transform) continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = transform;
    const mcid = [...open].reverse().find((id) => id !== undefined);
    items.push({
      text: str,
      x: e - x0,
      y: f - y0,
      width: Number(raw['width'] ?? 0),
      size: Math.hypot(a, b) || Number(raw['height'] ?? 0),
      font: String(raw['fontName'] ?? ''),
      ...(mcid ? { mcid } : {}),
    });
  }
  const structure = toStructure(await page.getStructTree().catch(() => null));
  return { number, width: x1 - x0, height: y1 - y0, items, ...(structure ? { structure } : {}) };
}

function toStructure(node: unknown): PdfStructure | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const record = node as { role?: unknown; children?: unknown[] };
  const children: PdfStructure['children'] = [];
  for (const child of record.children ?? []) {
    const c = child as { type?: unknown; id?: unknown };
    if (c.type === 'content' && typeof c.id === 'string') children.push({ mcid: c.id });
    else {
      const element = toStructure(child);
      if (element) children.push(element);
    }
  }
  return { role: String(record.role ?? ''), children };
}

/** A metadata field worth keeping: not empty, and not what a browser writes for a page with no title (`about:blank`, a URL or file name). */
function text<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  const kept = typeof value === 'string' && value.trim() && !/^(?:about:|[a-z]+:\/\/|[^\s]+\.(?:html?|pdf|docx?)$)/i.test(value.trim());
  return kept ? ({ [key]: (value as string).trim() } as Record<K, string>) : {};
}
