import { LINE_MARKERS } from '../citations/claim-text.ts';
import { citationPattern } from '../markdown/citation-syntax.ts';
import { voicePattern } from '../markdown/voice-syntax.ts';
import type { Claim, Span } from '../types.ts';
import { contentWords } from './content-words.ts';
import { sentences } from './sentences.ts';

/** A sentence of a claim: its words, where it is written, and its content words (content-words.ts). */
export interface ClaimSentence {
  text: string;
  span: Span;
  words: Set<string>;
}

/** Markdown a sentence's words are read through: line markers, emphasis, code ticks, tags, and link targets (the link text stays). */
const LINKS = /!?\[([^[\]\n]*)\]\([^()\n]*\)/g;
const SYNTAX = /<[^<>\n]*>|[*_`~]+/g;

/**
 * A claim's sentences, cut in its Markdown (citations and voice markers
 * blanked) so that each keeps its place in the file. Their words are read
 * without lexing the Markdown again: good enough to match words and find
 * qualifiers, and cheap for a deck of thousands of claims.
 */
export function claimSentences(claim: Claim): ClaimSentence[] {
  // Syntax is blanked, not removed, so that every sentence keeps its offsets in the file.
  const blank = (found: string) => ' '.repeat(found.length);
  const words = claim.markdown
    .replace(citationPattern(), blank)
    .replace(voicePattern(), blank)
    .replace(LINE_MARKERS, blank)
    .replace(LINKS, (link: string, text: string) => ` ${text}${' '.repeat(link.length - text.length - 1)}`)
    .replace(SYNTAX, blank);
  return sentences(words).map((sentence) => ({
    text: sentence.text,
    span: { file: claim.span.file, offset: claim.span.offset + sentence.start, length: sentence.end - sentence.start },
    words: contentWords(sentence.text),
  }));
}

/** The claim sentence that holds the offset `at` in the file. */
export function sentenceHolding(list: readonly ClaimSentence[], at: number): ClaimSentence | undefined {
  return list.find((sentence) => at >= sentence.span.offset && at < sentence.span.offset + sentence.span.length);
}
