/** The syntax of a citation, `[@id ¶4]`: how it is found in text and read into what it cites. */
import type { CitedSource } from '../types.ts';

const REFERENCE = /^(\s*)@([^\s,;\]]*)(\s*,?\s*)([\s\S]*?)\s*$/;
const LOCATOR = /^(\s*)¶{1,2}\s*(\d+)(?:\s*[-\u2013\u2014]\s*¶?\s*(\d+))?\s*$/;

/**
 * Citation text as a regular expression: `[@` up to the next `]` on the same
 * line. It never crosses a `[`, since a citation holds no brackets, and
 * stopping there keeps the scan linear on text such as `[@[@[@…`.
 */
const CITATION_SOURCE = String.raw`\[@[^[\]\n]*\]`;

/** Every citation in a text, for `replace` and `matchAll`. */
export const citationPattern = (): RegExp => new RegExp(CITATION_SOURCE, 'g');

/** A citation at the very start of a text, for tokenizers. */
export const CITATION_AT_START = new RegExp(`^${CITATION_SOURCE}`);

/** Like `citationPattern`, also taking a citation left unclosed at the end of its line or at a `[`. */
export const citationOrUnclosedPattern = (): RegExp => new RegExp(`${CITATION_SOURCE}?`, 'g');

/** What a well-formed citation's text (`[@a ¶2; @b ¶5]`) cites, or undefined: for rendering, where no place in a file is needed. */
export function citedSources(raw: string): CitedSource[] | undefined {
  const read = readCitation(raw);
  if ('problem' in read) return undefined;
  return read.references.map(({ sourceId, ranges }) => ({ sourceId, ranges: ranges.map(({ from, to, label }) => ({ from, to, label })) }));
}

/** A reference read from a citation's text, with offsets into that text. */
export interface ReadReference {
  sourceId: string;
  idAt: number;
  ranges: { from: number; to: number; label: string; at: number; length: number }[];
}

/** The commonest citation, one source and one paragraph: `[@id ¶4]`, matched where a citation starts. */
const ONE_PARAGRAPH = /\[@([^\s,;\]]+) ¶(\d+)\]/y;

/** A citation of one paragraph, read: what it cites, and where its id and its `¶4` stand in the text it was read from. */
export interface OneParagraph {
  sourceId: string;
  paragraph: number;
  label: string;
  idAt: number;
  labelAt: number;
  labelLength: number;
}

/**
 * The citation from `start` to `end` in `text` when it is the commonest form,
 * `[@id ¶4]`, read as readEveryCitation would read it (a test holds it to
 * that); undefined for any other form. Read in place: every block of a deck
 * comes here, and most of their citations are this one.
 */
export function oneParagraphAt(text: string, start: number, end: number): OneParagraph | undefined {
  ONE_PARAGRAPH.lastIndex = start;
  const one = ONE_PARAGRAPH.exec(text);
  if (!one || ONE_PARAGRAPH.lastIndex !== end) return undefined;
  const sourceId = one[1] as string;
  const written = one[2] as string;
  const digits = withoutLeadingZeros(written);
  return { sourceId, paragraph: Number(digits), label: `¶${digits}`, idAt: start + 2, labelAt: start + 3 + sourceId.length, labelLength: 1 + written.length };
}

/** Reads the text of one bracketed citation, `[@…]`, into its references, or says what is wrong with it. */
export function readCitation(raw: string): { references: ReadReference[] } | { problem: string } {
  const one = oneParagraphAt(raw, 0, raw.length);
  if (!one) return readEveryCitation(raw);
  const range = { from: one.paragraph, to: one.paragraph, label: one.label, at: one.labelAt, length: one.labelLength };
  return { references: [{ sourceId: one.sourceId, idAt: one.idAt, ranges: [range] }] };
}

/** `readCitation` without its shortcut: every form a citation may take. */
export function readEveryCitation(raw: string): { references: ReadReference[] } | { problem: string } {
  const references: ReadReference[] = [];
  let partStart = 1;
  for (const part of raw.slice(1, -1).split(';')) {
    const reference = readReference(part, partStart);
    if ('problem' in reference) return reference;
    references.push(reference);
    partStart += part.length + 1;
  }
  return { references };
}

function readReference(part: string, partAt: number): ReadReference | { problem: string } {
  const match = REFERENCE.exec(part);
  if (!match) return { problem: part.trim() === '' ? 'a reference is empty' : `\`${part.trim()}\` does not start with \`@\`` };
  const [, lead = '', id = '', separator = '', locators = ''] = match;
  if (id === '') return { problem: '`@` is not followed by a source id' };
  if (locators === '') return { problem: `\`@${id}\` names no paragraph: every claim cites a paragraph, e.g. \`[@${id} ¶4]\`` };
  const idAt = partAt + lead.length + 1;
  const ranges: ReadReference['ranges'] = [];
  let locatorAt = idAt + id.length + separator.length;
  for (const locator of locators.split(',')) {
    const range = LOCATOR.exec(locator);
    if (!range) return { problem: `\`${locator.trim()}\` is not a paragraph reference such as \`¶4\` or \`¶4-6\`` };
    const fromDigits = withoutLeadingZeros(range[2] as string);
    const toDigits = range[3] === undefined ? fromDigits : withoutLeadingZeros(range[3]);
    const label = fromDigits === toDigits ? `¶${fromDigits}` : `¶${fromDigits}-${toDigits}`;
    const from = Number(fromDigits);
    const to = Number(toDigits);
    if (to < from) return { problem: `the range \`${label}\` runs backwards` };
    ranges.push({ from, to, label, at: locatorAt + (range[1]?.length ?? 0), length: locator.trim().length });
    locatorAt += locator.length + 1;
  }
  return { sourceId: id, idAt, ranges };
}

function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}
