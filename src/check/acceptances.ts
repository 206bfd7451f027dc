import { diagnose, spanOf } from '../diagnostics/diagnose.ts';
import type { Deck, Diagnostic, SlidePart, Span } from '../types.ts';
import { htmlComments } from '../text/html-comment.ts';

/** The opening of `<!-- brief-accept BRF130: reason -->`; anything else after `brief-accept` is malformed. */
const ACCEPTANCE_OPENING = /<!--\s*brief-accept\b/;
const CODE_AND_REASON = /^\s*(BRF\d{3})\s*:\s*(\S[\s\S]*?)\s*$/;

/**
 * Applies the acceptances written in slides and notes: each names a warning
 * and gives a reason, and accepts that warning on the block right after it.
 * Accepted warnings stay in the list, marked with the reason (JSON and
 * `brief review` show them); an acceptance that accepts nothing, or cannot
 * be read, is a warning of its own.
 */
export function applyAcceptances(deck: Deck, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const accepted = new Map<Diagnostic, string>();
  const added: Diagnostic[] = [];
  for (const slide of deck.slides) {
    for (const part of [slide.body, slide.notes]) {
      // Few parts accept anything: the words themselves are looked for before any comment is.
      if (!part || !part.markdown.includes('brief-accept')) continue;
      for (const { start, bodyStart, end } of htmlComments(part.markdown, ACCEPTANCE_OPENING)) {
        const at: Span = { file: part.span.file, offset: part.span.offset + start, length: end - start };
        const parsed = CODE_AND_REASON.exec(part.markdown.slice(bodyStart, end - '-->'.length));
        if (!parsed) {
          added.push(diagnose('BRF137', { found: part.markdown.slice(start, end).replace(/\s+/g, ' ') }, at));
          continue;
        }
        const [, code = '', reason = ''] = parsed;
        const block = nextBlock(part, at.offset + at.length);
        const targets = block ? diagnostics.filter((d) => d.code === code && d.severity === 'warning' && within(spanOf(d), block)) : [];
        if (targets.length === 0) added.push(diagnose('BRF138', { code }, at));
        for (const target of targets) accepted.set(target, reason);
      }
    }
  }
  return [...diagnostics.map((d) => (accepted.has(d) ? { ...d, accepted: accepted.get(d) as string } : d)), ...added];
}

function nextBlock(part: SlidePart, after: number): Span | undefined {
  return part.blocks.find((block) => block.span.offset >= after)?.span;
}

function within(span: Span | undefined, block: Span): boolean {
  return span !== undefined && span.file === block.file && span.offset >= block.offset && span.offset < block.offset + Math.max(1, block.length);
}
