import { appendAll } from '../diagnostics/append-all.ts';
import { diagnose } from '../diagnostics/diagnose.ts';
import { clip } from '../text/clip.ts';
import { maskNonProse } from '../text/mask.ts';
import { nearest } from '../text/nearest.ts';
import { citationOrUnclosedPattern } from '../markdown/citation-syntax.ts';
import type { Block, Citation, CitationReference, Deck, ParagraphRange, ParagraphRef, Quotation, ResolvedCitation, Source, Verification, VerifiedQuotation } from '../types.ts';
import { blockquoteText } from './blockquote-text.ts';
import { voicePattern } from '../markdown/voice-syntax.ts';
import { claimOf, mergeTableRows } from './claims.ts';
import { voiceMarkers } from './voice-markers.ts';
import { closestPassage } from './closest-passage.ts';
import { findQuotations, mayHoldQuotation } from './find-quotations.ts';
import { matchQuotation } from './match-quotation.ts';
import { NormalizedPassages } from '../text/normalize.ts';
import { parseCitations } from './parse-citations.ts';

/** Longest quotation shown in a message, so that it stays one line. */
const MAX_QUOTE_IN_MESSAGE = 80;

/**
 * Resolves every citation in the deck against the sources and checks every
 * quotation against the paragraphs its block cites.
 */
export function verifyCitations(deck: Deck, sources: ReadonlyMap<string, Source>): Verification {
  const result: Verification = { citations: [], claims: [], voiced: [], quotations: [], citationCount: 0, citedSlides: new Set(), sourced: new Set(), diagnostics: [] };
  const checking: Checking = { sources, passages: new NormalizedPassages(), outcomes: new Map(), refs: new Map(), result };
  for (const slide of deck.slides) {
    for (const part of ['body', 'notes'] as const) {
      const place: Place = { slide: slide.number, part };
      const blocks = slide[part]?.blocks ?? [];
      for (let i = 0; i < blocks.length; i++) verifyBlock(blocks[i] as Block, place, checking);
    }
  }
  return { ...result, claims: mergeTableRows(result.claims) };
}

/** What verifying a deck reads and writes: its sources, their paragraphs as normalised for matching, and the result so far. */
interface Checking {
  sources: ReadonlyMap<string, Source>;
  passages: NormalizedPassages;
  /** Each quotation's outcome by its words and the paragraphs it cites (verifyQuotation). */
  outcomes: Map<string, QuotationOutcome>;
  /** One reference to each paragraph, by source, however many citations name it: a deck holds thousands, and they are only read. */
  refs: Map<Source, ParagraphRef[]>;
  result: Verification;
}

interface Place {
  slide: number;
  part: 'body' | 'notes';
}

/**
 * Runs for every block of a deck, most of them before V8 has optimized it: its
 * loops index their arrays, since an unoptimized `for…of` allocates an
 * iterator and a result per step (a sixth of what checking the 2,000-slide
 * bench deck allocated, and its collections).
 */
