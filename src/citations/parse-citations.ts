import { diagnose } from '../diagnostics/diagnose.ts';
import type { Block, Citation, CitationReference, Diagnostic, ParagraphRange } from '../types.ts';

const OPENING = /\[@/g;
const REFERENCE = /^(\s*)@([^\s,;\]]*)(\s*,?\s*)([\s\S]*?)\s*$/;
const LOCATOR = /^(\s*)¶{1,2}\s*(\d+)(?:\s*[-\u2013\u2014]\s*¶?\s*(\d+))?\s*$/;

export interface FoundCitations {
  citations: Citation[];
  diagnostics: Diagnostic[];
}

/**
 * Finds the citations in a block, Pandoc style: `[@id ¶4]`, `[@id ¶4-6]`,
 * `[@id ¶4, ¶7]`, `[@a ¶2; @b ¶5]`. `masked` is the block's Markdown with
 * code and HTML blanked out (same offsets), so `[@` in code is not a citation.
 */
export function parseCitations(block: Block, masked: string): FoundCitations {
  const citations: Citation[] = [];
  const diagnostics: Diagnostic[] = [];
  const file = block.span.file;
  const base = block.span.offset;

  for (const opening of masked.matchAll(OPENING)) {
    const start = opening.index;
    const close = closingBracket(masked, start);
    if (close === -1) {
      const found = masked.slice(start, unclosedEnd(masked, start)).trimEnd();
      diagnostics.push(malformed('there is no closing `]`', found, { file, offset: base + start, length: found.length }));
      continue;
    }
    const span = { file, offset: base + start, length: close + 1 - start };
    const inner = masked.slice(start + 1, close);
    const references: CitationReference[] = [];
    const problems: string[] = [];
    let partStart = start + 1;
    for (const part of inner.split(';')) {
      const reference = parseReference(part, base + partStart, file, problems);
      if (reference) references.push(reference);
      partStart += part.length + 1;
    }
    const problem = problems[0];
    if (problem !== undefined) diagnostics.push(malformed(problem, masked.slice(start, close + 1), span));
    else citations.push({ span, references });
  }
  return { citations, diagnostics };
}

function parseReference(part: string, partOffset: number, file: string, problems: string[]): CitationReference | undefined {
  const match = REFERENCE.exec(part);
  if (!match) {
    problems.push(part.trim() === '' ? 'a reference is empty' : `\`${part.trim()}\` does not start with \`@\``);
    return undefined;
  }
  const [, lead = '', id = '', separator = '', locators = ''] = match;
  if (id === '') {
    problems.push('`@` is not followed by a source id');
    return undefined;
  }
  if (locators === '') {
    problems.push(`\`@${id}\` names no paragraph: every claim cites a paragraph, e.g. \`[@${id} ¶4]\``);
    return undefined;
  }
  const idOffset = partOffset + lead.length + 1;
  const ranges: ParagraphRange[] = [];
  let locatorOffset = idOffset + id.length + separator.length;
  for (const locator of locators.split(',')) {
    const range = LOCATOR.exec(locator);
    if (!range) {
      problems.push(`\`${locator.trim()}\` is not a paragraph reference such as \`¶4\` or \`¶4-6\``);
      return undefined;
    }
    const fromDigits = withoutLeadingZeros(range[2] as string);
    const toDigits = range[3] === undefined ? fromDigits : withoutLeadingZeros(range[3]);
    const from = Number(fromDigits);
    const to = Number(toDigits);
    const label = fromDigits === toDigits ? `¶${fromDigits}` : `¶${fromDigits}-${toDigits}`;
    if (to < from) {
      problems.push(`the range \`${label}\` runs backwards`);
      return undefined;
    }
    const leading = range[1]?.length ?? 0;
    ranges.push({ from, to, label, span: { file, offset: locatorOffset + leading, length: locator.trim().length } });
    locatorOffset += locator.length + 1;
  }
  return { sourceId: id, idSpan: { file, offset: idOffset, length: id.length }, ranges };
}

function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

function malformed(problem: string, found: string, span: Citation['span']): Diagnostic {
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
