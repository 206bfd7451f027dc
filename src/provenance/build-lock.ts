import { createHash } from 'node:crypto';
import { clip } from '../text/clip.ts';
import type { CheckResult, Lock, LockedCitation, LockedSource, QuoteAnchor, Source } from '../types.ts';
import { keyedCitations, type KeyedCitation } from './keyed-citations.ts';
import { anchorOf } from './quote-anchor.ts';

/** Words of a paragraph kept in the lock's `start`, to know it by in a diff of the lock. */
const START_WORDS = 8;
const START_LENGTH = 60;

/**
 * The lock for a checked project: every source as it is, and every citation
 * that resolves, with what it points at. Reviews are carried over from the
 * previous lock untouched: they are the reviewers', not the lock's.
 *
 * `keep` holds locked records to keep as they were, by the key of the
 * citation they belong to: `brief check --fix` keeps the record of a citation
 * still drifting (and of its source), so that it is still reported until the
 * user resolves it and runs `brief lock`.
 */
export function buildLock(result: CheckResult, previous: Lock | undefined, keep: ReadonlyMap<string, LockedCitation> = new Map()): Lock {
  const citations: LockedCitation[] = [];
  for (const keyed of keyedCitations(result.deck, result.verification)) {
    const record = keep.get(keyed.key) ?? lockedCitation(keyed, result.sources);
    if (record) citations.push(record);
  }
  const keptSources = new Set([...keep.values()].flatMap((c) => c.cited.map((p) => p.source)));
  const sources = new Map<string, LockedSource>();
  for (const source of result.sources.values()) if (!source.unparsed) sources.set(source.id, lockedSource(source));
  for (const old of previous?.sources ?? []) if (keptSources.has(old.id)) sources.set(old.id, old);
  return { version: 1, sources: [...sources.values()], citations, reviews: previous?.reviews ?? [] };
}

/** A hash of a source's body: its paragraphs' hashes in order. Unchanged, none of its citations need a closer look. */
export function sourceHash(paragraphs: readonly { hash: string }[]): string {
  return createHash('sha256').update(paragraphs.map((p) => p.hash).join('\n')).digest('hex').slice(0, 10);
}

function lockedSource(source: Source): LockedSource {
  return {
    id: source.id,
    hash: sourceHash(source.paragraphs),
    paragraphs: source.paragraphs.map((p) => ({ n: p.number, hash: p.hash, start: firstWords(p.text), text: p.text })),
  };
}

/** A citation's record, or none when some paragraph it cites does not resolve (an error the check reports). */
function lockedCitation(keyed: KeyedCitation, sources: ReadonlyMap<string, Source>): LockedCitation | undefined {
  const cited: LockedCitation['cited'] = [];
  for (const reference of keyed.citation.references) {
    const source = sources.get(reference.sourceId);
    if (!source || source.unparsed) return undefined;
    for (const range of reference.ranges) {
      for (let n = range.from; n <= range.to; n++) {
        const paragraph = source.paragraphs[n - 1];
        if (!paragraph) return undefined;
        cited.push({ source: source.id, paragraph: n, hash: paragraph.hash });
      }
    }
  }
  const quotations: QuoteAnchor[] = [];
  for (const quotation of keyed.claim.quotations) {
    const { sourceId, paragraph } = quotation.found;
    if (!cited.some((p) => p.source === sourceId && p.paragraph === paragraph)) continue;
    const anchor = anchorOf(quotation.found, sources.get(sourceId)?.paragraphs[paragraph - 1]?.text ?? '');
    if (anchor) quotations.push(anchor);
  }
  return { key: keyed.key, claim: keyed.claimId, file: keyed.claim.span.file, text: keyed.text, cited, quotations };
}

function firstWords(text: string): string {
  return clip(text.split(/\s+/).slice(0, START_WORDS).join(' '), START_LENGTH);
}
