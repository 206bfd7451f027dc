import { foldRanges } from '../citations/verify-citations.ts';
import { diagnose } from '../diagnostics/diagnose.ts';
import { clip } from '../text/clip.ts';
import type { CitationReference, Claim, Deck, Diagnostic, Lock, LockedCitation, ParagraphRange, QuoteAnchor, Source, Span, Verification } from '../types.ts';
import { bestFuzzyMatch, REWORDED_SCORE } from './fuzzy-anchor.ts';
import { keyedCitations, type KeyedCitation } from './keyed-citations.ts';
import { contextAgrees, findExact } from './quote-anchor.ts';
import { SourceChanges, type Whereabouts } from './source-changes.ts';
import { wordDiff } from './word-diff.ts';

/** Longest quotation or paragraph shown in a message or hint, so that it stays readable. */
const MAX_QUOTE = 80;
const MAX_BEFORE = 300;

/** What the drift check reads of a checked project. */
export interface Checked {
  deck: Deck;
  sources: ReadonlyMap<string, Source>;
  verification: Verification;
}

/** What became of one cited paragraph, or of one quotation in it, since the lock. */
export type Finding =
  | { kind: 'moved'; from: number; to: number; reason: string }
  | { kind: 'relocated'; from: number; to: number; quote: string }
  | { kind: 'edited'; at: number; diff: string }
  | { kind: 'reworded'; from: number; to: number; quote?: string; diff: string }
  | { kind: 'uncertain'; from: number; places: number[]; quote?: string; context: boolean }
  | { kind: 'gone'; from: number; quote?: string; before: string };

/** A ¶ reference of a citation whose paragraphs changed. */
export interface RangeDrift {
  source: string;
  /** Where the reference is written (`¶3`, `¶4-6`): what a fix rewrites. */
  span: Span;
  /** The reference as the check reads it. */
  label: string;
  /** What to write instead, when every paragraph of the range is placed for certain and some moved: what `brief check --fix` writes. */
  fixed?: string;
  findings: Finding[];
}

export interface CitationDrift {
  keyed: KeyedCitation;
  /** Its record in the lock. */
  locked: LockedCitation;
  ranges: RangeDrift[];
}

export interface Drift {
  /** The citations whose cited text changed since the lock. */
  citations: CitationDrift[];
  diagnostics: Diagnostic[];
  /** What drift already explains, so the check says it once: ¶ references now out of range (BRF102), quotations no longer found in claims that drifted (BRF104). */
  explains: { ranges: Span[]; claims: Span[] };
}

/**
 * Compares each locked citation with the source as it is now: unchanged
 * text is fine wherever the check finds it; otherwise the paragraph lists,
 * old and new, are lined up by hash, and a cited paragraph is found moved,
 * edited, relocated (a quotation found once elsewhere, its context agreeing),
 * reworded (only a fuzzy match) or gone. Only moves and relocations that are
 * certain become fixes.
 */
export function findDrift(lock: Lock, checked: Checked): Drift {
  const lockedByKey = new Map(lock.citations.map((c) => [c.key, c]));
  const lockedSources = new Map(lock.sources.map((s) => [s.id, s]));
  const changes = new Map<string, SourceChanges | undefined>();
  const changesOf = (source: Source) => {
    if (!changes.has(source.id)) {
      const locked = lockedSources.get(source.id);
      changes.set(source.id, locked ? new SourceChanges(locked, source) : undefined);
    }
    return changes.get(source.id);
  };
  const failing = claimsWithUnfoundQuotations(checked.verification);
  const drift: Drift = { citations: [], diagnostics: [], explains: { ranges: [], claims: [] } };

  for (const keyed of keyedCitations(checked.deck, checked.verification)) {
    const locked = lockedByKey.get(keyed.key);
    // Not in the lock: written, or its claim reworded, since; the next `brief lock` records it.
    if (!locked) continue;
    const ranges: RangeDrift[] = [];
    for (const reference of keyed.citation.references) {
      const source = checked.sources.get(reference.sourceId);
      // An unknown or unreadable source is the check's own error; there is nothing to compare.
      if (!source || source.unparsed) continue;
      for (const range of reference.ranges) {
        const context: RangeContext = { source, changes: changesOf(source), locked, quotesFail: failing.has(keyed.claim) };
        const found = rangeDrift(range, reference, context);
        if (found.findings.length > 0) ranges.push(found);
      }
    }
    if (ranges.length === 0) continue;
    drift.citations.push({ keyed, locked, ranges });
    for (const range of ranges) {
      for (const d of rangeDiagnostics(range)) drift.diagnostics.push(d);
      drift.explains.ranges.push(range.span);
    }
    // Every quotation of a locked claim verified when it was locked: one not found now is the drift's doing,
    // which an error here reports. A warning alone would let a broken quotation through, so then the check's BRF104 stays.
    if (ranges.some((r) => r.findings.some((f) => f.kind !== 'edited'))) drift.explains.claims.push(keyed.claim.span);
  }
  return drift;
}

