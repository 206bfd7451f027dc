import { diagnose } from '../diagnostics/diagnose.ts';
import { clip } from '../text/clip.ts';
import type { Claim, Diagnostic, Source } from '../types.ts';
import { citedLabel } from './cited-label.ts';
import { contentWords } from './content-words.ts';
import { speechVerbs } from './qualifiers.ts';
import { insideQuotes } from './source-quotes.ts';
import type { SourceSentences } from './source-sentences.ts';

/** A last line `— Speaker` under a blockquote. */
const ATTRIBUTION_LINE = /\n[ \t>]*(?:\u2014|\u2013|--?)[ \t]*([^\n[]+)/;
/** Nouns that make the words before a colon a speaker (`Russia's ambassador: …`) rather than a topic (`Timing: …`). */
const SPEAKER_NOUN =
  /\b(?:ambassador|minister|ministry|spokes(?:person|man|woman)|president|premier|secretary|chancellor|official|officials|government|envoy|diplomat|leader|leaders|statement|declaration|communiqu[eé]|embassy|senator|general|commander|adviser|advisor|director|chair(?:man|woman)?|king|queen|pope|council|parliament|spokesperson)\b/i;
/** Two or more capitalised words in a row, not after a preposition or article: a person's or body's name (`Wang Yi`, `Zhao Lijian`). */
const NAME = /^(?!(?:[Ff]or|[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ff]rom|[Tt]o|[Ww]ith|[Tt]he|[Aa]n?|[Aa]s|[Oo]f)\b)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;
/** Words by which a slide names the source itself: its words are the source's own, as quoted. */
const THE_SOURCE = /\b(?:analysis|analyses|analyst|analysts|article|report|paper|source|study|brief|spotlight)\b/i;

/** `Speaker: "…"`: a colon after a few words, then the quotation, in one sentence. */
const SPEAKER_COLON = /(?:^|[.!?]\s+|^[-*+]\s+|^\d+[.)]\s+)([^.!?:\n]{2,80}?):\s[^.!?:\n]*$/;
const MAX_SENTENCE = 180;

/**
 * Attribution: a quotation presented as someone's words (`Name: "…"`,
 * `Name said "…"`, `according to Name, "…"`, a blockquote with a `— Name`
 * line) whose words the source does not itself put in quotation marks. They
 * are the source's own wording, not a quotation of Name. A source quoted as
 * its own author's words (a speech quoted as its speaker's) stays silent.
 */
export function misattributedQuotations(claim: Claim, sources: ReadonlyMap<string, Source>, index: SourceSentences): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  claim.quotations.forEach((verified, i) => {
    const speaker = speakerOf(claim, verified.quotation.span.offset - claim.span.offset);
    const source = sources.get(verified.found.sourceId);
    const paragraph = source?.paragraphs[verified.found.paragraph - 1];
    if (!speaker || !source || !paragraph) return;
    if (insideQuotes(verified.found.pieces, index.quotedIn(paragraph))) return;
    if (isTheSource(speaker, source)) return;
    const sentence = index.holdingQuotation(claim, i, sources)?.sentence.text ?? paragraph.text;
    const cited = citedLabel(source, paragraph);
    diagnostics.push(diagnose('BRF132', { speaker, quote: clip(verified.quotation.text, 80), cited, sentence: clip(sentence, MAX_SENTENCE) }, verified.quotation.span));
  });
  return diagnostics;
}

/** Who the claim presents the quotation at `at` (an offset into its Markdown) as speaking, if anyone. */
function speakerOf(claim: Claim, at: number): string | undefined {
  if (claim.kind === 'blockquote') {
    const line = ATTRIBUTION_LINE.exec(claim.markdown);
    if (line) return (line[1] as string).trim();
  }
  const before = claim.markdown.slice(0, at);
  const colon = SPEAKER_COLON.exec(before);
  if (colon) {
    const label = withoutMarkers(colon[1] as string);
    return SPEAKER_NOUN.test(label) || NAME.test(label) ? label : undefined;
  }
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), 0);
  const verb = speechVerbs.last(before.slice(sentenceStart));
  if (!verb) return undefined;
  // The words just before the verb name the speaker: `Zhao said`; after `according to`, just after it.
  const sentence = before.slice(sentenceStart);
  const near = /according\s+to$/i.test(verb.word)
    ? sentence.slice(verb.index + verb.word.length).split(',')[0]
    : sentence.slice(0, verb.index).split(/[,;:]/).pop();
  // No one before the verb (`Say that "..."`, a note to the presenter): the words are given to no one.
  return (near && withoutMarkers(near)) || undefined;
}

/** A speaker's name without the list or blockquote marker before it. */
function withoutMarkers(text: string): string {
  return text.replace(/^[\s>]*(?:[-*+]|\d{1,9}[.)])?\s*/, '').trim();
}

/**
 * Whether the speaker is the source itself (`PISM: "…"`, `the analysis says
 * "…"`) or its author (a speech quoted as its speaker's): then the words are
 * theirs, quoted.
 */
function isTheSource(speaker: string, source: Source): boolean {
  if (THE_SOURCE.test(speaker)) return true;
  // Named by (part of) its title: `— The Universal Declaration` for the Universal Declaration of Human Rights.
  const title = contentWords(source.meta.title);
  const named = contentWords(speaker);
  if (named.size > 0 && [...named].every((word) => title.has(word))) return true;
  const surname = source.meta.author?.trim().split(/\s+/).pop();
  const names = [surname, source.meta.short, source.meta.publisher].filter((name): name is string => Boolean(name));
  return names.some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(speaker));
}
