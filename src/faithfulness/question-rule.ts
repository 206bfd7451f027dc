import { diagnose } from '../diagnostics/diagnose.ts';
import { clip } from '../text/clip.ts';
import type { Claim, Diagnostic, Source, SourceParagraph, Span } from '../types.ts';
import { contentWords } from './content-words.ts';
import { citedLabel } from './cited-label.ts';
import { claimHedges } from './qualifiers.ts';
import { type SourceSentences } from './source-sentences.ts';

const MAX_QUESTION = 160;
/**
 * A heading asking what, why, how… frames the paragraph under it, which
 * answers it (`What is new in the joint statement?`); one that asks whether
 * (`A new China-Russia rapprochement?`, `Is the thaw real?`) leaves it open.
 */
const ANSWERED = /^\s*(?:(?:under|in|to|for|with|by|from|at|on)\s+)?(?:what|why|how|who|whom|whose|which|when|where)\b/i;

/** What a question-made-statement check looks at: a statement, where it is, its content words, and the paragraphs it rests on. */
export interface Statement {
  text: string;
  span: Span;
  words: Set<string>;
  cited: { source: Source; paragraph: SourceParagraph }[];
}

/**
 * Question made statement: a claim sentence rests on a source sentence that
 * ends in `?`, or on the first paragraph under a source heading that is a
 * question, and states as settled what the source asks. A claim rests on
 * such a heading when it shares one of the heading's own words, those not
 * in the source's title.
 */
export function questionsMadeStatements(statements: readonly Statement[], index: SourceSentences): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const statement of statements) {
    if (isQuestion(statement.text) || claimHedges.find(statement.text)) continue;
    const asked = askedBySentence(statement, index) ?? askedByHeading(statement);
    if (asked) diagnostics.push(diagnose('BRF133', { question: clip(asked.question, MAX_QUESTION), cited: asked.cited }, statement.span));
  }
  return diagnostics;
}

/** A claim's sentences as statements that rest on the paragraphs it cites. */
export function claimStatements(claim: Claim, sources: ReadonlyMap<string, Source>, index: SourceSentences): Statement[] {
  const cited = index.citedBy(claim, sources);
  return index.sentencesOf(claim).map((sentence) => ({ text: sentence.text, span: sentence.span, words: sentence.words, cited }));
}

/**
 * Whether a paragraph holds a question, or is the first under a heading
 * that asks one. Most ask nothing, and a statement resting only on those
 * states no question: it need not be read at all.
 */
export function asks(source: Source, paragraph: SourceParagraph): boolean {
  return paragraph.text.includes('?') || (paragraph.section !== undefined && isQuestion(paragraph.section) && firstInSection(source, paragraph));
}

function askedBySentence(statement: Statement, index: SourceSentences): { question: string; cited: string } | undefined {
  const support = index.best(statement, statement.cited);
  if (!support || !isQuestion(support.sentence.text)) return undefined;
  return { question: support.sentence.text, cited: citedLabel(support.source, support.paragraph) };
}

function askedByHeading(statement: Statement): { question: string; cited: string } | undefined {
  const words = statement.words;
  for (const { source, paragraph } of statement.cited) {
    const heading = paragraph.section;
    if (!heading || !isQuestion(heading) || ANSWERED.test(heading) || !firstInSection(source, paragraph)) continue;
    const title = contentWords(source.meta.title);
    const own = [...contentWords(heading)].filter((word) => !title.has(word));
    if (own.some((word) => words.has(word))) return { question: heading, cited: `${citedLabel(source, paragraph)}'s heading` };
  }
  return undefined;
}

function firstInSection(source: Source, paragraph: SourceParagraph): boolean {
  return source.paragraphs[paragraph.number - 2]?.section !== paragraph.section;
}

function isQuestion(text: string): boolean {
  return /\?["'”’)\]»]*\s*$/.test(text.trim());
}
