import { diagnose } from '../diagnostics/diagnose.ts';
import { clip } from '../text/clip.ts';
import type { Claim, Diagnostic, Source } from '../types.ts';
import { citedLabel } from './cited-label.ts';
import { sentenceHolding, type ClaimSentence } from './claim-sentences.ts';
import { claimHedges, qualifiers, trailingQualifiers } from './qualifiers.ts';
import { type SourceSentences, type SupportSentence } from './source-sentences.ts';

/** How many words before a quotation's first word a qualifier still clearly governs it; after its last, a trailing qualifier. */
const WORDS_BEFORE = 4;
const WORDS_AFTER = 2;
const MAX_SENTENCE = 180;

/**
 * Hedge dropped: a claim sentence rests on a source sentence whose words it
 * restates under a qualifier ("may", "trying to", "likely"…, see
 * qualifiers.ts), and the claim sentence neither keeps a qualifier nor gives
 * the statement to someone. A quotation that starts just after such a word,
 * or ends just before one, is the clearest case. Only a qualifier that
 * governs the words the claim takes counts: one just before them, or among
 * them, not one in another clause of the sentence.
 */
export function hedgeDropped(claim: Claim, sources: ReadonlyMap<string, Source>, index: SourceSentences): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const cited = index.citedBy(claim, sources);
  const claimed = index.sentencesOf(claim);
  const warned = new Set<ClaimSentence>();
  const warn = (sentence: ClaimSentence, support: SupportSentence, qualifier: string, edge: boolean) => {
    if (warned.has(sentence)) return;
    warned.add(sentence);
    diagnostics.push(diagnose('BRF130', { qualifier, cited: citedLabel(support.source, support.paragraph), sentence: clip(support.sentence.text, MAX_SENTENCE), edge }, sentence.span));
  };

  claim.quotations.forEach((quotation, i) => {
    const support = index.holdingQuotation(claim, i, sources);
    const sentence = sentenceHolding(claimed, quotation.quotation.span.offset);
    if (!support || !sentence) return;
    warned.add(sentence);
    if (claimHedges.find(sentence.text)) return;
    const pieces = quotation.found.pieces;
    const text = support.sentence.text;
    const start = (pieces[0]?.start ?? 0) - support.sentence.start;
    const end = (pieces[pieces.length - 1]?.end ?? 0) - support.sentence.start;
    const before = qualifiers.last(lastWords(text.slice(0, start), WORDS_BEFORE));
    const after = trailingQualifiers.find(firstWords(text.slice(end), WORDS_AFTER));
    const qualifier = before ?? after;
    if (qualifier) {
      warned.delete(sentence);
      warn(sentence, support, qualifier.word, true);
    }
  });

  for (const sentence of claimed) {
    // A question asserts nothing, hedged or not.
    if (warned.has(sentence) || sentence.text.trimEnd().endsWith('?') || claimHedges.find(sentence.text)) continue;
    const support = index.best(sentence, cited);
    const qualifier = support && governingQualifier(support.sentence.text, index.placesIn(support.sentence), sentence.words);
    if (support && qualifier) warn(sentence, support, qualifier, false);
  }
  return diagnostics;
}

/**
 * The qualifier governing the words a claim shares with `text`: one among
 * them (between the first and the last, at their first places), or a few
 * words before the first.
 */
function governingQualifier(text: string, words: readonly { stem: string; index: number }[], claimWords: ReadonlySet<string>): string | undefined {
  const seen = new Set<string>();
  const places = words.filter((word) => claimWords.has(word.stem) && !seen.has(word.stem) && seen.add(word.stem));
  const first = places[0];
  const last = places[places.length - 1];
  if (!first || !last) return undefined;
  return qualifiers.last(text.slice(startOfLastWords(text.slice(0, first.index), WORDS_BEFORE), last.index))?.word;
}

function lastWords(text: string, count: number): string {
  return text.slice(startOfLastWords(text, count));
}

/** Where the last `count` words of `text` start. */
function startOfLastWords(text: string, count: number): number {
  const starts = [...text.matchAll(/\S+/g)].map((match) => match.index);
  return starts[Math.max(0, starts.length - count)] ?? text.length;
}

function firstWords(text: string, count: number): string {
  return [...text.matchAll(/\S+/g)].slice(0, count).map((match) => match[0]).join(' ');
}
