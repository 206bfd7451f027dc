import { diagnose } from '../diagnostics/diagnose.ts';
import { oneParagraphAt, readCitation, type OneParagraph } from '../markdown/citation-syntax.ts';
import type { Citation, CitationReference, Diagnostic, Span } from '../types.ts';

export interface FoundCitations {
  citations: readonly Citation[];
  diagnostics: readonly Diagnostic[];
}

/** What most blocks hold: one answer for all of them rather than a new one each. */
const NONE: FoundCitations = Object.freeze({ citations: Object.freeze([]), diagnostics: Object.freeze([]) });

/** Where a text starts in a file: its spans are offsets from here. */
export interface Origin {
  file: string;
  offset: number;
}

/**
 * Finds the citations in a block, Pandoc style: `[@id ¶4]`, `[@id ¶4-6]`,
 * `[@id ¶4, ¶7]`, `[@a ¶2; @b ¶5]`. `masked` is the block's Markdown with
 * code and HTML blanked out (same offsets), so `[@` in code is not a citation;
 * `origin` is where it starts in its file.
 */
export function parseCitations(masked: string, origin: Origin): FoundCitations {
  // Every block of a deck is read here: a scan by indexOf, since most hold one citation or none.
  let start = masked.indexOf('[@');
  if (start === -1) return NONE;
  const found = { citations: [] as Citation[], diagnostics: [] as Diagnostic[] };
  for (; start !== -1; start = masked.indexOf('[@', start + 2)) {
    const close = closingBracket(masked, start);
    if (close === -1) {
      const text = masked.slice(start, unclosedEnd(masked, start)).trimEnd();
      found.diagnostics.push(malformed('there is no closing `]`', text, spanAt(origin, start, text.length)));
      continue;
    }
    const one = oneParagraphAt(masked, start, close + 1);
    if (one) {
      found.citations.push(oneParagraphCitation(one, origin, start, close + 1));
      continue;
    }
    const raw = masked.slice(start, close + 1);
    const read = readCitation(raw);
    if ('problem' in read) {
      found.diagnostics.push(malformed(read.problem, raw, spanAt(origin, start, raw.length)));
      continue;
    }
    const references: CitationReference[] = read.references.map((reference) => ({
      sourceId: reference.sourceId,
      idSpan: spanAt(origin, start + reference.idAt, reference.sourceId.length),
      ranges: reference.ranges.map((range) => ({ from: range.from, to: range.to, label: range.label, span: spanAt(origin, start + range.at, range.length) })),
    }));
    found.citations.push({ span: spanAt(origin, start, raw.length), references });
  }
  return found;
}

/** The commonest citation built straight from where its parts stand, with nothing read twice. */
function oneParagraphCitation(one: OneParagraph, origin: Origin, start: number, end: number): Citation {
  const range = { from: one.paragraph, to: one.paragraph, label: one.label, span: spanAt(origin, one.labelAt, one.labelLength) };
  return { span: spanAt(origin, start, end - start), references: [{ sourceId: one.sourceId, idSpan: spanAt(origin, one.idAt, one.sourceId.length), ranges: [range] }] };
}

function spanAt(origin: Origin, offset: number, length: number): Span {
  return { file: origin.file, offset: origin.offset + offset, length };
}

function malformed(problem: string, found: string, span: Span): Diagnostic {
  return diagnose('BRF103', { problem, found }, span);
}

/** The `]` that closes the citation opened at `start`, within the same paragraph; -1 if none. */
function closingBracket(text: string, start: number): number {
  for (let i = start + 2; i < text.length; i++) {
    const ch = text[i];
    if (ch === ']') return i;
    if (ch === '[' || (ch === '\n' && text[i + 1] === '\n')) return -1;
  }
  return -1;
}

/** Where an unclosed citation's text ends for the diagnostic: at the end of its line or at the next `[`, whichever comes first. */
function unclosedEnd(text: string, start: number): number {
  for (let i = start + 2; i < text.length; i++) {
    if (text[i] === '\n' || text[i] === '[') return i;
  }
  return text.length;
}