/** Whether drift explains a diagnostic of the check's own, which then need not be shown too. */
export function explainedByDrift(diagnostic: Diagnostic, drift: Drift): boolean {
  const spans = diagnostic.code === 'BRF102' ? drift.explains.ranges : diagnostic.code === 'BRF104' ? drift.explains.claims : [];
  const at = 'offset' in diagnostic.where ? diagnostic.where : undefined;
  return !!at && spans.some((s) => s.file === at.file && at.offset >= s.offset && at.offset + at.length <= s.offset + s.length);
}

interface RangeContext {
  source: Source;
  changes: SourceChanges | undefined;
  locked: LockedCitation;
  quotesFail: boolean;
}

function rangeDrift(range: ParagraphRange, reference: CitationReference, context: RangeContext): RangeDrift {
  const { source, locked } = context;
  const findings: Finding[] = [];
  const before: number[] = [];
  const after: number[] = [];
  let certain = true;
  // The locked paragraphs of this range, rather than from..to: a range as written may be absurdly long.
  for (const cited of locked.cited) {
    if (cited.source !== reference.sourceId || cited.paragraph < range.from || cited.paragraph > range.to) continue;
    const anchors = locked.quotations.filter((a) => a.source === source.id && a.paragraph === cited.paragraph);
    const fate = paragraphFate(cited.paragraph, cited.hash, anchors, context);
    findings.push(...fate.findings);
    before.push(cited.paragraph);
    if (fate.to === undefined) certain = false;
    else after.push(fate.to);
  }
  const fixed = foldRanges(after);
  const moved = certain && after.length > 0 && fixed !== foldRanges(before);
  return { source: source.id, span: range.span, label: range.label, ...(moved ? { fixed } : {}), findings };
}

/** What became of the paragraph a citation locked as ¶`n`, and its new number when that is certain. */
function paragraphFate(n: number, hash: string, anchors: QuoteAnchor[], context: RangeContext): { findings: Finding[]; to?: number } {
  const { source, changes } = context;
  const current = source.paragraphs[n - 1];
  if (current?.hash === hash) return { findings: [], to: n };
  const oldIndex = changes?.oldIndexOf(n, hash);
  const where: Whereabouts = changes && oldIndex !== undefined ? changes.whereabouts(oldIndex) : byHash(source, hash);
  if (where.kind === 'at') return { findings: [{ kind: 'moved', from: n, to: where.index + 1, reason: where.reason }], to: where.index + 1 };
  if (where.kind === 'several') return { findings: [{ kind: 'uncertain', from: n, places: where.indexes.map((i) => i + 1), context: false }] };

  // Its text is gone: an edit, a merge, a split, or a deletion.
  const before = changes && oldIndex !== undefined ? (changes.locked.paragraphs[oldIndex]?.text ?? '') : '';
  if (anchors.length > 0 && context.quotesFail) {
    const lost = anchors.map((anchor) => anchorFate(anchor, n, source, before)).filter((f): f is Finding => f !== undefined);
    if (lost.length > 0) {
      const targets = new Set(lost.map((f) => (f.kind === 'relocated' ? f.to : 0)));
      const to = lost.length === anchors.length && targets.size === 1 && !targets.has(0) ? [...targets][0] : undefined;
      return to === undefined ? { findings: lost } : { findings: lost, to };
    }
  }
  // The quoted words are still where they were (or the slide's quotations still verify): the paragraph was edited around them.
  if (current && (anchors.length > 0 || oldIndex === undefined)) return { findings: [{ kind: 'edited', at: n, diff: wordDiff(before, current.text) }], to: n };
  const counterpart = changes && oldIndex !== undefined ? changes.counterpartOf(oldIndex) : undefined;
  if (counterpart === n - 1 && current) return { findings: [{ kind: 'edited', at: n, diff: wordDiff(before, current.text) }], to: n };
  if (counterpart !== undefined) {
    return { findings: [{ kind: 'reworded', from: n, to: counterpart + 1, diff: wordDiff(before, source.paragraphs[counterpart]?.text ?? '') }] };
  }
  return { findings: [{ kind: 'gone', from: n, before: clip(before, MAX_BEFORE) }] };
}