function verifyBlock(block: Block, place: Place, checking: Checking): void {
  const { result } = checking;
  const masked = maskNonProse(block.markdown);
  const found = parseCitations(masked, block.span);
  appendAll(result.diagnostics, found.diagnostics);
  const voices = voiceMarkers(block, masked, place);
  appendAll(result.diagnostics, voices.diagnostics);
  appendAll(result.voiced, voices.statements);
  const hasCitationText = found.citations.length > 0 || found.diagnostics.length > 0;
  // A statement in the briefer's own voice stands in for a citation: the slide does not go uncited.
  if ((hasCitationText || voices.statements.length > 0) && place.part === 'body') result.citedSlides.add(place.slide);
  result.citationCount += found.citations.length;
  const firstCitation = result.citations.length;
  const firstQuotation = result.quotations.length;

  for (let i = 0; i < found.citations.length; i++) {
    const citation = found.citations[i] as Citation;
    const paragraphs = resolve(citation, checking);
    if (paragraphs.length > 0) result.citations.push({ citation, slide: place.slide, part: place.part, paragraphs });
  }

  const hasVoiceMarker = voices.statements.length > 0 || voices.diagnostics.length > 0;
  // Most blocks hold no quotation mark: they need no prose cut out for quotations.
  const quotations = block.kind === 'blockquote' || mayHoldQuotation(masked) ? quotationsIn(block, masked, found.citations, hasVoiceMarker) : [];
  if (hasCitationText || hasVoiceMarker || quotations.length > 0) result.sourced.add(block);
  const resolved = result.citations.slice(firstCitation);
  const cited = quotations.length > 0 ? paragraphsOnce(resolved) : [];
  for (let i = 0; i < quotations.length; i++) {
    const quotation = quotations[i] as Quotation;
    if (!hasCitationText) {
      result.diagnostics.push(diagnose('BRF105', { quote: clip(quotation.text, MAX_QUOTE_IN_MESSAGE) }, quotation.span));
    } else if (cited.length > 0) {
      verifyQuotation(quotation, cited, place, checking);
    }
  }
  if (found.citations.length > 0) result.claims.push(claimOf(block, place, resolved, result.quotations.slice(firstQuotation)));
}

/** The quotations of a block: its words in quotation marks, or a blockquote's whole text. Neither a citation nor a voice marker (whose note is the briefer's own words) is quoted prose. */
function quotationsIn(block: Block, masked: string, citations: readonly Citation[], hasVoiceMarker: boolean): Quotation[] {
  const withoutCitations = masked.replace(citationOrUnclosedPattern(), blank);
  const prose = hasVoiceMarker ? withoutCitations.replace(voicePattern(), blank) : withoutCitations;
  return wholeBlockquote(block, prose, citations) ?? findQuotations(block, prose);
}

/** Each paragraph a block cites, once however often it is cited: every quotation is tried against each. */
function paragraphsOnce(citations: readonly ResolvedCitation[]): ParagraphRef[] {
  const cited = new Map<string, ParagraphRef>();
  for (const { paragraphs } of citations) for (const p of paragraphs) cited.set(`${p.sourceId} ${p.paragraph}`, p);
  return [...cited.values()];
}

function blank(text: string): string {
  return ' '.repeat(text.length);
}

/** Once for every citation: indexed loops, as in verifyBlock. */
function resolve(citation: Citation, { sources, refs, result }: Checking): ParagraphRef[] {
  const paragraphs: ParagraphRef[] = [];
  for (let r = 0; r < citation.references.length; r++) {
    const reference = citation.references[r] as CitationReference;
    const source = sources.get(reference.sourceId);
    if (!source) {
      result.diagnostics.push(diagnose('BRF101', { id: reference.sourceId, nearest: nearest(reference.sourceId, sources.keys()) }, reference.idSpan));
      continue;
    }
    // Its BRF108 says why its paragraphs are unknown; each citation of it need not say so again.
    if (source.unparsed) continue;
    const count = source.paragraphs.length;
    let known = refs.get(source);
    if (!known) refs.set(source, (known = []));
    for (let g = 0; g < reference.ranges.length; g++) {
      const range = reference.ranges[g] as ParagraphRange;
      if (range.from < 1 || range.to > count) {
        result.diagnostics.push(diagnose('BRF102', { id: source.id, paragraphs: range.label, count }, range.span));
        continue;
      }
      for (let n = range.from; n <= range.to; n++) paragraphs.push((known[n - 1] ??= { sourceId: source.id, paragraph: n }));
    }
  }
  return paragraphs;
}

/**
 * A blockquote that ends with a citation quotes its whole text: return that
 * text as the one quotation to verify, without the citation, an attribution
 * line, surrounding quotation marks, or the Markdown of its lines.
 */
