import { superscript, type ImportedBlock } from '../imported-document.ts';
import { escapeMarkdown } from '../escape-markdown.ts';

/** Elements whose content is never text of the document: run by no one, shown to no one. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'IMG', 'VIDEO', 'AUDIO', 'MATH']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CAPTION']);
/** The id of a footnote's or endnote's list item, as Word (through mammoth) and most sites write it. */
const NOTE_ID = /^(?:foot|end)?note-?(\d+)$|^fn:?(\d+)$|^cite_note-.*?(\d+)$/i;

/** A block with the ids of the notes it refers to. */
export interface DomBlock {
  block: ImportedBlock;
  refs: string[];
  /** The element it was read from, to say where a repair was made. */
  element: Element;
}

/**
 * Reads an article's DOM (a web page's, or a Word file's as mammoth writes
 * it) into blocks: headings, paragraphs, lists and quotations as Markdown,
 * each table row as a paragraph of its cells, and footnotes as notes after
 * the paragraph that refers to them. Links are reduced to their text, images
 * and form controls left out; nothing in the DOM is run.
 */
export function domBlocks(root: Element): DomBlock[] {
  const blocks: DomBlock[] = [];
  const notes = new Map<string, DomBlock>();
  visit(root, blocks, notes);
  return notesAfterReferences(blocks, notes);
}

function visit(element: Element, blocks: DomBlock[], notes: Map<string, DomBlock>): void {
  let inline: Node[] = [];
  const flushInline = () => {
    const text = inlineText(inline);
    if (text.text) blocks.push({ block: { kind: 'paragraph', text: text.text }, refs: text.refs, element });
    inline = [];
  };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType !== 1) {
      if (child.nodeType === 3) inline.push(child);
      continue;
    }
    const el = child as Element;
    if (NOT_TEXT.has(el.tagName.toUpperCase())) continue;
    if (!BLOCK.has(el.tagName.toUpperCase())) {
      inline.push(el);
      continue;
    }
    flushInline();
    readBlock(el, blocks, notes);
  }
  flushInline();
}

function readBlock(el: Element, blocks: DomBlock[], notes: Map<string, DomBlock>): void {
  const tag = el.tagName.toUpperCase();
  const heading = /^H([1-6])$/.exec(tag);
  if (heading) {
    const text = inlineText(Array.from(el.childNodes)).text.replace(/\s+/g, ' ');
    if (text) blocks.push({ block: { kind: 'heading', level: Number(heading[1]), text }, refs: [], element: el });
    return;
  }
  if (tag === 'UL' || tag === 'OL') {
    const items = Array.from(el.children).filter((li) => li.tagName.toUpperCase() === 'LI');
    const noteItems = items.filter((li) => NOTE_ID.test(li.id));
    for (const li of noteItems) {
      const marker = noteNumber(li.id);
      const text = inlineText(Array.from(li.childNodes), { dropBackLinks: true });
      notes.set(li.id, { block: { kind: 'note', marker, text: text.text }, refs: [], element: li });
    }
    const listed = items.filter((li) => !NOTE_ID.test(li.id)).map((li, index) => {
      const text = inlineText(Array.from(li.childNodes)).text.replace(/\n+/g, ' ');
      return `${tag === 'OL' ? `${index + 1}.` : '-'} ${escapeMarkdown(text)}`;
    });
    const refs = items.flatMap((li) => inlineText(Array.from(li.childNodes)).refs);
    if (listed.length) blocks.push({ block: { kind: 'markdown', markdown: listed.join('\n') }, refs, element: el });
    return;
  }
  if (tag === 'TR') {
    const cells = Array.from(el.children).filter((cell) => /^T[DH]$/i.test(cell.tagName));
    const texts = cells.map((cell) => inlineText(Array.from(cell.childNodes)));
    const text = texts.map((t) => t.text.replace(/\s+/g, ' ')).filter(Boolean).join(' | ');
    if (text) blocks.push({ block: { kind: 'paragraph', text }, refs: texts.flatMap((t) => t.refs), element: el });
    return;
  }
  if (tag === 'PRE') {
    const code = (el.textContent ?? '').replace(/\n$/, '');
    const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    if (code.trim()) blocks.push({ block: { kind: 'markdown', markdown: `${fence}\n${code}\n${fence}` }, refs: [], element: el });
    return;
  }
  if (tag === 'BLOCKQUOTE') {
    const inner: DomBlock[] = [];
    visit(el, inner, notes);
    const quoted = inner.map((b) => (b.block.kind === 'paragraph' ? escapeMarkdown(b.block.text) : b.block.kind === 'markdown' ? b.block.markdown : '')).filter(Boolean);
    const markdown = quoted.join('\n\n').split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
    if (quoted.length) blocks.push({ block: { kind: 'markdown', markdown }, refs: inner.flatMap((b) => b.refs), element: el });
    return;
  }
  if (tag === 'HR') return;
  visit(el, blocks, notes);
}

/** The text of inline content: white space collapsed, `<br>` a line break, links as their text, note references as superscripts. */
function inlineText(nodes: readonly Node[], options: { dropBackLinks?: boolean } = {}): { text: string; refs: string[] } {
  const refs: string[] = [];
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      text += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (NOT_TEXT.has(tag)) return;
    if (tag === 'BR') {
      text += '\n';
      return;
    }
    const href = tag === 'A' ? (el.getAttribute('href') ?? '') : '';
    const target = /^#(.+)$/.exec(href)?.[1];
    if (target && NOTE_ID.test(target)) {
      if (options.dropBackLinks) return;
      refs.push(target);
      text += superscript(noteNumber(target));
      return;
    }
    if (options.dropBackLinks && target && /ref/i.test(target)) return;
    for (const child of Array.from(el.childNodes)) walk(child);
  };
  for (const node of nodes) walk(node);
  return { text: text.replace(/[ \t\r\f\u00A0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim(), refs };
}

function noteNumber(id: string): string {
  const match = NOTE_ID.exec(id);
  return match?.[1] ?? match?.[2] ?? match?.[3] ?? id;
}

/** Each note after the block that first refers to it (and the notes already there); notes no block refers to, at the end. */
function notesAfterReferences(blocks: readonly DomBlock[], notes: ReadonlyMap<string, DomBlock>): DomBlock[] {
  const placed = new Set<string>();
  const ordered: DomBlock[] = [];
  for (const block of blocks) {
    ordered.push(block);
    for (const ref of block.refs) {
      const note = notes.get(ref);
      if (note && !placed.has(ref)) {
        ordered.push(note);
        placed.add(ref);
      }
    }
  }
  for (const [id, note] of notes) if (!placed.has(id)) ordered.push(note);
  return ordered;
}