/** What became of a quotation's anchor in a changed paragraph; undefined while its words are still there. */
function anchorFate(anchor: QuoteAnchor, n: number, source: Source, before: string): Finding | undefined {
  const current = source.paragraphs[n - 1];
  if (current && findExact(anchor, current.text)) return undefined;
  const quote = clip(anchor.exact, MAX_QUOTE);
  const places = source.paragraphs.flatMap((p, i) => {
    const at = findExact(anchor, p.text);
    return at ? [{ index: i, at }] : [];
  });
  const [only] = places;
  if (only && places.length === 1) {
    const text = source.paragraphs[only.index]?.text ?? '';
    if (contextAgrees(anchor, text, only.at)) return { kind: 'relocated', from: n, to: only.index + 1, quote };
    return { kind: 'uncertain', from: n, places: [only.index + 1], quote, context: true };
  }
  if (places.length > 1) return { kind: 'uncertain', from: n, places: places.map((p) => p.index + 1), quote, context: false };
  const texts = source.paragraphs.map((p) => p.text);
  const fuzzy = bestFuzzyMatch(anchor, texts, n - 1);
  if (fuzzy && fuzzy.score >= REWORDED_SCORE) {
    const now = texts[fuzzy.paragraph]?.slice(fuzzy.start, fuzzy.end) ?? '';
    return { kind: 'reworded', from: n, to: fuzzy.paragraph + 1, quote, diff: wordDiff(anchor.exact, now) };
  }
  return { kind: 'gone', from: n, quote, before: clip(before || `${anchor.prefix}${anchor.exact}${anchor.suffix}`, MAX_BEFORE) };
}

/** Where a paragraph's text is, with no lined-up lock to go by: found by its hash alone. */
function byHash(source: Source, hash: string): Whereabouts {
  const places = source.paragraphs.flatMap((p, i) => (p.hash === hash ? [i] : []));
  if (places.length === 1) return { kind: 'at', index: places[0] as number, reason: 'the source changed' };
  return places.length > 1 ? { kind: 'several', indexes: places } : { kind: 'nowhere' };
}

/** The claims with a quotation the check no longer finds in what they cite (BRF104): only then do quotation anchors need placing. */
function claimsWithUnfoundQuotations(verification: Verification): Set<Claim> {
  const unfound = verification.diagnostics.filter((d) => d.code === 'BRF104' && 'offset' in d.where).map((d) => d.where as Span);
  return new Set(
    verification.claims.filter((claim) =>
      unfound.some((at) => at.file === claim.span.file && at.offset >= claim.span.offset && at.offset < claim.span.offset + claim.span.length),
    ),
  );
}

function rangeDiagnostics(range: RangeDrift): Diagnostic[] {
  const id = range.source;
  const out: Diagnostic[] = [];
  const moves = range.findings.filter((f) => f.kind === 'moved' || f.kind === 'relocated');
  const relocation = moves.find((f) => f.kind === 'relocated');
  const [firstMove] = moves;
  if (range.fixed !== undefined && firstMove) {
    if (relocation) out.push(diagnose('BRF303', { id, from: range.label, to: range.fixed, quote: relocation.quote, fixable: true }, range.span));
    else if (firstMove.kind === 'moved') out.push(diagnose('BRF301', { id, from: range.label, to: range.fixed, reason: firstMove.reason, fixable: true }, range.span));
  }
  for (const f of range.findings) {
    const from = `¶${'from' in f ? f.from : f.at}`;
    if (f.kind === 'moved' && range.fixed === undefined) out.push(diagnose('BRF301', { id, from, to: `¶${f.to}`, reason: f.reason, fixable: false }, range.span));
    else if (f.kind === 'relocated' && range.fixed === undefined) out.push(diagnose('BRF303', { id, from, to: `¶${f.to}`, quote: f.quote, fixable: false }, range.span));
    else if (f.kind === 'edited') out.push(diagnose('BRF302', { id, paragraph: from, diff: f.diff }, range.span));
    else if (f.kind === 'reworded') out.push(diagnose('BRF304', { id, from, to: `¶${f.to}`, diff: f.diff, ...(f.quote ? { quote: f.quote } : {}) }, range.span));
    else if (f.kind === 'uncertain') {
      out.push(diagnose('BRF306', { id, from, places: listOf(f.places), context: f.context, ...(f.quote ? { quote: f.quote } : {}) }, range.span));
    } else if (f.kind === 'gone') out.push(diagnose('BRF305', { id, from, before: f.before, ...(f.quote ? { quote: f.quote } : {}) }, range.span));
  }
  return out;
}

/** `¶4`, `¶4 and ¶9`, `¶4, ¶6 and ¶9`. */
function listOf(numbers: readonly number[]): string {
  const labels = numbers.map((n) => `¶${n}`);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : (labels[0] ?? '');
}