function wholeBlockquote(block: Block, prose: string, citations: readonly Citation[]): Quotation[] | undefined {
  const last = citations[citations.length - 1];
  if (block.kind !== 'blockquote' || !last) return undefined;
  const afterCitation = block.markdown.slice(last.span.offset - block.span.offset + last.span.length);
  if (!/^[\s.,;:)\]]*$/.test(afterCitation)) return undefined;
  const text = blockquoteText(prose, block.span.file, block.span.offset);
  return text ? [{ text, span: block.span }] : [];
}

function verifyQuotation(quotation: Quotation, cited: ParagraphRef[], place: Place, checking: Checking): void {
  // The same words quoted from the same paragraphs fare the same: a hint for words not found is worked out once.
  const key = `${quotation.text}\u0000${cited.map((ref) => `${ref.sourceId} ${ref.paragraph}`).join('\u0000')}`;
  let outcome = checking.outcomes.get(key);
  if (!outcome) checking.outcomes.set(key, (outcome = quotationOutcome(quotation.text, cited, checking)));
  if ('found' in outcome) {
    checking.result.quotations.push({ quotation, slide: place.slide, part: place.part, found: outcome.found });
    return;
  }
  checking.result.diagnostics.push(diagnose('BRF104', { quote: clip(quotation.text, MAX_QUOTE_IN_MESSAGE), cited: describeRefs(cited), ...outcome.hints }, quotation.span));
}

/** Where quoted words are found among the paragraphs cited, or, when they are not, what to say instead: the closest words, and where else they occur. */
type QuotationOutcome = { found: VerifiedQuotation['found'] } | { hints: { closest: string | undefined; elsewhere: string | undefined } };

function quotationOutcome(words: string, cited: ParagraphRef[], checking: Checking): QuotationOutcome {
  const passages = cited.map((ref) => ({ ref, text: paragraphText(ref, checking.sources) }));
  for (const { ref, text } of passages) {
    const match = matchQuotation(words, text, checking.passages);
    if (match) return { found: { sourceId: ref.sourceId, paragraph: ref.paragraph, pieces: match.pieces } };
  }
  // An elided quotation may run from one cited paragraph into the next.
  const first = passages[0];
  if (first && passages.length > 1 && matchQuotation(words, passages.map((p) => p.text).join('\n'))) {
    return { found: { sourceId: first.ref.sourceId, paragraph: first.ref.paragraph, pieces: [] } };
  }
  const elsewhere = occurrencesElsewhere(words, checking);
  return {
    hints: {
      closest: closestPassage(words, passages.map((p) => p.text)),
      elsewhere: elsewhere.length > 0 ? elsewhere.map((ref) => `\`${ref.sourceId} ¶${ref.paragraph}\``).join(', ') : undefined,
    },
  };
}

function paragraphText(ref: ParagraphRef, sources: ReadonlyMap<string, Source>): string {
  return sources.get(ref.sourceId)?.paragraphs[ref.paragraph - 1]?.text ?? '';
}

const MAX_ELSEWHERE = 3;

function occurrencesElsewhere(quotation: string, { sources, passages }: Checking): ParagraphRef[] {
  const found: ParagraphRef[] = [];
  for (const source of sources.values()) {
    for (const paragraph of source.paragraphs) {
      if (found.length < MAX_ELSEWHERE && matchQuotation(quotation, paragraph.text, passages)) {
        found.push({ sourceId: source.id, paragraph: paragraph.number });
      }
    }
  }
  return found;
}

/** `` `pism ¶3-4` and `cfr ¶2` ``: the cited paragraphs, ranges folded. */
function describeRefs(refs: readonly ParagraphRef[]): string {
  const bySource = new Map<string, number[]>();
  for (const ref of refs) bySource.set(ref.sourceId, [...(bySource.get(ref.sourceId) ?? []), ref.paragraph]);
  const parts = [...bySource].map(([id, numbers]) => `\`${id} ${foldRanges(numbers)}\``);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/** `¶4-6, ¶9`: paragraph numbers, each once, in order, runs folded into ranges; as a citation writes them. */
export function foldRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i] as number;
    ranges.push(end === start ? `¶${start}` : `¶${start}-${end}`);
  }
  return ranges.join(', ');
}
