import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import type { ImportedDocument } from '../imported-document.ts';
import { quoteForReport, type Repair } from '../repair.ts';
import { articleBlocks } from './article-blocks.ts';

export interface HtmlImportOptions {
  /** False: the whole body, not just the article Readability finds. */
  repair?: boolean;
}

/**
 * A web page as a document: the article @mozilla/readability finds in it
 * (navigation, comments, advertisements and footers dropped), its title,
 * byline and date from the page's metadata. The page is parsed by jsdom
 * with scripts off and no resources loaded: nothing in it runs or is
 * fetched. Every piece of text left out is listed with its line.
 */
export function importHtml(html: string | Buffer, options: HtmlImportOptions = {}): ImportedDocument {
  // Two parses of the same text: Readability takes its document apart, the other keeps each element's line.
  const original = new JSDOM(html, { includeNodeLocations: true });
  const line = (node: Node) => original.nodeLocation(node)?.startLine;
  const body = original.window.document.body;
  if (options.repair === false) return { meta: {}, ...articleBlocks(body, {}, line) };

  const parsed = new JSDOM(html);
  const article = new Readability(parsed.window.document, { serializer: (node: Node) => node }).parse();
  const content = article?.content as Element | null | undefined;
  if (!article || !content) return { meta: {}, ...articleBlocks(body, {}, line) };

  const meta: ImportedDocument['meta'] = {};
  const title = article.title?.trim();
  if (title) meta.title = title;
  if (article.byline?.trim()) meta.author = article.byline.trim().replace(/^by\s+/i, '');
  const date = /^\d{4}-\d{2}-\d{2}/.exec(article.publishedTime ?? '')?.[0];
  if (date) meta.date = date;
  const read = articleBlocks(content, meta, lineInOriginal(body, line));
  // The title and byline are kept too, in the front matter.
  const kept = [meta.title, article.byline, content.textContent].join('\n');
  const repairs: Repair[] = [...droppedText(body, kept, line), ...read.repairs];
  return { meta, blocks: read.blocks, repairs };
}

/** The outermost elements of the page none of whose text is in the article, each listed as left out at its line. */
function droppedText(body: Element, kept: string, line: (node: Node) => number | undefined): Repair[] {
  const article = normalise(kept);
  const repairs: Repair[] = [];
  const visit = (element: Element) => {
    for (const child of Array.from(element.children)) {
      if (/^(?:script|style|noscript|template)$/i.test(child.tagName)) continue;
      const text = normalise(child.textContent ?? '');
      if (!text) continue;
      if (article.includes(text)) continue;
      if (Array.from(child.querySelectorAll('*')).some((inner) => innerKept(inner, article))) {
        visit(child);
        continue;
      }
      const at = line(child);
      repairs.push({ kind: 'removed', ...(at ? { line: at } : {}), description: `left out ${describe(child)} ${quoteForReport(text)}: not part of the article` });
    }
  };
  visit(body);
  return repairs;
}

/** The line of an element of Readability's copy: that of the page's element with the same tag, link and text. */
function lineInOriginal(body: Element, line: (node: Node) => number | undefined): (node: Node) => number | undefined {
  const lines = new Map<string, number | undefined>();
  const key = (element: Element) => `${element.tagName} ${element.getAttribute('href') ?? ''} ${normalise(element.textContent ?? '')}`;
  for (const element of Array.from(body.querySelectorAll('*')).reverse()) lines.set(key(element), line(element));
  return (node) => (node.nodeType === 1 ? lines.get(key(node as Element)) : undefined);
}

function innerKept(element: Element, article: string): boolean {
  const text = normalise(element.textContent ?? '');
  return text.length > 0 && !/^(?:script|style)$/i.test(element.tagName) && article.includes(text);
}

function describe(element: Element): string {
  const landmark = /^(?:nav|header|footer|aside|form)$/i.test(element.tagName) ? `<${element.tagName.toLowerCase()}>` : '';
  const named = element.id || (element.getAttribute('class') ?? '').split(/\s+/)[0];
  return landmark || (named ? `<${element.tagName.toLowerCase()} ${element.id ? `id="${element.id}"` : `class="${named}"`}>` : `<${element.tagName.toLowerCase()}>`);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
