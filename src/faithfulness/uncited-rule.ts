import { diagnose } from '../diagnostics/diagnose.ts';
import { optsOutOfCitations } from '../slides/slide-attributes.ts';
import type { Block, Deck, Diagnostic, Slide, Verification } from '../types.ts';
import { claimText } from '../citations/claim-text.ts';
import { sentences } from './sentences.ts';

const MONTHS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A capitalised word, which names a person, place or organisation when it does not start a sentence. */
const CAPITALISED = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}\p{N}'’.-]*/gu;
/** A paragraph of nothing but images shows a figure; it states nothing. */
const ONLY_IMAGES = /^(?:\s*!\[[^\]]*\]\([^)]*\)\s*)+$/;

/**
 * Uncited claims. On a slide that makes claims (one with at least one
 * citation, not opted out), every bullet, table row, paragraph and
 * blockquote carries a citation or a voice marker of its own; a sub-bullet
 * may rest on its parent's citation only when it states nothing checkable
 * itself. In the notes, every block that states something checkable (a
 * number, a date, a named person, place or organisation) carries one. What
 * a block carries is what checking its citations found in it
 * (`Verification.sourced`): a citation, a malformed one too (BRF103 says
 * what is wrong with it), a voice marker, or quoted words (without either,
 * BRF105 reports them): one problem, one message.
 */
export function uncitedClaims(deck: Deck, verification: Pick<Verification, 'citedSlides' | 'sourced'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const carriesSource = (block: Block) => verification.sourced.has(block);
  for (const slide of deck.slides) {
    if (optsOutOfCitations(slide.attributes) || slide.body.unparsed) continue;
    // A slide with no citation at all is one problem, reported once (BRF106).
    if (verification.citedSlides.has(slide.number)) diagnostics.push(...uncitedOnSlide(slide, carriesSource));
    for (const block of slide.notes?.blocks ?? []) {
      if (block.kind === 'heading' || block.kind === 'html' || carriesSource(block)) continue;
      const what = checkable(claimText(block.markdown));
      if (what) diagnostics.push(diagnose('BRF135', { what }, firstLineOf(block)));
    }
  }
  return diagnostics;
}

function uncitedOnSlide(slide: Slide, carriesSource: (block: Block) => boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Most slides cite every block they hold: nothing below would say anything of them.
  if (slide.body.blocks.every((block) => block.kind === 'heading' || block.kind === 'html' || carriesSource(block))) return diagnostics;
  const items: { indent: number; cited: boolean }[] = [];
  let headerRow: number | undefined;
  let previous: Block | undefined;
  for (const block of slide.body.blocks) {
    const cited = carriesSource(block);
    if (block.kind === 'table-cell') {
      // A table's first row is its header; a row is cited when any of its cells is.
      if (previous?.kind !== 'table-cell') headerRow = block.row;
      previous = block;
      if (block.row === headerRow || cited || rowCited(slide.body.blocks, block.row, carriesSource)) continue;
      if (firstCellOfRow(slide.body.blocks, block)) diagnostics.push(diagnose('BRF134', { what: 'table row' }, firstLineOf(block)));
      continue;
    }
    previous = block;
    if (block.kind === 'heading' || block.kind === 'html') continue;
    if (block.kind === 'list-item') {
      const indent = indentOf(block.markdown);
      while (items.length > 0 && (items[items.length - 1] as { indent: number }).indent >= indent) items.pop();
      const parent = items[items.length - 1];
      items.push({ indent, cited: cited || (parent?.cited ?? false) });
      if (cited) continue;
      if (parent?.cited && !checkable(claimText(block.markdown))) continue;
      diagnostics.push(diagnose('BRF134', { what: parent ? 'sub-bullet' : 'bullet' }, firstLineOf(block)));
      continue;
    }
    items.length = 0;
    if (cited || ONLY_IMAGES.test(block.markdown) || claimText(block.markdown) === '') continue;
    diagnostics.push(diagnose('BRF134', { what: block.kind === 'blockquote' ? 'blockquote' : 'paragraph' }, firstLineOf(block)));
  }
  return diagnostics;
}

function rowCited(blocks: readonly Block[], row: number | undefined, carriesSource: (block: Block) => boolean): boolean {
  return blocks.some((block) => block.kind === 'table-cell' && block.row === row && carriesSource(block));
}

function firstCellOfRow(blocks: readonly Block[], cell: Block): boolean {
  return blocks.find((block) => block.kind === 'table-cell' && block.row === cell.row) === cell;
}

/** What makes a statement checkable, if anything: a number, a date, a name. */
export function checkable(text: string): string | undefined {
  if (MONTHS.test(text)) return 'a date';
  if (/\p{N}/u.test(text)) return 'a number';
  for (const sentence of sentences(text)) {
    const names = [...sentence.text.matchAll(CAPITALISED)].filter((match) => match.index > 0 && match[0] !== 'I');
    const name = names.find((match) => !/^[\s"'“‘(]*$/.test(sentence.text.slice(0, match.index)));
    if (name) return `a name, ${name[0]}`;
  }
  return undefined;
}

/** A list item's indent, a tab as four spaces. */
function indentOf(markdown: string): number {
  let width = 0;
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === ' ') width++;
    else if (markdown[i] === '\t') width += 4;
    else break;
  }
  return width;
}

function firstLineOf(block: Block): Block['span'] {
  const end = block.markdown.indexOf('\n');
  const leading = block.markdown.length - block.markdown.trimStart().length;
  return { ...block.span, offset: block.span.offset + leading, length: (end === -1 ? block.markdown.length : end) - leading };
}
