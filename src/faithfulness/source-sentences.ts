import { citedParagraphs } from '../provenance/cited-paragraphs.ts';
import type { Claim, Source, SourceParagraph } from '../types.ts';
import { claimSentences, type ClaimSentence } from './claim-sentences.ts';
import { contentWords, overlap, wordsWithPlaces } from './content-words.ts';
import { qualifiers } from './qualifiers.ts';
import { quotedStretches } from './source-quotes.ts';
import { sentenceAt, sentences, type Sentence } from './sentences.ts';

/** A sentence of a cited paragraph, and what a claim shares with it. */
export interface SupportSentence {
  source: Source;
  paragraph: SourceParagraph;
  sentence: Sentence;
  /** How the claim rests on it: it holds the claim's quotation, or shares the most words with one of the claim's sentences. */
  by: 'quotation' | 'words';
}

/** Least a claim sentence must share with a source sentence to be read as resting on it: most of its content words, and at least this many. */
const MIN_SHARED_WORDS = 3;
const MIN_SHARE = 0.5;

/**
 * The sentences of source paragraphs and of claims, with their content
 * words, and which source sentence each claim sentence rests on: worked out
 * once per check, however many rules and claims ask. Created for one check.
 */
export class SourceSentences {
  private readonly sentences = new WeakMap<SourceParagraph, { sentence: Sentence; words: Set<string> }[]>();
  private readonly places = new WeakMap<Sentence, { stem: string; index: number }[]>();
  private readonly quoted = new WeakMap<SourceParagraph, { start: number; end: number }[]>();
  private readonly qualified = new WeakMap<SourceParagraph, boolean>();
  private readonly claims = new WeakMap<Claim, ClaimSentence[]>();
  private readonly support = new WeakMap<object, SupportSentence | null>();
  private readonly cited = new WeakMap<Claim, { source: Source; paragraph: SourceParagraph }[]>();

  /** The paragraphs a claim cites (citedParagraphs), asked for by several rules. */
  citedBy(claim: Claim, sources: ReadonlyMap<string, Source>): { source: Source; paragraph: SourceParagraph }[] {
    return remembered(this.cited, claim, () => citedParagraphs(claim, sources));
  }

  /** A paragraph's sentences, each with its content words. */
  of(paragraph: SourceParagraph): { sentence: Sentence; words: Set<string> }[] {
    return remembered(this.sentences, paragraph, () => sentences(paragraph.text).map((sentence) => ({ sentence, words: contentWords(sentence.text) })));
  }

  /** Whether a paragraph holds a qualifier anywhere: a claim resting on none of those has no hedge to drop. */
  hasQualifier(paragraph: SourceParagraph): boolean {
    return remembered(this.qualified, paragraph, () => qualifiers.find(paragraph.text) !== undefined);
  }

  /** A source sentence's content words in order, with where each starts (content-words.ts). */
  placesIn(sentence: Sentence): { stem: string; index: number }[] {
    return remembered(this.places, sentence, () => wordsWithPlaces(sentence.text));
  }

  /** Where a paragraph quotes someone (source-quotes.ts). */
  quotedIn(paragraph: SourceParagraph): { start: number; end: number }[] {
    return remembered(this.quoted, paragraph, () => quotedStretches(paragraph.text));
  }

  /** A claim's sentences (claim-sentences.ts). */
  sentencesOf(claim: Claim): ClaimSentence[] {
    return remembered(this.claims, claim, () => claimSentences(claim));
  }

  /** The sentence of its paragraph that holds a claim's verified quotation's first words. */
  holdingQuotation(claim: Claim, index: number, sources: ReadonlyMap<string, Source>): SupportSentence | undefined {
    const quotation = claim.quotations[index];
    const source = quotation && sources.get(quotation.found.sourceId);
    const paragraph = source?.paragraphs[(quotation?.found.paragraph ?? 0) - 1];
    const first = quotation?.found.pieces[0];
    if (!source || !paragraph || !first) return undefined;
    const sentence = sentenceAt(this.of(paragraph).map((entry) => entry.sentence), first.start);
    return sentence && { source, paragraph, sentence, by: 'quotation' };
  }

  /** The cited sentence sharing the most of a claim sentence's content words, when it shares enough to be what the sentence rests on. */
  best(sentence: { words: ReadonlySet<string> }, cited: readonly { source: Source; paragraph: SourceParagraph }[]): SupportSentence | undefined {
    return remembered(this.support, sentence, () => bestSentence(sentence.words, cited, this) ?? null) ?? undefined;
  }
}

function bestSentence(words: ReadonlySet<string>, cited: readonly { source: Source; paragraph: SourceParagraph }[], index: SourceSentences): SupportSentence | undefined {
  if (words.size < MIN_SHARED_WORDS) return undefined;
  let best: (SupportSentence & { shared: number }) | undefined;
  for (const { source, paragraph } of cited) {
    for (const { sentence, words: sentenceWords } of index.of(paragraph)) {
      const { shared, share } = overlap(words, sentenceWords);
      if (shared >= MIN_SHARED_WORDS && share >= MIN_SHARE && (!best || shared > best.shared)) best = { source, paragraph, sentence, by: 'words', shared };
    }
  }
  if (!best) return undefined;
  const { shared: _shared, ...support } = best;
  return support;
}

function remembered<K extends object, V>(known: WeakMap<K, V>, key: K, work: () => V): V {
  if (known.has(key)) return known.get(key) as V;
  const value = work();
  known.set(key, value);
  return value;
}
