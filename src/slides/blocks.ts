import type { Token } from 'marked';
import { isPlainComment } from '../text/html-comment.ts';
import type { Block } from '../types.ts';

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const TABLE_DELIMITER_ROW = 1;

/**
 * Cuts a slide's tokens into the blocks that citations and quotations belong
 * to, each with its exact place in the file. marked's tokens carry no
 * positions, but top-level tokens' `raw` texts add up to the input, so a
 * running offset places each one; bullets and table cells are then found by
 * their lines inside the token's raw text.
 */
export function blocksOf(tokens: readonly Token[], file: string, offset: number): Block[] {
  const blocks: Block[] = [];
  let at = offset;
  for (const token of tokens) {
    const start = at;
    at += token.raw.length;
    switch (token.type) {
      case 'paragraph':
      case 'heading':
      case 'blockquote':
        blocks.push(block(token.type, token.raw, start, file));
        break;
      case 'html':
        // A citation may stand in raw HTML's text; comments (slide attributes among them) hold none.
        if (!isPlainComment(token.raw)) blocks.push(block('html', token.raw, start, file));
        break;
      case 'list':
        for (const item of listItems(token.raw, start, file)) blocks.push(item);
        break;
      case 'table':
        for (const cell of tableCells(token.raw, start, file)) blocks.push(cell);
        break;
      default:
        // Code and separators hold no prose to check.
        break;
    }
  }
  return blocks;
}

function block(kind: Block['kind'], raw: string, start: number, file: string): Block {
  const markdown = raw.replace(/\s+$/, '');
  return { kind, markdown, span: { file, offset: start, length: markdown.length } };
}

/** Each bullet of a list, nested ones included, is its own block: a line with a list marker starts one. */
function listItems(raw: string, start: number, file: string): Block[] {
  const items: Block[] = [];
  let itemStart: number | undefined;
  let lineStart = 0;
  while (lineStart < raw.length) {
    const newline = raw.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? raw.length : newline + 1;
    if (LIST_MARKER.test(raw.slice(lineStart, lineEnd))) {
      if (itemStart !== undefined) items.push(block('list-item', raw.slice(itemStart, lineStart), start + itemStart, file));
      itemStart = lineStart;
    }
    lineStart = lineEnd;
  }
  if (itemStart !== undefined) items.push(block('list-item', raw.slice(itemStart), start + itemStart, file));
  return items.filter((item) => item.markdown.trim() !== '');
}

/** Each cell of a table is its own block, found by splitting rows on unescaped pipes. */
function tableCells(raw: string, start: number, file: string): Block[] {
  const cells: Block[] = [];
  let lineStart = 0;
  let row = 0;
  while (lineStart < raw.length) {
    const newline = raw.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? raw.length : newline;
    if (row !== TABLE_DELIMITER_ROW) {
      for (const cell of cellsOfRow(raw.slice(lineStart, lineEnd))) {
        const cellStart = start + lineStart + cell.offset;
        const leading = cell.text.length - cell.text.trimStart().length;
        const text = cell.text.trim();
        if (text) cells.push({ kind: 'table-cell', markdown: text, span: { file, offset: cellStart + leading, length: text.length }, row: start + lineStart });
      }
    }
    row++;
    lineStart = lineEnd + 1;
  }
  return cells;
}

function cellsOfRow(line: string): { text: string; offset: number }[] {
  const cells: { text: string; offset: number }[] = [];
  let cellStart = 0;
  let inCode = false;
  for (let i = 0; i <= line.length; i++) {
    const ch = line[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '`') inCode = !inCode;
    if ((ch === '|' && !inCode) || i === line.length) {
      cells.push({ text: line.slice(cellStart, i), offset: cellStart });
      cellStart = i + 1;
    }
  }
  // A leading or trailing pipe leaves an empty first or last cell that is not a cell of the table.
  return cells.filter((cell) => cell.text.trim() !== '');
}
